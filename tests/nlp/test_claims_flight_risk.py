"""A court's finding on the risk of flight (``claims.flight_risk``): found, the accused is
held; found absent, released. The absence told by the risk noun's own negative word ("the
court said he posed no flight risk", "neither a flight risk nor a danger") was read as a
remand, the finding itself; and "a risk of absconding" was not read at all (the lemmatizer
makes "absconding" "abscond", and only the lemma was asked).

Invented sentences and names; near misses: a "no" or "not" on another noun of the clause, a
prosecutor's or defence lawyer's words, a finding only possible."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

LEDE = "Police arrested Tomas Ferenc, a customs clerk, in May over forged export permits.\n\n"
NAME = "Tomas Ferenc"


@pytest.mark.parametrize(
    "text",
    [
        "The court said he posed no flight risk.",
        "Judge Maria Kovac said Ferenc posed no flight risk.",
        "The district court found that Ferenc posed no risk of flight.",
        "The magistrate ruled that Ferenc was no flight risk.",
        "The judge said Ferenc was neither a flight risk nor a danger to witnesses.",
        "The judge found that Ferenc posed no real risk of flight.",
        "The magistrate said Ferenc presented no risk of absconding.",
    ],
)
def test_a_risk_found_absent_by_its_own_no_is_bail(nlp: Language, text: str) -> None:
    assert NAME in accused_of("ruling", nlp, LEDE + text, "bail")
    assert NAME not in accused_of("ruling", nlp, LEDE + text, "remanded")


@pytest.mark.parametrize(
    "text",
    [
        "The court found that Ferenc presented a risk of absconding.",
        "The judge said Ferenc posed an absconding risk.",
        # a negative word on another noun of the clause, or a "not" hung after the risk
        "The judge said Ferenc posed a flight risk and no danger to the community.",
        "The judge said Ferenc posed a flight risk because he had no ties to the city.",
        "The judge said Ferenc posed a flight risk, not a danger.",
        "The judge said Ferenc posed no less a flight risk than his brother.",
    ],
)
def test_a_risk_found_is_a_remand(nlp: Language, text: str) -> None:
    assert NAME in accused_of("ruling", nlp, LEDE + text, "remanded")
    assert NAME not in accused_of("ruling", nlp, LEDE + text, "bail")


@pytest.mark.parametrize(
    "text",
    [
        "Prosecutors said Ferenc posed no flight risk.",
        "Defence lawyer Ivan Hruby argued that Ferenc posed no risk of absconding.",
        "Prosecutors argued that Ferenc posed a risk of absconding.",
        "The judge said Ferenc could pose a risk of absconding if released.",
    ],
)
def test_no_court_finding_is_no_ruling(nlp: Language, text: str) -> None:
    held = accused_of("ruling", nlp, LEDE + text, "bail")
    held |= accused_of("ruling", nlp, LEDE + text, "remanded")
    assert NAME not in held


def test_the_judge_and_the_lawyer_are_not_held(nlp: Language) -> None:
    text = (
        "Judge Maria Kovac said Ferenc posed no flight risk, rejecting the argument of "
        "prosecutor Pavol Brezny."
    )
    held = accused_of("ruling", nlp, LEDE + text, "bail")
    assert NAME in held
    assert held & {"Maria Kovac", "Pavol Brezny"} == set()
