"""Probes of stmt89's reading (invented sentences, Pakistani, Indian and wire styles): the
giver a statement discloses - "X told police the pistol was handed to him by Y", "X admitted
that he had been paid Rs 5,000 by Y", "X said that the shots were fired by Y" - is accused
(``claims.disclosed_givers``). Before, a person named only inside another's statement by the
"by" phrase of a passive was no party at all. The near misses keep the teller's officer,
the complainant, a victim, a relative, one who fired or handed over a person (no thing
handed), and a "by" phrase outside any statement what they were."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of

# (text, the accused the claims of the sentence name, each of them)
_GOLDEN = [
    (
        "Arrested on Tuesday, Ghulam Abbas told police that the pistol was handed to him in "
        "Mandi Bahauddin by Nadeem Akhtar.",
        {"Nadeem Akhtar"},
    ),
    (
        "During interrogation, Asif Raza disclosed that the poison had been supplied by a "
        "chemist, Javed Iqbal.",
        {"Javed Iqbal"},
    ),
    (
        "In his statement under Section 164, Irfan said that the shots were fired by Shahid "
        "Hussain.",
        {"Shahid Hussain"},
    ),
    (
        "The driver admitted during questioning that he had been paid Rs 40,000 by a "
        "transporter named Qadir Bux.",
        {"Qadir Bux"},
    ),
    (
        "Ramesh Yadav told investigators that the fake notes were delivered to him by Suresh "
        "Pal in Gorakhpur.",
        {"Suresh Pal"},
    ),
    (
        "The courier told customs officers that the parcel was handed to him by Pierre "
        "Lambert at the station.",
        {"Pierre Lambert"},
    ),
    (
        "Police arrested Imran Gul, who told investigators that the cartridges were sold to "
        "him by Zahid Khan.",
        {"Imran Gul", "Zahid Khan"},
    ),
]

# (text, a name that is never an accused there)
_NEAR_MISSES = [
    # an officer: the police are no accused of what they hand over
    (
        "Asif Raza told police that the pistol was handed to him by Inspector Javed Iqbal.",
        "Javed Iqbal",
    ),
    # the complainant and a victim, named beside the teller's deed
    (
        "Asif Raza told police that the money was paid by the complainant, Javed Iqbal, as rent.",
        "Javed Iqbal",
    ),
    (
        "Asif Raza told police that he had been paid Rs 5,000 by the victim, Javed Iqbal, "
        "for the plot.",
        "Javed Iqbal",
    ),
    # a relative who handed the teller over: a person handed, no thing
    (
        "Rakesh told the court that he was handed over to police by his father, Mohan Lal.",
        "Mohan Lal",
    ),
    # fired from a job: a person fired, no thing
    ("Asif Raza said he was fired by his employer, Javed Iqbal, in March.", "Javed Iqbal"),
    # no statement: a "by" phrase of an everyday handing
    ("The award was handed to Asif Raza by Governor Javed Iqbal.", "Javed Iqbal"),
    # the teller himself
    ("Asif Raza told police that the pistol had been supplied by Asif Raza.", "Asif Raza"),
]


def _accused(nlp: Language, text: str) -> set[str]:
    return {
        p.name
        for c in claims_of(nlp, text)
        if c.kind in ("charge", "arrest", "accusation", "crime")
        for p in c.participants
        if p.role == "accused"
    }


@pytest.mark.parametrize(("text", "names"), _GOLDEN)
def test_the_disclosed_giver_is_accused(nlp: Language, text: str, names: set[str]) -> None:
    assert names <= _accused(nlp, text)


@pytest.mark.parametrize(("text", "name"), _NEAR_MISSES)
def test_no_other_part_is_accused(nlp: Language, text: str, name: str) -> None:
    assert name not in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="the giver named by a relative clause of knowing ('a man he knew as Y'): the parse "
    "gives the 'by' phrase the noun 'man', and no reader names a noun by 'knew as' (not built: "
    "one case in the open sets)",
)
def test_a_giver_known_by_a_relative_clause(nlp: Language) -> None:
    text = "Ghulam Abbas told police the pistol was handed to him by a man he knew as Nadeem."
    assert "Nadeem" in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="the active giving verb inside a statement ('Y handed him the pistol'): the open "
    "sets hold none of it; its subject may be anyone the teller speaks of (not built)",
)
def test_an_active_giver_inside_a_statement(nlp: Language) -> None:
    text = "Ghulam Abbas told police that Nadeem Akhtar had handed him the pistol in Sialkot."
    assert "Nadeem Akhtar" in _accused(nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="'named Y as the beneficiary / the main buyer' by an arrested teller: 'name' accuses "
    "only beside an offence or an accused noun (``Verbs._names_offence``), and a buyer or a "
    "beneficiary is no accused noun everywhere (not built: two cases, lf12 and lf20)",
)
def test_a_party_named_as_a_part_of_the_deal(nlp: Language) -> None:
    text = "Police said the two clerks named a grain dealer, Rauf Khan, as the main buyer."
    assert "Rauf Khan" in _accused(nlp, text)
