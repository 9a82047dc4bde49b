"""A confession noun the parser makes the compound of the noun after it: "withdrawn the
confession police said he made" (read "the confession police"), "the confession video" -
what is taken back is still a confession (``Retractions._a_confession``). Invented sentences
and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CONVICTED = (
    "KARACHI: A sessions court on Monday convicted the shop owner Abdul Karim Soomro and his "
    "helper Javed Ali Lashari over a fire that killed four people. "
)


def test_the_confession_police_said_he_made(nlp: Language) -> None:
    text = _CONVICTED + "Lashari had withdrawn the confession police said he made in hospital."
    assert accused_of("retraction", nlp, text) == {"Javed Ali Lashari"}


def test_withdrawn_the_police_case_takes_no_confession_back(nlp: Language) -> None:
    # guard: a compound that is no confession noun
    text = _CONVICTED + "The complainant had withdrawn the police complaint he made in May."
    assert accused_of("retraction", nlp, text) == set()
