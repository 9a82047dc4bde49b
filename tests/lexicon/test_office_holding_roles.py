"""The roles whose holders hold an office outside a court's, read from the lexicon's data by
the lede readers and ``Reader._titled_apart`` (one list: it lived in three modules)."""

from __future__ import annotations

import pytest

from corroborate.lexicon.legal import ROLES, legal
from corroborate.nlp.claims import identified_next, lede_parts, ledes, reader


def test_office_holding_roles_are_roles_of_an_office_outside_a_court() -> None:
    roles = legal().office_holding_roles
    assert roles == {"investigator", "official"}
    assert roles <= set(ROLES)


@pytest.mark.parametrize(
    ("lemma", "may_be"),
    [
        ("officer", True),  # "A police officer was charged"
        ("minister", True),  # "a former minister was arrested"
        ("shopkeeper", True),  # no role in a case
        ("judge", False),
        ("lawyer", False),
        ("witness", False),
        ("victim", False),
        ("brother", False),  # a relative's role
    ],
)
def test_a_lede_may_charge_one_of_no_role_or_an_office_holder(lemma: str, may_be: bool) -> None:
    assert legal().may_be_charged(lemma) is may_be


def test_no_claim_module_keeps_its_own_copy_of_the_office_holding_roles() -> None:
    roles = legal().office_holding_roles
    for module in (ledes, lede_parts, identified_next, reader):
        for name, value in vars(module).items():
            assert not (isinstance(value, frozenset) and value == roles), (module, name)
