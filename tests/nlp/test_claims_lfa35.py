"""The readings lfa35 added against wrongly accused people (invented sentences and names):

- an unnamed lede's "a 22-year-old driver" is not the next sentence's subject where that one
  is written with another age ("X, 24, was riding home when a car struck him"): two people
  (``claims.lede_ages``), while a subject of the same age or of none is bound as before;
- "the accused" or "the suspect" inside a speaker's quotation is never that speaker, who
  would say "I" (``speaker_focus._quoted_role``): the brigadier who says '"The accused
  confessed ...," the brigadier said' is not the one who confessed.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of, outcomes, roles


def accused_names(nlp: Language, text: str) -> set[str]:
    return {n for n, rs in roles(claims_of(nlp, text)).items() if "accused" in rs}


@pytest.mark.parametrize(
    ("text", "victim"),
    [
        # wire copy (South America): the one the cars struck, named next with his own age
        (
            "ROSARIO, May 4 - A 19-year-old driver accused of killing a cyclist during a street "
            "race was ordered held in preventive detention on Monday. Julián Ferreyra, 31, was "
            "cycling home from a night shift when a red coupe struck him at a crossing, police "
            "said. He died in hospital.",
            "Julián Ferreyra",
        ),
        # common-law wire copy: a man charged, the woman named next with another age
        (
            "PERTH - A 41-year-old man has been charged with dangerous driving causing death. "
            "Megan Holloway, 23, was crossing the highway on foot when a ute hit her, police said.",
            "Megan Holloway",
        ),
        # Central European wire copy: the age on the noun the name renames
        (
            "LINZ, March 3 (Alpine Wire) - Police in Linz have arrested a 24-year-old man as he "
            "took an envelope of cash from an elderly man who had been told by telephone callers "
            "posing as detectives that his savings were in danger, and detained a second man "
            "waiting in a van nearby, the Upper Austrian police said on Monday. The 81-year-old "
            "pensioner, Gerhard Haslinger, had received calls over three days from a man who "
            'called himself "Inspector Huber" and told him that a gang had his bank details.',
            "Gerhard Haslinger",
        ),
    ],
)
def test_a_lede_age_keeps_a_differently_aged_subject_apart(
    nlp: Language, text: str, victim: str
) -> None:
    assert victim not in accused_names(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the age agrees: the one the lede told of, named now
        (
            "BRISBANE - A 27-year-old man has been refused bail after a fatal punch outside a "
            "bar. Kieran Doyle, 27, appeared in Brisbane Magistrates Court on Monday.",
            "Kieran Doyle",
        ),
        # no age at the name: bound as before
        (
            "BRISBANE - A 27-year-old man has been refused bail after a fatal punch outside a "
            "bar. Kieran Doyle, a roofer from Ipswich, appeared in court on Monday.",
            "Kieran Doyle",
        ),
    ],
)
def test_a_lede_age_still_binds_the_same_or_unaged_subject(
    nlp: Language, text: str, name: str
) -> None:
    assert name in accused_names(nlp, text)


_MISSING = (
    "SHARJAH - Gold worth Dh2 million has gone missing from a jewellery workshop in the "
    "Industrial Area, police said on Monday. Ramon Dela Cruz, a storekeeper, had worked there "
    "for nine years. "
)
_HELD = (
    "DUBAI - A storekeeper at a jewellery workshop has been detained after gold went missing. "
    "The 41-year-old Indian, identified by prosecutors as Ramesh Nair, had worked there for "
    "nine years. "
)
_SPOKE = (
    "Colonel Khalid Al Mansoori, head of the criminal investigation department, said stock "
    'records had been altered for months. "The accused confessed during questioning that he '
    'sold the gold to a trader," the colonel said. '
)


def confessed(nlp: Language, text: str) -> set[str]:
    return {
        p.name for c in claims_of(nlp, text) if c.kind == "confession" for p in c.participants
        if p.role == "accused"
    }  # fmt: skip


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        # Gulf wire copy: the officer speaks on, and calls the storekeeper the accused
        (_MISSING + _SPOKE, "Ramon Dela Cruz"),
        # the lede's one named next by the prosecution, and not bound to it
        (_HELD + _SPOKE, "Ramesh Nair"),
        # the speaker named in the quote's own sentence, before it
        (
            _MISSING + 'Colonel Khalid Al Mansoori told reporters: "The accused confessed during '
            'questioning that he sold the gold to a trader."',
            "Ramon Dela Cruz",
        ),
    ],
)
def test_the_accused_a_speaker_quotes_is_never_the_speaker(
    nlp: Language, text: str, accused: str
) -> None:
    assert confessed(nlp, text) == {accused}
    assert "Khalid Al Mansoori" not in accused_names(nlp, text)


def test_the_quoted_accused_is_the_one_ordered_held_after(nlp: Language) -> None:
    text = (
        _HELD + _SPOKE + "Prosecutor Hamad Al Suwaidi ordered him held for 21 days pending "
        "investigation."
    )
    found = claims_of(nlp, text)
    assert outcomes(found, "Ramesh Nair") == {"remanded"}
    assert outcomes(found, "Khalid Al Mansoori") == set()


def test_the_accused_another_speaker_quotes_may_be_the_speaker_before(nlp: Language) -> None:
    # the near miss: the one who spoke before is not the quote's speaker (his lawyer is), so
    # "the accused" may be him
    text = (
        _MISSING + "Ramon Dela Cruz told reporters outside the station that he had taken "
        'nothing. "The accused confessed only after two nights without sleep," his lawyer said.'
    )
    assert confessed(nlp, text) == {"Ramon Dela Cruz"}
