"""out90: the one a record names, described first and named after ("The TMA sub-engineer
named in the FIR, X, has obtained interim pre-arrest bail"), and bail a client's counsel got
"for him" (the pronoun on the bail's own "for"). Invented Pakistani sentences; the
positives fail on the base (dedb3763), where the parser hangs the name inside the describing
clause and the subject names no one."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of, outcomes

_BOOKED = "Police booked four officials of the town committee. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            _BOOKED + "The TMA sub-engineer named in the FIR, Mushtaq Hussain Jatoi, has "
            "obtained interim pre-arrest bail from the high court.",
            "Mushtaq Hussain Jatoi",
        ),
        (
            _BOOKED + "The WAPDA lineman named in the FIR, Mushtaq Hussain Jatoi, has obtained "
            "interim pre-arrest bail from the high court.",
            "Mushtaq Hussain Jatoi",
        ),
        (
            _BOOKED + "The tehsildar whose name came up in the clerk's alleged confession, Rao "
            "Shahid Mahmood, has meanwhile obtained pre-arrest bail.",
            "Rao Shahid Mahmood",
        ),
    ],
)
def test_the_one_a_record_names_is_the_name_after_it(nlp: Language, text: str, name: str) -> None:
    assert outcomes(claims_of(nlp, text), name) == {"bail"}


@pytest.mark.parametrize(
    "text",
    [
        # a deed in the describing clause: the name may be the one it was done to
        _BOOKED + "The constable named in the FIR for beating the vendor, Mushtaq Hussain "
        "Jatoi, has obtained interim pre-arrest bail from the high court.",
        _BOOKED + "The WAPDA lineman who beat the vendor, Mushtaq Hussain Jatoi, has obtained "
        "interim pre-arrest bail from the high court.",
        # "whose name" with an object of its own: the name may be the object's (rev90: the
        # object test compared tokens by identity and never fired; fails on 3023c300)
        _BOOKED + "The tehsildar whose name implicated the patwari, Mushtaq Hussain Jatoi, has "
        "meanwhile obtained pre-arrest bail.",
    ],
)
def test_a_name_after_a_deed_is_not_read_as_the_subjects(nlp: Language, text: str) -> None:
    assert outcomes(claims_of(nlp, text), "Mushtaq Hussain Jatoi") == set()


def test_bail_counsel_obtained_for_him_is_the_clients(nlp: Language) -> None:
    text = (
        "Police booked Nadeem Iqbal Awan for fraud. His counsel, Rai Asad Kharal, obtained "
        "interim pre-arrest bail for him from a sessions judge."
    )
    found = claims_of(nlp, text)
    assert outcomes(found, "Nadeem Iqbal Awan") == {"bail"}
    assert outcomes(found, "Rai Asad Kharal") == set()


def test_bail_counsel_obtained_for_them_is_each_clients(nlp: Language) -> None:
    text = (
        "Police booked Nadeem Iqbal Awan and Tariq Mehmood for fraud. Their counsel, Rai Asad "
        "Kharal, obtained interim pre-arrest bail for them from a sessions judge."
    )
    found = claims_of(nlp, text)
    assert outcomes(found, "Nadeem Iqbal Awan") == {"bail"}
    assert outcomes(found, "Tariq Mehmood") == {"bail"}


def test_bail_for_an_offence_names_no_one(nlp: Language) -> None:
    text = (
        "Police booked Nadeem Iqbal Awan for fraud. His counsel obtained bail for the offence "
        "of cheating."
    )
    assert outcomes(claims_of(nlp, text), "Nadeem Iqbal Awan") == set()


@pytest.mark.xfail(
    strict=True,
    reason="the pronoun is refused where the counsel is a woman named in the same sentence "
    "('Her counsel, Ayesha Malik, ... for her'): two candidates, none taken (not built)",
)
def test_bail_for_her_with_a_woman_counsel(nlp: Language) -> None:
    text = (
        "Police booked Shazia Parveen for fraud. Her counsel, Ayesha Malik, obtained "
        "pre-arrest bail for her from the high court."
    )
    assert outcomes(claims_of(nlp, text), "Shazia Parveen") == {"bail"}
