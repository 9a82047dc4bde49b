"""The side a target phrase names (``nlp.targets.side_names``), on invented sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.targets import side_names


def _side(nlp: Language, text: str, head_word: str) -> list[str]:
    doc = nlp(text)
    head = next(t for t in doc if t.text == head_word)
    return [" ".join(t.text for t in name) for name in side_names(list(head.subtree))]


def test_a_party_before_its_gunmen_is_their_side(nlp: Language) -> None:
    assert _side(nlp, "Police arrested five Harbour Party gunmen.", "gunmen") == ["Harbour Party"]


def test_the_town_of_an_indefinite_person_is_no_side(nlp: Language) -> None:
    assert _side(nlp, "A jury convicted a Fairbourne man of theft.", "man") == []
