"""Which name ``stray_apposed_name`` (``nlp/claims/stray_apposition.py``) takes for a
preposition's object, on invented sentences with the parse the small parser gives them,
built by hand: the name hung on the verb after "bail to the driver," renames the driver; the
same name after "including the guard," is one of a group, and after "the murder of the
guard," a victim - neither is taken."""

from __future__ import annotations

import spacy
from spacy.tokens import Doc

from corroborate.nlp.claims.stray_apposition import stray_apposed_name
from corroborate.records import Mention

# "The court granted bail to the driver , Imtiaz Gul , against bonds ."
_WORDS = "The court granted bail to the driver , Imtiaz Gul , against bonds ."
_HEADS = [1, 2, 2, 2, 3, 6, 4, 2, 9, 2, 2, 2, 11, 2]
_DEPS = [
    "det", "nsubj", "ROOT", "dobj", "prep", "det", "pobj", "punct", "compound", "npadvmod",
    "punct", "prep", "pobj", "punct",
]  # fmt: skip
_POS = [
    "DET", "NOUN", "VERB", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "PUNCT",
    "ADP", "NOUN", "PUNCT",
]  # fmt: skip


def _doc(words: str, heads: list[int], deps: list[str], pos: list[str]) -> Doc:
    return Doc(spacy.blank("en").vocab, words=words.split(), heads=heads, deps=deps, pos=pos)


def _person(doc: Doc, first: int, last: int) -> dict[int, Mention]:
    span = doc[first : last + 1]
    m = Mention(
        start=span.start_char, end=span.end_char, text=span.text, type="person",
        name=span.text, label="PERSON",
    )  # fmt: skip
    return {i: m for i in range(first, last + 1)}


def test_a_name_hung_on_the_verb_renames_the_recipient() -> None:
    doc = _doc(_WORDS, _HEADS, _DEPS, _POS)
    found = stray_apposed_name(doc[6], _person(doc, 8, 9))  # "driver"
    assert found is not None and found.text == "Imtiaz"


def test_a_name_after_including_is_one_of_a_group() -> None:
    # "The court remanded the suspects , including the guard , Imtiaz Gul , in custody ."
    words = "The court remanded the suspects , including the guard , Imtiaz Gul , in custody ."
    heads = [1, 2, 2, 4, 2, 4, 4, 8, 6, 2, 11, 2, 2, 2, 13, 2]
    deps = [
        "det", "nsubj", "ROOT", "det", "dobj", "punct", "prep", "det", "pobj", "punct",
        "compound", "npadvmod", "punct", "prep", "pobj", "punct",
    ]  # fmt: skip
    pos = [
        "DET", "NOUN", "VERB", "DET", "NOUN", "PUNCT", "VERB", "DET", "NOUN", "PUNCT", "PROPN",
        "PROPN", "PUNCT", "ADP", "NOUN", "PUNCT",
    ]  # fmt: skip
    doc = _doc(words, heads, deps, pos)
    assert stray_apposed_name(doc[8], _person(doc, 10, 11)) is None  # "guard"


def test_a_name_after_of_may_be_a_victim() -> None:
    # "Police arrested him for the murder of the guard , Imtiaz Gul , on Monday ."
    words = "Police arrested him for the murder of the guard , Imtiaz Gul , on Monday ."
    heads = [1, 1, 1, 1, 5, 3, 5, 8, 6, 1, 11, 1, 1, 1, 13, 1]
    deps = [
        "nsubj", "ROOT", "dobj", "prep", "det", "pobj", "prep", "det", "pobj", "punct",
        "compound", "npadvmod", "punct", "prep", "pobj", "punct",
    ]  # fmt: skip
    pos = [
        "NOUN", "VERB", "PRON", "ADP", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PROPN",
        "PROPN", "PUNCT", "ADP", "PROPN", "PUNCT",
    ]  # fmt: skip
    doc = _doc(words, heads, deps, pos)
    assert stray_apposed_name(doc[8], _person(doc, 10, 11)) is None  # "guard"


def test_a_name_that_goes_on_into_its_own_clause_is_no_apposition() -> None:
    # "He gave the bag to the broker , Ahmed Raza said ."
    words = "He gave the bag to the broker , Ahmed Raza said ."
    heads = [1, 10, 3, 1, 1, 6, 4, 10, 9, 10, 10, 10]
    deps = [
        "nsubj", "ccomp", "det", "dobj", "prep", "det", "pobj", "punct", "compound", "nsubj",
        "ROOT", "punct",
    ]  # fmt: skip
    pos = [
        "PRON", "VERB", "DET", "NOUN", "ADP", "DET", "NOUN", "PUNCT", "PROPN", "PROPN", "VERB",
        "PUNCT",
    ]  # fmt: skip
    doc = _doc(words, heads, deps, pos)
    assert stray_apposed_name(doc[6], _person(doc, 8, 9)) is None  # "broker"
