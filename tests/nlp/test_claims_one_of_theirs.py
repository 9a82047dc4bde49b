"""A lede's part written as one of an owner's kind - "arrested the cashier of a credit society
and one of its regular borrowers" - is one person of that kind, named later by its noun
("borrower X", "A borrower, X,"), so "the two arrested men" are both
(``one_of_theirs``, ``LedeParts._lede_parts``). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims.one_of_theirs import one_of_theirs
from tests.nlp.test_claims import accused_of

_SOCIETY = (
    "MYSURU: Police on Friday arrested the cashier of a credit society in Hunsur and one of "
    "its regular borrowers after an audit found forged loan papers. The society's accounts "
    "were checked by cashier Mahesh Gowda, 47, who had held the post for ten years. "
)


def test_the_owner_s_one_borrower_is_a_part_named_later(nlp: Language) -> None:
    text = (
        _SOCIETY + "A borrower, Ravi Kumar, 38, a tailor, had taken nine loans. The two arrested "
        "men were produced before a magistrate, who remanded them in judicial custody."
    )
    assert accused_of("ruling", nlp, text, "remanded") == {"Mahesh Gowda", "Ravi Kumar"}
    assert {"Mahesh Gowda", "Ravi Kumar"} <= accused_of("arrest", nlp, text)


def test_the_first_part_is_named_though_the_one_of_theirs_is_not(nlp: Language) -> None:
    # the borrower never named: the cashier the lede described is still the one arrested
    text = _SOCIETY + "The society's president, Suresh Naik, said deposits were safe."
    assert "Mahesh Gowda" in accused_of("arrest", nlp, text)
    assert "Suresh Naik" not in accused_of("arrest", nlp, text)


def test_a_kenyan_lede_of_his_attendants(nlp: Language) -> None:
    text = (
        "ELDORET - Detectives on Monday arrested the manager of a petrol station on Uganda "
        "Road and one of his attendants over the sale of diluted diesel to farmers. The "
        "station had been run for six years by manager Kiprono Langat, 51. The attendant, "
        "Brian Wekesa, 24, was found with the mixing drums."
    )
    assert {"Kiprono Langat", "Brian Wekesa"} <= accused_of("arrest", nlp, text)


def test_one_of_his_customers_who_fell_ill_is_no_part(nlp: Language) -> None:
    # the victim's noun is not the lede's part's kind: never tied to the lede
    text = (
        "LAHORE: Police on Friday arrested the owner of a bakery and one of his suppliers "
        "after a boy fell ill. One of his customers, Bilal Ahmed, was taken to hospital."
    )
    assert "Bilal Ahmed" not in accused_of("arrest", nlp, text)


def test_one_of_the_bank_s_customers_is_no_part(nlp: Language) -> None:
    # owned by a noun, not a pronoun for the first part: perhaps another's (the victim's)
    text = (
        "MYSURU: Police on Friday arrested the cashier of a credit society in Hunsur and one "
        "of the bank's customers after an audit found forged loan papers. The society's "
        "accounts were checked by cashier Mahesh Gowda, 47. A customer, Ravi Kumar, 38, "
        "complained of the loss."
    )
    assert "Ravi Kumar" not in accused_of("arrest", nlp, text)


def test_one_of_theirs_reads_only_one_of_a_pronoun_s_kind(nlp: Language) -> None:
    def kind(text: str) -> str | None:
        doc = nlp(text)
        one = next(t for t in doc if t.lower_ == "one")
        found = one_of_theirs(one)
        return None if found is None else found.lemma_

    assert kind("Police arrested the owner and one of his drivers.") == "driver"
    assert kind("Police arrested the owner and one of Ali's drivers.") is None
    assert kind("Police arrested the owner and one driver.") is None
