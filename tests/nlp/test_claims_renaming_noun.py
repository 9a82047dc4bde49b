"""A common noun apposed to a person's name renames that person (``renaming_noun``,
read by ``PhraseNames._names``): "the younger brother" in "declared X, the younger brother
who ..., a proclaimed offender" is X, never the one the report called a brother before (the
victim's kin); invented sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims import find_claims
from corroborate.nlp.mentions import find_mentions


def _accused(nlp: Language, text: str) -> set[str]:
    doc = nlp(text)
    found, _ = find_claims(doc, find_mentions(doc))
    return {p.name for c in found for p in c.participants if p.role == "accused"}


def test_the_younger_brother_apposed_is_the_one_declared(nlp: Language) -> None:
    text = (
        "The trader's elder brother, Gul Zameen, said the family wanted justice. "
        "The court declared Rehmat Ali, the younger brother who allegedly fired the first "
        "shot, a proclaimed offender."
    )
    found = _accused(nlp, text)
    assert "Rehmat Ali" in found
    assert "Gul Zameen" not in found


def test_the_son_apposed_to_the_one_bailed_is_not_the_victims_son(nlp: Language) -> None:
    text = (
        "The victim's son, Noor Hassan, told the court he saw the attack. "
        "The magistrate granted bail to Saleem Akhtar, the son who allegedly kept watch at "
        "the gate."
    )
    found = _accused(nlp, text)
    assert "Saleem Akhtar" in found
    assert "Noor Hassan" not in found


def test_a_description_apposed_to_no_name_still_names_its_bearer(nlp: Language) -> None:
    # the noun is the phrase's head, not apposed to a name: read as before
    text = "The driver, Asif Mehmood, was arrested on Monday. The driver was granted bail."
    assert "Asif Mehmood" in _accused(nlp, text)


def test_a_possessed_kin_noun_listed_after_a_name_is_another_person(nlp: Language) -> None:
    # "X, his son and the loader": the parser's apposition is the list's next person
    text = (
        "Police arrested Muhammad Javed, his son Kamran Javed and a loader on Sunday. "
        "The magistrate handed Javed, his son and the loader over to police on remand."
    )
    assert "Kamran Javed" in _accused(nlp, text)
