"""The readings out77 added: a court's custody told by its noun, and a release told by the
duty it lays on the one released, as reports from civil-law courts write them.

- detention a court orders "against" someone, as "for" was read ("ordered three months of
  preventive detention against X");
- an arrest a court orders, written as before trial or with its length ("ordered pre-trial
  arrest for X", "ordered a 30-day arrest for X") - not "ordered the arrest of X", the order
  to bring in someone at large;
- a detention warrant a court issues against someone ("the investigating judge issued a
  detention warrant against X") - not one only sought or refused, nor an arrest warrant;
- a release "on condition that" the one released does something ("released on condition that
  he report weekly") is bail, as "released on conditions" is - not "on condition of
  anonymity", nor a release from hospital.

Invented sentences and names; each reading with paraphrases and near misses that must not
fire (a step only sought, asked for or refused; the judge, the prosecutor and the victim
named beside it)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

LEDE = "Police arrested Teodoro Valdivia, a road contractor, on Monday over forged invoices.\n\n"
NAME = "Teodoro Valdivia"


@pytest.mark.parametrize(
    "text",
    [
        "A judge ordered three months of preventive detention against Valdivia.",
        "The court ordered 18 months of pretrial detention against Valdivia on Monday.",
        "The judge ordered preventive detention against Valdivia as a coercive measure.",
        "The district court ordered pre-trial arrest for three months for Teodoro Valdivia.",
        "The court ordered a 30-day arrest for Valdivia.",
        "A judge in Arequipa ordered a two-month arrest for Valdivia.",
        "The investigating judge issued a detention warrant against Valdivia after "
        "questioning him.",
        "On Friday the court issued a detention warrant for Valdivia.",
    ],
)
def test_custody_a_court_orders_by_its_noun_is_a_remand(nlp: Language, text: str) -> None:
    assert NAME in accused_of("ruling", nlp, LEDE + text, "remanded")


@pytest.mark.parametrize(
    "text",
    [
        # only sought, asked for, refused
        "Prosecutors asked the judge to order three months of preventive detention against "
        "Valdivia.",
        "Prosecutors sought a detention warrant against Valdivia.",
        "The court rejected a detention warrant for Valdivia.",
        "The court did not issue a detention warrant against Valdivia.",
        "The court refused to order pre-trial arrest for Valdivia.",
        # an arrest that is the order to bring someone in, not custody
        "The court ordered the arrest of Valdivia.",
        "The judge issued an arrest warrant against Valdivia, who is abroad.",
        "The court ordered an arrest for Valdivia.",
        # no court
        "Police ordered preventive detention against Valdivia.",
    ],
)
def test_custody_only_sought_or_no_custody_is_no_remand(nlp: Language, text: str) -> None:
    assert NAME not in accused_of("ruling", nlp, LEDE + text, "remanded")


@pytest.mark.parametrize(
    "text",
    [
        "Valdivia was released on condition that he report to the court every week.",
        "The judge released Valdivia on condition he surrender his passport.",
        "Valdivia was freed on condition that he not leave the province.",
        "Valdivia, who was released on the condition that he report weekly, denies it.",
        "Valdivia was released from custody on condition that he report weekly.",
    ],
)
def test_a_release_on_a_stated_condition_is_bail(nlp: Language, text: str) -> None:
    assert NAME in accused_of("ruling", nlp, LEDE + text, "bail")


@pytest.mark.parametrize(
    "text",
    [
        "Valdivia spoke to reporters on condition of anonymity.",
        "Valdivia was released from hospital on condition that he rest.",
        "The court refused to release Valdivia on condition that he report weekly.",
        "Valdivia agreed to talk on condition that his name be withheld.",
    ],
)
def test_a_condition_with_no_release_from_custody_is_no_bail(nlp: Language, text: str) -> None:
    assert NAME not in accused_of("ruling", nlp, LEDE + text, "bail")


@pytest.mark.parametrize(
    "text",
    [
        "Judge Elmer Chambi ordered three months of preventive detention against Valdivia.",
        "Prosecutor Ruth Mamani said the court issued a detention warrant against Valdivia.",
        "Valdivia, who is accused of defrauding Ana Huaman, was released on condition that he "
        "report weekly.",
    ],
)
def test_the_judge_prosecutor_and_victim_named_beside_it_are_not_held(
    nlp: Language, text: str
) -> None:
    held = accused_of("ruling", nlp, LEDE + text, "remanded") | accused_of(
        "ruling", nlp, LEDE + text, "bail"
    )
    assert held & {"Elmer Chambi", "Ruth Mamani", "Ana Huaman"} == set()
    assert NAME in held


LATER = " The wholesaler, Hedi Mabrouk, 51, is being prosecuted under the law on speculation."


@pytest.mark.parametrize(
    "lede",
    [
        "GABES - An investigating judge has issued a detention warrant against a wholesaler "
        "after agents found 40 tonnes of hoarded flour in his depot.",
        "GABES - A judge has ordered three months of preventive detention against a wholesaler "
        "after agents found 40 tonnes of hoarded flour in his depot.",
        "GABES - A court has ordered pre-trial arrest for a wholesaler after agents found 40 "
        "tonnes of hoarded flour in his depot.",
    ],
)
def test_the_ledes_one_held_is_the_one_named_later(nlp: Language, lede: str) -> None:
    assert "Hedi Mabrouk" in accused_of("ruling", nlp, lede + LATER, "remanded")


@pytest.mark.parametrize(
    "lede",
    [
        "GABES - Prosecutors have sought a detention warrant against a wholesaler after agents "
        "found 40 tonnes of hoarded flour in his depot.",
        "GABES - The court rejected a detention warrant against a wholesaler after agents "
        "found 40 tonnes of hoarded flour in his depot.",
        "GABES - A judge has ordered a pre-trial hearing for a wholesaler after agents found "
        "40 tonnes of hoarded flour in his depot.",
    ],
)
def test_custody_sought_or_refused_in_the_lede_holds_no_one(nlp: Language, lede: str) -> None:
    assert "Hedi Mabrouk" not in accused_of("ruling", nlp, lede + LATER, "remanded")
