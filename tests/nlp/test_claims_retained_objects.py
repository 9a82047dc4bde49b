"""A court's grant or refusal written as the second predicate of a passive ("X was produced
before the magistrate and granted bail", "X was charged with theft and refused bail"): X got
bail or was kept, and granted nothing - ``claims.retained_objects``; invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of, outcomes

# (sentence, the one ruled on, the outcome they must get)
_READ = [
    (
        "Tanveer Akhtar was produced before the duty magistrate on Friday and granted "
        "post-arrest bail against a surety of Rs50,000.",
        "Tanveer Akhtar",
        "bail",
    ),
    ("Fahim Qureshi was arrested on Sunday and granted bail on Tuesday.", "Fahim Qureshi", "bail"),
    (
        "Declan Moody was charged with aggravated burglary and refused bail.",
        "Declan Moody",
        "remanded",
    ),
    (
        "Aminul Haque was taken to court on Monday and denied bail by the magistrate.",
        "Aminul Haque",
        "remanded",
    ),
]


@pytest.mark.parametrize(("text", "name", "outcome"), _READ)
def test_the_passive_subject_gets_the_grant(
    nlp: Language, text: str, name: str, outcome: str
) -> None:
    found = claims_of(nlp, text)
    assert outcome in outcomes(found, name)
    # never the one who grants it: a court's part is no accused's
    courts = {p.name for c in found for p in c.participants if p.role == "court"}
    assert name not in courts


def test_an_act_of_the_passive_subject_stays_theirs(nlp: Language) -> None:
    # "arraigned and pleaded not guilty": the subject does the second verb (no grant kept)
    found = claims_of(nlp, "Shane Corrigan was arraigned on Monday and pleaded not guilty.")
    assert any(
        c.kind == "denial" and any(p.name == "Shane Corrigan" for p in c.participants)
        for c in found
    )


@pytest.mark.xfail(
    strict=True,
    reason="the parser hangs the remand as a bare object of the preposition on 'given' "
    "(no dobj): not read yet",
)
def test_remand_hung_as_a_preposition_object(nlp: Language) -> None:
    text = (
        "The third accused, Kamran Shahid Butt, was arrested at a cousin's house in Okara on "
        "March 3 and given four days' physical remand."
    )
    assert "remanded" in outcomes(claims_of(nlp, text), "Kamran Shahid Butt")


# "charged with receiving and placed under ...": the parser hangs the second participle on the
# gerund of the charge; it is the passive's next predicate (``hung_subject.passive_beyond_gerund``)
_AFTER_THE_CHARGE = [
    (
        "Brahim Ould Sidi was charged with receiving and placed under judicial control.",
        "Brahim Ould Sidi",
        "bail",
    ),
    (
        "Darren Pollock was charged with handling stolen goods and released on bail.",
        "Darren Pollock",
        "bail",
    ),
]


@pytest.mark.parametrize(("text", "name", "outcome"), _AFTER_THE_CHARGE)
def test_a_step_hung_on_the_charges_gerund(
    nlp: Language, text: str, name: str, outcome: str
) -> None:
    assert outcome in outcomes(claims_of(nlp, text), name)
