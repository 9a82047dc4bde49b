"""A name set off by commas after a "who" clause on a nameless subject renames that subject, on
invented sentences: "The woman who ran the premises, X, 41, was arrested" - the parser hangs
the name on the clause's last noun ("premises") or hands it to that noun, and no reading found
X. A clause that ends on a person (a name, a role or a people noun: "who attacked the woman,
Y") leaves the name to that person; an object relative ("whom the FIA accused") is
``object_relative``'s; a name with no closing comma before the verb is no apposition of the
subject."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims.subject_relative import renamed_past_subject_relative
from tests.nlp.test_claims import accused_of, claims_of, roles


@pytest.mark.parametrize(
    ("kind", "text", "who"),
    [
        # the name hung on the clause's object by the parser
        ("arrest", "The man who drove the van, Tariq Lodhi, 33, was arrested at the depot.",
         "Tariq Lodhi"),
        ("arrest", "The woman who rented out the rooms, Shazia Kanwal, 44, was arrested at "
         "the house on Friday.", "Shazia Kanwal"),
        # the name handed to the clause's object by ``apposed_nearer``
        ("charge", "A clerk who forged the papers, Sana Mirza, was charged with fraud.",
         "Sana Mirza"),
        ("charge", "The cashier who kept the ledgers, Naveed Akhtar, was charged with "
         "embezzlement on Monday.", "Naveed Akhtar"),
        # the subject of a reported clause
        ("confession", "The inspector said a nurse who helped in the surgery, Sana Mirza, "
         "28, admitted to investigators that she had helped him steal the jewels.",
         "Sana Mirza"),
        ("ruling", "The printer who made the stamps, Levan Abashidze, was acquitted.",
         "Levan Abashidze"),
    ],
)  # fmt: skip
def test_a_name_after_a_subject_relative_renames_its_subject(
    nlp: Language, kind: str, text: str, who: str
) -> None:
    assert who in accused_of(kind, nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the clause ends on a person, who may be the one named: a victim, a kinsman
        ("The boy who was hit by the car, Tariq Lodhi, died in hospital.", "Tariq Lodhi"),
        ("The guard who stopped the thief, Imran Butt, was praised by the court.",
         "Imran Butt"),
    ],
)  # fmt: skip
def test_a_clause_ending_on_a_person_keeps_the_name(nlp: Language, text: str, name: str) -> None:
    assert "accused" not in roles(claims_of(nlp, text)).get(name, set())


@pytest.mark.parametrize(
    "text",
    [
        # a witness, a victim, a judge, a lawyer named after a clause: no accusing verb
        "The nurse who worked beside him that night, Rukhsana Iqbal, is listed as a "
        "prosecution witness.",
        "A forester who was with him, Arif Hussain, escaped by jumping into a ditch.",
        "The judge who heard the bail plea, Asma Niazi, adjourned the hearing.",
        "The lawyer who argued the appeal, Kamran Butt, told reporters he was satisfied.",
    ],
)
def test_no_accusation_names_no_one(nlp: Language, text: str) -> None:
    for kind in ("arrest", "charge", "ruling", "confession", "accusation"):
        assert not accused_of(kind, nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the clause ends on a person: a role noun, a people noun, a kinsman, a name
        "The man who attacked the judge, Asma Niazi, was arrested.",
        "The man who pushed his brother, Arif Hussain, ran away.",
        "The man who attacked Ali Khan, Babar Shah, was arrested.",
        # an object relative is not this shape
        "The clerk whom the bureau named, Naveed Akhtar, was arrested.",
        # no closing comma before the verb: the name is not set off
        "The man who drove the van, Tariq Lodhi was arrested.",
        # the noun has a name of its own
        "Driver Tariq Lodhi who drove the van, Sana Mirza, was arrested.",
    ],
)
def test_the_shape_is_narrow(nlp: Language, text: str) -> None:
    doc = nlp(text)
    assert all(renamed_past_subject_relative(t) is None for t in doc if t.dep_ == "nsubjpass"
               or t.dep_ == "nsubj")  # fmt: skip
