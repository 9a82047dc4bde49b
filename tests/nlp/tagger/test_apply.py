"""Decoding tags on a fixed parse: the parse's subject as the source of a tagged attribution the
tagger left without one, and contents less what a cue says to someone."""

from __future__ import annotations

from spacy.tokens import Doc
from spacy.vocab import Vocab

from corroborate.nlp.roles import source_of
from corroborate.nlp.tagger.apply import carried_paragraphs, decode, parse_subject


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
    doc = parsed(
        ["The", "minister", "said", "taxes", "rise"],
        [1, 2, 2, 4, 2],
        ["det", "nsubj", "ROOT", "nsubj", "ccomp"],
    )
    assert parse_subject(doc, [2], ["B-T", "I-T", "B-C", "O", "O"]) == []
    assert parse_subject(doc, [2], ["O", "B-C", "B-C", "O", "O"]) == []


def test_a_passive_cue_names_its_agent_not_its_subject() -> None:
    # "The move was reported by MSNBC": the agent speaks.
    doc = parsed(
        ["The", "move", "was", "reported", "by", "MSNBC"],
        [1, 3, 3, 3, 3, 4],
        ["det", "nsubjpass", "auxpass", "ROOT", "agent", "pobj"],
    )
    assert parse_subject(doc, [3], ["O"] * 6) == [5]
    # "Workers are said to be involved": said of the workers, by nobody named.
    doc = parsed(
        ["Workers", "are", "said", "to", "be", "involved"],
        [2, 2, 2, 4, 2, 4],
        ["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "acomp"],
    )
    assert parse_subject(doc, [2], ["O", "O", "B-C", "B-T", "I-T", "I-T"]) == []


def test_a_verb_above_the_cue_shares_its_subject_even_when_passive() -> None:
    # "He was arrested and later confessed": he confessed.
    doc = parsed(
        ["He", "was", "arrested", "and", "later", "confessed"],
        [2, 2, 2, 2, 5, 2],
        ["nsubjpass", "auxpass", "ROOT", "cc", "advmod", "conj"],
    )
    assert parse_subject(doc, [5], ["O"] * 6) == [0]


def test_no_subject_where_the_cue_is_not_a_clause() -> None:
    # "according to the report": "according" hangs by "prep", and has no subject.
    doc = parsed(
        ["Prices", "rose", ",", "according", "to", "the", "report"],
        [1, 1, 1, 1, 3, 6, 4],
        ["nsubj", "ROOT", "punct", "prep", "prep", "det", "pobj"],
    )
    assert parse_subject(doc, [3, 4], ["B-T", "I-T", "O", "B-C", "I-C", "O", "O"]) == []


def test_a_passive_cue_does_not_climb_to_a_shared_subject() -> None:
    # "95 were held and are said to be involved": "said" shares "95" as its subject, passive.
    doc = parsed(
        ["95", "were", "held", "and", "are", "said", "to", "be", "involved"],
        [2, 2, 2, 2, 5, 2, 7, 5, 7],
        ["nsubjpass", "auxpass", "ROOT", "cc", "auxpass", "conj", "aux", "xcomp", "acomp"],
    )
    assert parse_subject(doc, [5], ["O"] * 5 + ["B-C", "B-T", "I-T", "I-T"]) == []


def test_the_addressee_of_a_passive_cue_is_not_its_content() -> None:
    # "A committee was informed that police raided homes": the committee is told, not told of.
    doc = parsed(
        ["A", "committee", "was", "informed", "that", "police", "raided", "homes"],
        [1, 3, 3, 3, 6, 6, 3, 6],
        ["det", "nsubjpass", "auxpass", "ROOT", "mark", "nsubj", "ccomp", "dobj"],
    )
    tags = ["B-T", "I-T", "B-C", "I-C", "B-T", "I-T", "I-T", "I-T"]
    (found,) = decode(doc, tags, [])
    assert found.frame.content == [[4, 5, 6, 7]]
    assert found.content == [(doc[4].idx, doc[7].idx + len("homes"))]


def test_a_passive_subject_stays_where_the_cue_reports_no_clause() -> None:
    # "Workers are said to be involved": no clausal complement, so nothing is cut.
    doc = parsed(
        ["Workers", "are", "said", "to", "be", "involved"],
        [2, 2, 2, 4, 2, 4],
        ["nsubjpass", "auxpass", "ROOT", "aux", "xcomp", "acomp"],
    )
    (found,) = decode(doc, ["B-T", "B-C", "I-C", "B-T", "I-T", "I-T"], [])
    assert found.frame.content == [[0], [3, 4, 5]]


def _bare_participle() -> Doc:
    # "Asked about taxes , the minister said no"
    return Doc(
        Vocab(),
        words=["Asked", "about", "taxes", ",", "the", "minister", "said", "no"],
        heads=[6, 0, 1, 6, 5, 6, 6, 6],
        deps=["advcl", "prep", "pobj", "punct", "det", "nsubj", "ROOT", "dobj"],
        tags=["VBN", "IN", "NNS", ",", "DT", "NN", "VBD", "DT"],
    )


def test_a_bare_participle_cue_has_no_speaker_from_the_clause_it_hangs_from() -> None:
    doc = _bare_participle()
    # The minister was asked: the tagger's nearest source is dropped, and the parse names none.
    tags = ["B-C", "B-T", "I-T", "O", "B-S", "I-S", "O", "O"]
    (asked,) = decode(doc, tags, [])
    assert asked.frame.source == [] and asked.source == []
    assert parse_subject(doc, [0], ["O"] * 8) == []
    # The verb the participle hangs from still has its subject.
    assert parse_subject(doc, [6], ["O"] * 8) == [4, 5]


def test_a_bare_participle_keeps_its_agent() -> None:
    # "Questioned by reporters , the general denied it"
    doc = Doc(
        Vocab(),
        words=["Questioned", "by", "reporters", ",", "the", "general", "denied", "it"],
        heads=[6, 0, 1, 6, 5, 6, 6, 6],
        deps=["advcl", "agent", "pobj", "punct", "det", "nsubj", "ROOT", "dobj"],
        tags=["VBN", "IN", "NNS", ",", "DT", "NN", "VBD", "PRP"],
    )
    assert parse_subject(doc, [0], ["O"] * 8) == [2]


def test_the_rules_give_a_bare_participle_cue_no_inherited_source() -> None:
    doc = _bare_participle()
    # "Asked" hangs from "said": the rules would otherwise inherit its subject.
    assert source_of(doc[0], {0, 1, 2}) == []
    assert source_of(doc[6], {6, 7}) == [4, 5]


def _paragraphs(texts: list[list[str]]) -> tuple[Doc, list[int]]:
    """A document of paragraphs of words, with a paragraph break token between them."""
    words: list[str] = []
    numbers: list[int] = []
    for n, paragraph in enumerate(texts):
        if n:
            words.append("\n\n")
            numbers.append(n)
        words.extend(paragraph)
        numbers.extend([n] * len(paragraph))
    spaces = [
        w != "\n\n" and i + 1 < len(words) and words[i + 1] != "\n\n" for i, w in enumerate(words)
    ]
    return Doc(Vocab(), words=words, spaces=spaces), numbers


def test_paragraphs_carried_on_by_a_colon_or_a_quotation_left_open() -> None:
    doc, numbers = _paragraphs([["She", "said", ":"], ['"', "No", "."], ["Rain", "fell", "."]])
    assert carried_paragraphs(doc, numbers) == {1: 0}
    doc, numbers = _paragraphs([['"', "No", "."], ['"', "Never", "."], ['"', "Yes", '"']])
    assert carried_paragraphs(doc, numbers) == {1: 0, 2: 1}
    # A quotation closed before the break carries nothing on.
    doc, numbers = _paragraphs([['"', "No", '"', "."], ['"', "Yes", '"']])
    assert carried_paragraphs(doc, numbers) == {}
