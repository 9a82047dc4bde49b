"""The grammar role63 added for people told by a rank or a role noun: "the RANK" stands for the
one person the report wrote with that rank whether or not he was accused before - the remand or
arrest that calls him by it is often the first to accuse him (``RankTold._rank_told``); and a
role noun the tagger made plural with no plural ending ("the kazi", "the munshi": its guess at a
loanword) is one person, read back like any description (``grammar.singular_noun``). Invented
sentences and names; paraphrases in other countries, ranks, verbs and voices."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of, outcomes

_RANK_ACCUSED_BY_ITS_CLAIM = [
    (  # Pakistan: a rank of two words, the remand told of "the head constable"
        "Head Constable Rashid Mehmood was on duty at the gate that night. The head constable "
        "is on physical remand.",
        "Rashid Mehmood",
        "remanded",
    ),
    (  # Portugal-style names: the court's verb in the active voice, the rank its object
        "Sergeant Maria Lopes signed the custody log that evening. A magistrate later remanded "
        "the sergeant in custody.",
        "Maria Lopes",
        "remanded",
    ),
    (  # Tonga: bail in the passive, the name given only as the officer who drove
        "Investigators say Corporal Tevita Fifita drove the van. On Friday the corporal was "
        "granted bail by the High Court.",
        "Tevita Fifita",
        "bail",
    ),
]


@pytest.mark.parametrize(("text", "name", "outcome"), _RANK_ACCUSED_BY_ITS_CLAIM)
def test_a_rank_read_back_for_one_accused_by_the_claim_itself(
    nlp: Language, text: str, name: str, outcome: str
) -> None:
    # on main 3fb4540d "the RANK" stood only for one accused before it: here no one
    assert outcome in outcomes(claims_of(nlp, text), name)


def test_a_rank_arrested_in_the_passive(nlp: Language) -> None:
    # Kenya: arrest and charge of "the inspector", told before only as the station's head
    text = (
        "Inspector Joseph Otieno was in charge of the station. The inspector was arrested on "
        "Monday and charged with extortion."
    )
    accused = {
        (c.kind, p.name)
        for c in claims_of(nlp, text)
        for p in c.participants
        if p.role == "accused"
    }
    assert {("arrest", "Joseph Otieno"), ("charge", "Joseph Otieno")} <= accused


def test_two_bearers_of_the_rank_name_neither(nlp: Language) -> None:
    # near miss: two constables; "the constable" is neither for sure
    text = (
        "Constable Amir Khan and Constable Sajid Ali were on duty. The constable was arrested "
        "on Monday."
    )
    assert not any(p.role == "accused" for c in claims_of(nlp, text) for p in c.participants)


def test_the_investigating_rank_stays_the_investigator(nlp: Language) -> None:
    # near miss: the inspector who arrested and tells the court is no accused
    text = (
        "Inspector Joseph Otieno led the investigation and arrested the two suspects. The "
        "inspector told the court that both had confessed."
    )
    assert not any(
        p.name == "Joseph Otieno" and p.role == "accused"
        for c in claims_of(nlp, text)
        for p in c.participants
    )


def test_a_graded_rank_is_told_apart_from_the_plain_rank(nlp: Language) -> None:
    # Pakistan: "the head constable" is the one Head Constable, not the wounded constable
    text = (
        "A head constable was in custody by Monday. Constable Zafar Iqbal was wounded in the "
        "raid. The arrest is that of Head Constable Mukhtar Ahmed Cheema, who was posted at the "
        "same station. The head constable has been dismissed from service and is on physical "
        "remand."
    )
    found = claims_of(nlp, text)
    assert "remanded" in outcomes(found, "Mukhtar Ahmed Cheema")
    assert not outcomes(found, "Zafar Iqbal")


def test_the_plain_rank_of_two_grades_names_neither(nlp: Language) -> None:
    # near miss: "the constable" may be the constable or the head constable
    text = (
        "Constable Zafar Iqbal was wounded in the raid. Police later arrested Head Constable "
        "Mukhtar Ahmed Cheema. The constable was sent to jail."
    )
    found = claims_of(nlp, text)
    assert not outcomes(found, "Zafar Iqbal") and not outcomes(found, "Mukhtar Ahmed Cheema")


def test_a_counted_plural_of_a_rank_accused_by_its_claim(nlp: Language) -> None:
    # the count says the plural is both constables, neither accused before
    text = (
        "Constable Amir Khan and Constable Sajid Ali were on duty at the gate. The two "
        "constables were sent to jail on judicial remand."
    )
    found = claims_of(nlp, text)
    assert "remanded" in outcomes(found, "Amir Khan") and "remanded" in outcomes(found, "Sajid Ali")


def test_an_uncounted_plural_of_a_rank_not_accused_names_no_one(nlp: Language) -> None:
    # near miss: "the constables" with no count may be others of the force
    text = (
        "Constable Amir Khan and Constable Sajid Ali were on duty at the gate. The constables "
        "were sent to jail on judicial remand."
    )
    found = claims_of(nlp, text)
    assert not outcomes(found, "Amir Khan") and not outcomes(found, "Sajid Ali")


_LOANWORD_ROLE = [
    (  # Bangladesh: "kazi" tagged plural where it calls the man back
        "Police arrested kazi Abdul Karim and the groom Shahin Alam on Sunday. The kazi was "
        "released on bail in April.",
        "Abdul Karim",
        "bail",
    ),
    (  # Pakistan: another loanword, the court's verb active
        "Detectives held munshi Liaquat Hussain at the kiln on Monday. A magistrate sent the "
        "munshi to jail on judicial remand.",
        "Liaquat Hussain",
        "remanded",
    ),
]


@pytest.mark.parametrize(("text", "name", "outcome"), _LOANWORD_ROLE)
def test_a_loanword_role_noun_tagged_plural_is_one_person(
    nlp: Language, text: str, name: str, outcome: str
) -> None:
    # on main 3fb4540d the tagger's NNS made "the kazi" no description of one person
    assert outcome in outcomes(claims_of(nlp, text), name)


def test_a_true_plural_is_no_one_person(nlp: Language) -> None:
    # near miss: "the drivers" (a plural ending) is not the one driver named before
    text = (
        "Police arrested driver Naeem Akhtar on Sunday. The drivers were sent to jail on "
        "judicial remand."
    )
    assert not outcomes(claims_of(nlp, text), "Naeem Akhtar")
