"""One the law has not yet taken stands accused: "The guard, X, has not been arrested", "X is
not in custody" (``Sought._not_yet_held`` in ``nlp/claims/sought.py``), on invented sentences
after a lede that names another accused. Near misses: the past "was not arrested", a clean
record ("has never been arrested"), a child's custody, a victim, a lawyer, an officer."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.records import Claim
from tests.nlp.test_claims import claims_of, roles

_LEDE = "Police arrested a cashier, Ivo Brant, over the theft of fuel from a depot in Varna.\n\n"


def _accused(found: list[Claim]) -> set[str]:
    return {p.name for c in found for p in c.participants if p.role == "accused"}


@pytest.mark.parametrize(
    "sentence",
    [
        "The guard, Stoyan Kolev, has not been arrested.",
        "A second clerk, Stoyan Kolev, 41, has not yet been arrested, police said.",
        "Investigators are also looking at the guard, and Stoyan Kolev has not been detained.",
        "Stoyan Kolev, the depot's night supervisor, had not been apprehended by Friday.",
    ],
)
def test_one_not_yet_arrested_is_accused(nlp: Language, sentence: str) -> None:
    found = claims_of(nlp, _LEDE + sentence)
    assert "Stoyan Kolev" in _accused(found), roles(found)


@pytest.mark.parametrize(
    "sentence",
    [
        "The guard, Stoyan Kolev, is not in custody.",
        "The depot manager, Stoyan Kolev, who signed the ledgers, is not in police custody.",
        "Stoyan Kolev, a driver, is not in detention, the prosecutor said.",
    ],
)
def test_one_not_in_custody_is_accused(nlp: Language, sentence: str) -> None:
    found = claims_of(nlp, _LEDE + sentence)
    assert "Stoyan Kolev" in _accused(found), roles(found)


@pytest.mark.parametrize(
    "sentence",
    [
        # a victim, a witness, an officer, a lawyer: none is "not yet held"
        "The guard, Stoyan Kolev, was shot dead during the theft.",
        "The witness, Stoyan Kolev, is not in court this week.",
        "The inspector, Stoyan Kolev, has not been seen in court since.",
        "His lawyer, Stoyan Kolev, said his client had not been in custody for long.",
        # a clean record, and a child's custody
        "The guard, Stoyan Kolev, has never been arrested before, his neighbours said.",
        "The guard's son, Stoyan Kolev, is not in the custody of his mother.",
    ],
)
def test_near_misses_accuse_no_one(nlp: Language, sentence: str) -> None:
    found = claims_of(nlp, _LEDE + sentence)
    assert "Stoyan Kolev" not in _accused(found), roles(found)


@pytest.mark.parametrize(
    "sentence",
    [
        # a victim, a witness, a judge "not arrested" is told as no one the police want
        "The victim, Stoyan Kolev, had not been arrested, police clarified.",
        "Witness Stoyan Kolev has not been arrested.",
        "Judge Stoyan Kolev has not been detained.",
    ],
)
def test_one_of_another_part_not_yet_arrested_is_no_accused(nlp: Language, sentence: str) -> None:
    found = claims_of(nlp, _LEDE + sentence)
    assert "Stoyan Kolev" not in _accused(found), roles(found)


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative or an officer may be the one wanted
        "The victim's brother, Stoyan Kolev, has not been arrested.",
        "Constable Stoyan Kolev has not been arrested.",
    ],
)
def test_a_relative_or_an_officer_not_yet_arrested_stays_accused(
    nlp: Language, sentence: str
) -> None:
    found = claims_of(nlp, _LEDE + sentence)
    assert "Stoyan Kolev" in _accused(found), roles(found)
