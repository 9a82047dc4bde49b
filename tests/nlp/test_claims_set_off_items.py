"""A list of the accused read past what it sets off between its items (``nlp/claims/
set_off_items.py`` through ``ListFellows``) and "the detained men" read as an arrest
participle (``nlp/claims/adjective_participles.py``), on invented sentences: golden lists of
what must be read and what must stay out, and what is not built (strict xfail)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of, roles

# (sentence, kind, the accused it must name)
LISTED = [
    (  # a relative clause after the first item, an item opened by "his"
        "The FIR nominates Ram Lal Verma, who runs a grocery shop, his helper Shyam Sunder "
        "Gupta, and Mohan Lal Yadav, owner of a flour unit.",
        "charge",
        {"Ram Lal Verma", "Shyam Sunder Gupta", "Mohan Lal Yadav"},
    ),
    (  # an age, a description with a firm's name, an item opened by a possessor's noun
        # (read by the list of "Those arrested are", not the fellows')
        "Those arrested are Ram Lal Verma, 55, chairman of Verma Builders Pvt Ltd, the "
        "company's accountant Shyam Sunder Gupta, 31, and Mohan Lal Yadav, 29, a clerk at "
        "the bank.",
        "arrest",
        {"Ram Lal Verma", "Shyam Sunder Gupta", "Mohan Lal Yadav"},
    ),
    (  # a description set off, then an item after "and" with no description
        "Police arrested Ram Lal Verma, owner of the shop, and Mohan Lal Yadav on Monday.",
        "arrest",
        {"Ram Lal Verma", "Mohan Lal Yadav"},
    ),
    (  # a relative clause naming someone else, passed over, then the next item
        "The FIR nominates Ram Lal Verma, who runs the Verma Kiryana Store, his driver "
        "Shyam Sunder Gupta, and Mohan Lal Yadav.",
        "charge",
        {"Ram Lal Verma", "Shyam Sunder Gupta", "Mohan Lal Yadav"},
    ),
    (  # "the detained men" named as: the tagger's adjective is the arrest participle
        "The detained men were named as Ram Lal Verma and Shyam Sunder Gupta.",
        "arrest",
        {"Ram Lal Verma", "Shyam Sunder Gupta"},
    ),
    (
        "The detained men were identified as Ram Lal Verma, Shyam Sunder Gupta and Mohan "
        "Lal Yadav.",
        "arrest",
        {"Ram Lal Verma", "Shyam Sunder Gupta", "Mohan Lal Yadav"},
    ),
    (  # a described list after the detained men: a description set off, a driver's item
        "The detained men were named as Ram Lal Verma, a clerk at the office, driver Shyam "
        "Sunder Gupta and Mohan Lal Yadav, who runs a shop.",
        "arrest",
        {"Ram Lal Verma", "Shyam Sunder Gupta", "Mohan Lal Yadav"},
    ),
    (  # "the detained trader, X": the participle on the noun X renames
        "The detained trader, Ram Lal Verma, told reporters he was innocent.",
        "arrest",
        {"Ram Lal Verma"},
    ),
]

# (sentence, a name that must be no accused of any claim)
KEPT_OUT = [
    # the name after a relative clause renames its last noun: the victim, no item
    ("Police arrested Ram Lal Verma, who had killed his wife, Sita Devi, on Sunday.", "Sita Devi"),
    # the description of the next item gives it another part: the list stops there
    (
        "The FIR nominates Ram Lal Verma, a shopkeeper, the victim's uncle Shyam Sunder Gupta "
        "and Mohan Lal Yadav.",
        "Shyam Sunder Gupta",
    ),
    # a clause of its own after the set-off description: no item of the list
    (
        "The court convicted Ram Lal Verma, a resident of the town, and acquitted Shyam "
        "Sunder Gupta.",
        "NONE",
    ),
]


@pytest.mark.parametrize(("text", "kind", "names"), LISTED)
def test_each_item_of_a_described_list_is_accused(
    nlp: Language, text: str, kind: str, names: set[str]
) -> None:
    found = claims_of(nlp, text)
    got = {p.name for c in found if c.kind == kind for p in c.participants if p.role == "accused"}
    assert names <= got, roles(found)


@pytest.mark.parametrize(("text", "name"), KEPT_OUT)
def test_no_one_set_off_or_renamed_is_accused(nlp: Language, text: str, name: str) -> None:
    found = claims_of(nlp, text)
    accused = {p.name for c in found for p in c.participants if p.role == "accused"}
    assert name not in accused, roles(found)


def test_an_item_acquitted_by_its_own_clause_is_no_convict(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The court convicted Ram Lal Verma, a resident of the town, and acquitted Shyam "
        "Sunder Gupta.",
    )
    convicted = {
        p.name for c in found if c.kind == "ruling" and c.outcome == "convicted"
        for p in c.participants if p.role == "accused"
    }  # fmt: skip
    assert convicted == {"Ram Lal Verma"}, roles(found)


def test_people_a_participle_only_describes_are_not_arrested(nlp: Language) -> None:
    # "deported" tagged an adjective on a noun no identifying verb names: the victims
    found = claims_of(
        nlp, "Among the deported youths is Ram Kumar Thapa, 24, from the same village."
    )
    assert not [c for c in found if c.kind == "arrest"], roles(found)


def test_a_detained_thing_is_no_arrest(nlp: Language) -> None:
    found = claims_of(nlp, "The detained cargo was released on Monday after an inspection.")
    assert not [c for c in found if c.kind == "arrest"], roles(found)


@pytest.mark.xfail(
    strict=True,
    reason="not built: an item described before its name and set off by commas ('and the "
    "owner of the club, X') - the name may rename the description's last noun (the club's)",
)
def test_an_item_described_before_its_comma_named_name(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The FIR nominates the trainer, Ram Lal Verma, and the owner of the Iron Gym, Shyam "
        "Sunder Gupta, and says that others supplied the vials.",
    )
    assert "accused" in roles(found).get("Shyam Sunder Gupta", set()), roles(found)


@pytest.mark.xfail(
    strict=True,
    reason="not built: an accused named inside another's confession as a part of the crime "
    "('X named a trader, Y, as the main buyer'): 3 misses in 3 open sets, each its own shape",
)
def test_one_a_confessor_names_as_the_buyer_is_accused(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Police arrested Ram Lal Verma on Monday. During questioning, Verma named a trader, "
        "Shyam Sunder Gupta, as the main buyer of the stolen phones.",
    )
    assert "accused" in roles(found).get("Shyam Sunder Gupta", set()), roles(found)


@pytest.mark.xfail(
    strict=True,
    reason="not built: an item opened by 'his', 'the' or a possessor's noun with no "
    "description set off before it - read anywhere in a list, those openers put a wrong "
    "accused in one blind set (h28), so only 'his' past a set-off description is read",
)
def test_an_item_opened_by_his_with_nothing_set_off(nlp: Language) -> None:
    found = claims_of(
        nlp, "The FIR nominates Ram Lal Verma, his helper Shyam Sunder Gupta, and Mohan Lal Yadav."
    )
    got = {
        p.name for c in found if c.kind == "charge" for p in c.participants if p.role == "accused"
    }
    assert {"Shyam Sunder Gupta", "Mohan Lal Yadav"} <= got, roles(found)
