"""Whose acquittal or remand a noun tells is a person, whatever NER typed the name ("the
complainant appealed against the acquittal of X", X typed a building; "the acquittal of X and
his son Y", X typed a town), and whom a court admits to bail ("admitted X to bail", X typed a
firm): ``persons_places._owns_an_outcome`` and ``_granted_bail``. The person is then accused
with that outcome. The complainant, counsel, the judge and a place keep their parts.
Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of, roles

_CASE = "The theft of a tractor was tried in Vehari. "


@pytest.mark.parametrize(
    ("text", "acquitted"),
    [
        (
            _CASE + "The complainant appealed against the acquittal of Tahir Lodhi.",
            {"Tahir Lodhi"},
        ),
        (
            _CASE + "The complainant sought to withdraw his appeal against the acquittal of "
            "Ghulam Sarwar and his son Irfan Sarwar.",
            {"Ghulam Sarwar", "Irfan Sarwar"},
        ),
        (
            _CASE + "The bench dismissed the appeal of the complainant against the acquittal "
            "of Karim Dasti, Sohail Dasti and Nadeem Qasim.",
            {"Karim Dasti", "Sohail Dasti", "Nadeem Qasim"},
        ),
    ],
)
def test_whose_acquittal_an_appeal_is_against_is_acquitted(
    nlp: Language, text: str, acquitted: set[str]
) -> None:
    assert accused_of("ruling", nlp, text, "acquitted") == acquitted


def test_one_admitted_to_bail_is_bailed(nlp: Language) -> None:
    text = (
        "Police arrested a storekeeper over the oxygen cylinders. Additional Sessions Judge "
        "Khalid Bhatti admitted Shahid Iqbal Warraich to bail against surety bonds of Rs200,000."
    )
    assert accused_of("ruling", nlp, text, "bail") == {"Shahid Iqbal Warraich"}
    assert "accused" not in roles(claims_of(nlp, text)).get("Khalid Bhatti", set())


def test_the_complainant_and_counsel_are_never_acquitted(nlp: Language) -> None:
    text = (
        _CASE + "The bench dismissed the appeal of the complainant, Rafiq Jatoi, against the "
        "acquittal of Tahir Lodhi. Advocate Imran Bhatti, for the complainant, said the "
        "acquittal of Lodhi would be challenged."
    )
    found = roles(claims_of(nlp, text))
    assert "accused" in found["Tahir Lodhi"]
    assert "accused" not in found.get("Rafiq Jatoi", set())
    assert "accused" not in found.get("Imran Bhatti", set())


def test_a_place_beside_an_acquittal_stays_a_place(nlp: Language) -> None:
    # a country's acquittal rate, a court's town: no person's outcome
    text = (
        "Pakistan's acquittal rate in murder trials is high, lawyers in Vehari said. The court "
        "in Vehari upheld the acquittal of Tahir Lodhi."
    )
    found = roles(claims_of(nlp, text))
    assert "Pakistan" not in found and "Vehari" not in found


@pytest.mark.xfail(
    strict=True,
    reason="bail given as the verb's first object before a term ('granted X six months' "
    "interim bail'): the parser takes the name into a date, and no one is bailed",
)
def test_bail_given_before_its_term(nlp: Language) -> None:
    text = (
        "Police arrested Farzana Lopa over the e-commerce fraud. A High Court bench granted "
        "Lopa six months' interim bail in the money laundering case."
    )
    assert accused_of("ruling", nlp, text, "bail") == {"Farzana Lopa"}


@pytest.mark.xfail(
    strict=True,
    reason="a one-word name NER leaves out, told by a role noun and a possessive bail "
    "petition ('The contractor, X, was arrested. The court rejected X's bail petition'), is "
    "never a mention, so no one is held",
)
def test_a_one_word_name_whose_bail_petition_is_rejected(nlp: Language) -> None:
    text = (
        "Two workers died in a septic tank at a resort. The contractor, Mallesh, was arrested. "
        "The court rejected Mallesh's bail petition on the ground that witnesses could be "
        "influenced."
    )
    assert accused_of("ruling", nlp, text, "remanded") == {"Mallesh"}


@pytest.mark.xfail(
    strict=True,
    reason="a term the court 'gave' a person ('gave the agent, X, one year suspended') is no "
    "sentence read",
)
def test_a_term_the_court_gave(nlp: Language) -> None:
    text = (
        "Two men were tried over the sale of apartments twice. The court gave the company's "
        "commercial agent, Hamza Tazi, one year suspended."
    )
    assert accused_of("ruling", nlp, text, "convicted") == {"Hamza Tazi"}
