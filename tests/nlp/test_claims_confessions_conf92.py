"""conf92's reading of what an accused admits "in his own examination" or "in his
examination" - South Asian court copy for the trial court's examination of the accused under
Section 342 or 313 CrPC or Section 351 BNSS: "X admitted the forgery in his own examination"
is a judicial confession, as "In his statement under Section 342 CrPC, X admitted ..." already
was (``kinds.judicial``). Near misses: a denial in the same examination, a witness's
admission, a medical examination; and strict xfails for the confessions
told only through their taking back that this session did not build. Invented sentences and
names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings

_PK = "Police arrested Asif Ali, a guard, over the murder of a shopkeeper in Kasur. "
_IN = "The Sessions Court in Nashik convicted Ganesh Shinde, a clerk, of forging the land deeds. "
_BD = "Police arrested Rokeya Begum, a cook, over the poisoning of a family in Bogura. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_PK + "Asif Ali admitted in his own examination that he had fired at the shopkeeper.",
         "Asif Ali"),
        (_PK + "In his examination, Asif Ali admitted firing at the shopkeeper.", "Asif Ali"),
        (_IN + "Shinde admitted the forgery in his own examination, saying the broker had "
         "paid him.", "Ganesh Shinde"),
        (_BD + "In her own examination, Rokeya Begum admitted that she had mixed the powder "
         "into the rice.", "Rokeya Begum"),
    ],
)  # fmt: skip
def test_admitted_in_own_examination_is_judicial(nlp: Language, text: str, name: str) -> None:
    assert accused_of("confession", nlp, text) == {name}
    assert settings(nlp, text, name) == {"judicial"}


@pytest.mark.parametrize(
    "text",
    [
        # a denial in the same examination: no confession
        _PK + "Asif Ali denied the charge in his own examination, saying he had been at home.",
        # a witness admits: no one the report accuses
        _PK + "The shopkeeper's brother, Nadeem Akhtar, admitted in his examination that he "
        "had not seen the shooting.",
        # a medical examination: no court hears it
        _PK + "Asif Ali admitted in his medical examination that he had been drinking.",
    ],
)
def test_no_judicial_examination_confession(nlp: Language, text: str) -> None:
    assert accused_of("confession", nlp, text) == set()


def test_passive_withdrawal_of_a_said_confession(nlp: Language) -> None:
    # built in retr93 (``passive_givers``): the one said to have made it takes it back
    text = _PK + "The confession he is said to have made has been withdrawn."
    assert accused_of("retraction", nlp, text) == {"Asif Ali"}


@pytest.mark.xfail(
    strict=True,
    reason="a confession disowned by counsel as not his client's ('was not his client's', "
    "lf34): not built in conf92",
)
def test_statement_not_his_clients(nlp: Language) -> None:
    text = (
        _BD + "Her lawyer said the statement in which his client allegedly admitted the "
        "poisoning was not his client's."
    )
    assert accused_of("retraction", nlp, text) == {"Rokeya Begum"}
