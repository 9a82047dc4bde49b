"""A relative named first, the kinship after: "Y, X's younger brother, termed the arrest a
conspiracy" (den98).

The accused's kin answer for the accused whichever way the report writes them: "X's brother,
Y, called the case fabricated" always read as X's answer; the mirror, the name first and the
kin noun in apposition, gave the answer to the relative himself (a denial for one accused of
nothing). ``kin_apposed.kin_noun_apposed`` reads the kin noun as the speaker there, as
``Answering._answerers`` reads it when it comes first. Near misses that must not move: the
victim's kin named first (kin of no one accused answer for no one accused), a relative the
report accuses himself (his answer is his own), and a plea (the pleader's own).

Invented sentences and names, in Indian, Pakistani and Bangladeshi styles.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_INDORE = (
    "INDORE: Police arrested Dinesh Kumar Raghuvanshi, the fair's organiser, after the "
    "stampede. Raghuvanshi was sent to judicial custody. "
)
_MULTAN = (
    "MULTAN: Police arrested Sarfraz Khokhar, a transporter, over the killing of Irfan Shah, "
    "a cattle trader. Khokhar was sent on physical remand. "
)
_LAHORE = (
    "LAHORE: Police arrested Nadeem Butt and his brother Waseem Butt over the killing of a "
    "shopkeeper. Both were sent on judicial remand. "
)
_KHULNA = (
    "KHULNA: Police arrested Nurul Absar Chowdhury, the owner of a shipbreaking yard, over "
    "the fire. Chowdhury was sent to jail. "
)


@pytest.mark.parametrize(
    ("text", "cleared"),
    [
        (
            _INDORE + "Mahesh Raghuvanshi, Dinesh's younger brother, termed the arrest a "
            "conspiracy.",
            {"Dinesh Kumar Raghuvanshi"},
        ),
        (
            _INDORE + "Mahesh Raghuvanshi, his younger brother, termed the arrest a conspiracy.",
            {"Dinesh Kumar Raghuvanshi"},
        ),
        (
            _MULTAN + "Asif Khokhar, Sarfraz's brother, called the case false.",
            {"Sarfraz Khokhar"},
        ),
        (
            _KHULNA + "Rakib Chowdhury, his son, described the charges as a vendetta.",
            {"Nurul Absar Chowdhury"},
        ),
        # the kin noun first was read so before, and still is
        (
            _INDORE + "His younger brother, Mahesh Raghuvanshi, termed the arrest a conspiracy.",
            {"Dinesh Kumar Raghuvanshi"},
        ),
    ],
)
def test_kin_named_first(nlp: Language, text: str, cleared: set[str]) -> None:
    assert accused_of("denial", nlp, text) == cleared


@pytest.mark.parametrize(
    ("text", "cleared"),
    [
        # a relative the report accuses answers for himself
        (_LAHORE + "Waseem Butt, Nadeem's brother, denied the allegations.", {"Waseem Butt"}),
    ],
)
def test_kin_accused_himself(nlp: Language, text: str, cleared: set[str]) -> None:
    assert accused_of("denial", nlp, text) == cleared


@pytest.mark.parametrize(
    "text",
    [
        _MULTAN + "Imran Shah, Irfan's brother, termed the arrest a conspiracy.",
        _MULTAN + "Imran Shah, the trader's brother, termed the arrest a conspiracy.",
        _MULTAN + "Imran Shah, Irfan's brother, denied the allegations against his family.",
    ],
)
def test_victims_kin_named_first(nlp: Language, text: str) -> None:
    """The victim's kin named first answer for no one accused: the answer is never the
    victim's (his kin noun is owned by no one accused) nor the accused's."""
    assert not accused_of("denial", nlp, text) & {"Irfan Shah", "Sarfraz Khokhar"}


@pytest.mark.xfail(
    strict=True,
    reason="a clause with no person and no word of a crime ('that any rule had been broken') "
    "is a denial only where the denier is the accused told by name or pronoun "
    "(Answering._denier_told); kin are not asked (one open case, h19; den98 left it)",
)
def test_kin_deny_an_impersonal_clause(nlp: Language) -> None:
    text = _KHULNA + "His younger brother, Rakib Chowdhury, denied that any rule had been broken."
    assert accused_of("denial", nlp, text) == {"Nurul Absar Chowdhury"}


@pytest.mark.xfail(
    strict=True,
    reason="'the petitioner' stands for one ruled on in bail or appeal, or apposed; the one "
    "who filed the petition ('heard the petition filed by X') is not remembered "
    "(ProceduralRoles; den98 left it, one open case, h1)",
)
def test_counsel_for_the_petitioner_who_filed(nlp: Language) -> None:
    text = (
        "LAHORE: The Lahore High Court on Monday dismissed a petition filed by Kamran Gill, "
        "who is nominated in the murder of a property dealer. Counsel for the petitioner, "
        "Barrister Saad Anwar, argued that his client had been falsely implicated."
    )
    assert accused_of("denial", nlp, text) == {"Kamran Gill"}
