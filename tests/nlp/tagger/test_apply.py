"""The parse's subject as the source of a tagged attribution the tagger left without one."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from corroborate.nlp.tagger.apply import parse_subject


def parsed(words: list[str], heads: list[int], deps: list[str]) -> Doc:
    """A document with a fixed parse, so that the tests do not depend on a parser."""
    return Doc(Vocab(), words=words, heads=heads, deps=deps)


def test_the_subject_of_the_cue_itself() -> None:
    doc = parsed(
        ["The", "minister", "said", "taxes", "rise"],
        [1, 2, 2, 4, 2],
        ["det", "nsubj", "ROOT", "nsubj", "ccomp"],
    )
    tags = ["O", "O", "B-C", "B-T", "I-T"]
    assert parse_subject(doc, [2], tags) == [0, 1]


def test_a_participle_shares_the_subject_of_the_verb_it_hangs_from() -> None:
    # "Trump returned the compliment , telling Reuters": "telling" has no subject of its own.
    doc = parsed(
        ["Trump", "returned", "the", "compliment", ",", "telling", "Reuters"],
        [1, 1, 3, 1, 1, 1, 5],
        ["nsubj", "ROOT", "det", "dobj", "punct", "advcl", "dobj"],
    )
    tags = ["O", "O", "O", "O", "O", "B-C", "O"]
    assert parse_subject(doc, [5], tags) == [0]


def test_the_climb_stops_after_two_clause_links() -> None:
    # "Ali came , hoping to try and say": "try" is two links below "came", "say" three.
    doc = parsed(
        ["Ali", "came", ",", "hoping", "to", "try", "and", "say"],
        [1, 1, 1, 1, 5, 3, 5, 5],
        ["nsubj", "ROOT", "punct", "advcl", "aux", "xcomp", "cc", "conj"],
    )
    tags = ["O"] * 8
    assert parse_subject(doc, [5], tags) == [0]
    assert parse_subject(doc, [7], tags) == []


def test_no_subject_where_it_overlaps_a_tagged_content_or_cue() -> None:
    # "What he said was denied": the clausal subject is the content, not a speaker.
    doc = parsed(
        ["What", "he", "said", "was", "denied"],
        [2, 2, 4, 4, 4],
        ["dobj", "nsubj", "csubj", "auxpass", "ROOT"],
    )
    assert parse_subject(doc, [4], ["B-T", "I-T", "I-T", "O", "B-C"]) == []
    assert parse_subject(doc, [4], ["O", "O", "B-C", "O", "B-C"]) == []


def test_no_subject_where_the_cue_is_not_a_clause() -> None:
    # "according to the report": "according" hangs by "prep", and has no subject.
    doc = parsed(
        ["Prices", "rose", ",", "according", "to", "the", "report"],
        [1, 1, 1, 1, 3, 6, 4],
        ["nsubj", "ROOT", "punct", "prep", "prep", "det", "pobj"],
    )
    assert parse_subject(doc, [3, 4], ["B-T", "I-T", "O", "B-C", "I-C", "O", "O"]) == []
