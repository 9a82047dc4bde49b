"""Inverted reports: "..., claimed a police spokesperson on Wednesday"."""

from __future__ import annotations

from spacy.language import Language

from corroborate.extract import extract_text
from corroborate.nlp.inverted import inverted_reports
from tests.nlp.conftest import roles_text

SEIZURE = (
    "PORT MERIDIAN: At least 40 rifles seized from the party office are unlicensed and its "
    "officials have failed to show any permits, claimed a police spokesperson on Wednesday."
)


def test_the_object_after_the_verb_is_the_speaker(nlp: Language) -> None:
    found = [roles_text(SEIZURE, p) for p in inverted_reports(nlp(SEIZURE))]
    assert found == [
        (
            "a police spokesperson",
            "claimed",
            "At least 40 rifles seized from the party office are unlicensed and its officials"
            " have failed to show any permits",
        )
    ]


def test_the_police_claim_is_not_the_party_officials(nlp: Language) -> None:
    # Before the rule, "its officials" was the speaker and the spokesperson the content.
    (claim,) = [a for a in extract_text(SEIZURE, nlp) if SEIZURE[a.cue[0][0] :].startswith("cl")]
    assert claim.source_name == "a police spokesperson"
    assert claim.kind == "allegation"
    assert [q.value for q in claim.quantities] == [40]


def test_objects_that_are_not_speakers(nlp: Language) -> None:
    for text in (
        "A blast tore through the market on Monday, claimed three lives.",
        "The minister visited the port, announced a new tax and left.",
    ):
        assert inverted_reports(nlp(text)) == [], text
