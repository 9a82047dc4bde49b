"""Probes of what lfa35 counted in lf35's misses and did not build (invented sentences), each
a strict xfail with its reason: the class was held by lf35 alone among the open sets (a rule
for it would be a rule for one article), or is another branch's. A fix shows up as XPASS."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of, outcomes, roles


@pytest.mark.xfail(
    strict=True,
    reason="the parser hangs 'student X' apart, X the object of the reduced relative "
    "'men arrested over the killing of ...': lf35 only of 182 such sentences in the open sets",
)
def test_the_one_killed_named_after_a_participle_is_no_arrested(nlp: Language) -> None:
    text = (
        "Two young men arrested over the killing of college student Rashed Khan Sumon gave "
        "confessional statements before a court on Wednesday."
    )
    assert "accused" not in roles(claims_of(nlp, text)).get("Rashed Khan Sumon", set())


@pytest.mark.xfail(
    strict=True,
    reason="a one-word name typed an organisation where it owns the bail petition "
    "('rejected X's bail petition' after 'the contractor, X'): names typing is acc90's",
)
def test_a_mononym_contractor_refused_bail(nlp: Language) -> None:
    text = (
        "HASSAN, June 4: Police have filed a chargesheet against the owner and a contractor of "
        "a farmhouse where two workers died in a well. A key document is the statement of the "
        "contractor, Nagaraju, recorded by a magistrate in March. The sessions court on "
        "Tuesday rejected Nagaraju's bail petition. He remains in judicial custody."
    )
    assert outcomes(claims_of(nlp, text), "Nagaraju")


@pytest.mark.xfail(
    strict=True,
    reason="'sentenced the owner of a mill' with the owner named only in the court's finding "
    "('convinced that X had sold') and an order to pay: lf35 only",
)
def test_the_owner_sentenced_is_the_one_the_court_found_against(nlp: Language) -> None:
    text = (
        "SUBOTICA, March 2 (Banat Wire) - The Higher Court in Subotica on Monday sentenced the "
        "owner of a private mill to four years in prison for embezzling state flour. Presiding "
        "judge Vesna Ilic said the court was convinced that Bojan Markovic had sold the flour "
        "abroad. Markovic was also ordered to pay the state 20 million dinars."
    )
    assert "accused" in roles(claims_of(nlp, text)).get("Bojan Markovic", set())
