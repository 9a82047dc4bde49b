"""The grammar org57 added for firms (and people) the text accuses: a person or firm the
law itself investigates ("X Ltd, which police said is also being investigated":
``ProbedParty``), "the firm" for the one business told by its owner ("Y, proprietor of X
Services ... The FIR also names the firm and ...": ``CompaniesTold``), and a paper's list
that opens with a count of people told before ("The chargesheet names the two men, the firm
X and ..., Y": ``CountedList``). A firm a newspaper investigates, a body one chairs, a count
of witnesses are no accused. Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of, roles


def _accused(nlp: Language, text: str, name: str) -> bool:
    return "accused" in roles(claims_of(nlp, text)).get(name, set())


def test_a_firm_police_said_is_being_investigated(nlp: Language) -> None:
    text = (
        "The lorry's delivery note was made out to Kestrel Paper Mills Ltd, which police "
        "said is also being investigated."
    )
    assert accused_of("accusation", nlp, text) == {"Kestrel Paper Mills Ltd"}


def test_the_company_is_being_investigated(nlp: Language) -> None:
    text = (
        "Police arrested Owen Tallis, the director of Brackwell Drainage Ltd, over the "
        "collapse. The company is also being investigated for corporate manslaughter."
    )
    assert "Brackwell Drainage Ltd" in accused_of("accusation", nlp, text)


def test_a_firm_a_newspaper_investigated(nlp: Language) -> None:
    # near miss: a probe by anyone but the law makes no suspect
    text = "The newspaper investigated Kestrel Paper Mills Ltd for a year."
    assert not _accused(nlp, text, "Kestrel Paper Mills Ltd")


def test_a_firm_not_being_investigated(nlp: Language) -> None:
    # near miss: a probe refused or only announced makes no suspect
    text = "Kestrel Paper Mills Ltd said it would be investigated only if the audit found a loss."
    assert not _accused(nlp, text, "Kestrel Paper Mills Ltd")


def test_a_death_being_investigated(nlp: Language) -> None:
    # near miss: the victim whose death is probed is no suspect
    text = "The death of Owen Tallis is being investigated by police."
    assert not _accused(nlp, text, "Owen Tallis")


def test_the_firm_its_proprietor_runs_named_in_the_fir(nlp: Language) -> None:
    text = (
        "Sandeep Rao, 44, proprietor of Orbit Pumpcare Services, was booked for negligence. "
        "The FIR also names the firm and the building's caretaker, Mohan Patil."
    )
    assert {"Orbit Pumpcare Services", "Mohan Patil"} <= accused_of("accusation", nlp, text)


def test_the_firm_after_a_body_its_member_chairs(nlp: Language) -> None:
    # near miss: a body one chairs is no business "the firm" stands for
    text = (
        "Sandeep Rao, 44, chairman of the Western Pump Association, was booked for "
        "negligence. The FIR also names the firm and the building's caretaker, Mohan Patil."
    )
    assert not _accused(nlp, text, "Western Pump Association")


def test_a_paper_list_opened_by_the_men_told_before(nlp: Language) -> None:
    text = (
        "The chargesheet names the two men, the firm Orbit Pumpcare Services and the "
        "building's caretaker, Mohan Patil."
    )
    assert {"Orbit Pumpcare Services", "Mohan Patil"} <= accused_of("charge", nlp, text)


def test_a_paper_list_opened_by_witnesses(nlp: Language) -> None:
    # near miss: a count of witnesses opens no list of the accused
    text = (
        "The chargesheet names the two witnesses, the firm Orbit Pumpcare Services and the "
        "building's caretaker, Mohan Patil."
    )
    assert not _accused(nlp, text, "Orbit Pumpcare Services")
