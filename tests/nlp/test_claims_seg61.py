"""The grammar seg61 added: a name set off by commas after a phrase that opens the sentence
("Outside the court, X, who ..., embraced his wife") is the clause's subject, which the parser
hangs as an apposition on the phrase's noun - no court, hearing or station describes it
(``fronted_subject.fronted_apposed``). Invented sentences and names; paraphrases with another
preposition, another court noun, another country's names; near misses where the noun is
renamed (a subject of its own after the name, the name inside the noun's phrase)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of, roles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Outside the court, Thapa, who has been under suspension since October, "
            "embraced his wife.",
            "Thapa",
        ),
        # another court noun, another verb, a relative clause of another kind
        (
            "Outside the sessions court, Iqbal, who has been suspended from service, "
            "embraced his father.",
            "Iqbal",
        ),
        # another preposition, another country
        ("At the high court, Dlamini, who was out on bail, spoke to nobody.", "Dlamini"),
    ],
)
def test_a_subject_after_a_fronted_phrase_is_no_court(nlp: Language, text: str, name: str) -> None:
    assert "court" not in roles(claims_of(nlp, text)).get(name, set())


def test_the_ruling_of_a_subject_after_a_fronted_phrase_is_kept(nlp: Language) -> None:
    text = (
        "Nayab Subba Hari Prasad Karki was cleared of all charges. Outside the court, "
        "Karki, who has been under suspension since June, embraced his wife."
    )
    found = roles(claims_of(nlp, text))
    assert "accused" in found["Nayab Subba Hari Prasad Karki"]
    assert "court" not in found["Nayab Subba Hari Prasad Karki"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the noun renamed where the clause has a subject of its own
        ("The court, Judge Amina Rao, adjourned the case.", "Amina Rao"),
        # the judge's title inside the name's own phrase, the name the subject
        ("Outside the court, Judge Amina Rao said nothing.", "Amina Rao"),
    ],
)
def test_a_court_renamed_is_still_the_court(nlp: Language, text: str, name: str) -> None:
    assert "court" in roles(claims_of(nlp, text)).get(name, set())
