"""Knowledge denied by a client noun whose lawyer a "she" (or "he") stands for: "She said her
client did not know what was in the box", and a conjunct that shares the client's subject
('her client had been told the parcel held seeds and "did not know what was in it"'):
``unknowing.client_subjects`` - the client noun names whom the speaker acts for, whoever the
resolver takes "she" for. Near misses: a victim's or complainant's lawyer, a prosecutor
speaking of herself. Invented sentences and names (den89)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_PATNA = "Police arrested Ramesh Kumar Yadav over the theft of copper wire in Patna. "
_KATHMANDU = "Police arrested Rajan Adhikari over the sale of fake gold in Kathmandu. "
_AIRPORT = "Police arrested courier Hery Rakoto at the airport with sapphires in his shoes. "
_LIMA = "Prosecutors charged Jhonny Quispe Mamani with smuggling cocaine in sacks of quinoa. "


@pytest.mark.parametrize(
    ("text", "denier"),
    [
        (
            _PATNA + "His lawyer, Priya Menon, argued that the seizure memo was incomplete. "
            "She said her client did not know what was in the truck.",
            "Ramesh Kumar Yadav",
        ),
        (
            _KATHMANDU + "His lawyer, Sita Karki, said the police had no witness. She said "
            "her client never knew the bangles were plated.",
            "Rajan Adhikari",
        ),
        (
            _AIRPORT + "His lawyer, Hanta Rasoanaivo, asked the judge to set aside the "
            "statement. She said her client had been told the parcel held seeds and "
            '"did not know what was in his shoes".',
            "Hery Rakoto",
        ),
        (
            _LIMA + "His lawyer, Rosa Huamán, spoke to reporters outside the court. She said "
            "her client had loaded the sacks and did not know what they held.",
            "Jhonny Quispe Mamani",
        ),
    ],
)
def test_her_client_did_not_know(nlp: Language, text: str, denier: str) -> None:
    assert accused_of("denial", nlp, text) == {denier}


@pytest.mark.parametrize(
    "text",
    [
        # the complainant's lawyer: her client is accused of nothing
        _AIRPORT + "The jeweller Lala Be was represented by Hanta Rasoanaivo. She said her "
        "client did not know the courier.",
        # the victim's lawyer speaks for the victim's side
        _AIRPORT + "The victim's lawyer, Hanta Rasoanaivo, spoke after the hearing. She said "
        "her client did not know what was in the parcel.",
        # a prosecutor who does not know something herself clears no one
        _AIRPORT + "The prosecutor, Hanta Rasoanaivo, spoke after the hearing. She said she "
        "did not know what was in the parcel.",
        # a client who knew: no denial
        _PATNA + "His lawyer, Priya Menon, argued that the seizure memo was incomplete. She "
        "said her client knew the truck's owner.",
    ],
)
def test_near_misses_stay_out(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == set()


@pytest.mark.xfail(strict=True, reason="a lawyer introduced by 'appeared for X' is not kept")
def test_appeared_for_then_his_client(nlp: Language) -> None:
    text = (
        "The High Court refused bail to pharmacist Rakesh Behera in the vaccine case. "
        "Advocate Sunil Das appeared for Behera. He submitted that his client had never "
        "sold a single dose."
    )
    assert accused_of("denial", nlp, text) == {"Rakesh Behera"}


@pytest.mark.xfail(strict=True, reason="'would dispute that he was X': a future contest")
def test_would_dispute_that_he_was_the_organiser(nlp: Language) -> None:
    text = (
        _PATNA + "His lawyer, Priya Menon, argued that the seizure memo was incomplete. She "
        "said her client would dispute that he was the organiser of the gang."
    )
    assert accused_of("denial", nlp, text) == {"Ramesh Kumar Yadav"}


@pytest.mark.xfail(strict=True, reason="'\"...,\" the lawyer said' between loses whom she is")
def test_she_after_the_lawyer_said(nlp: Language) -> None:
    text = (
        _AIRPORT + "His lawyer, Hanta Rasoanaivo, asked the judge to set aside the statement. "
        '"He signed a statement in French," the lawyer said. She said her client did not '
        "know what was in the parcel."
    )
    assert accused_of("denial", nlp, text) == {"Hery Rakoto"}
