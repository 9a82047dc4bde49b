"""A relative named in apposition who is accused himself answers for himself: "Gondal's son,
Imran Nawaz, rejected the allegations", where the report arrested the son with his father, is
the son's denial, not the father's (``Counsel._kin_accused``, asked by
``Answering._answerers`` before the kin branch). A relative accused of nothing still answers
for the one his noun's possessive names (``test_claims_counsel_kin``). Invented sentences in
Pakistani, Indian and Bangladeshi wire copy; the near misses are the kin accused of nothing."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_GOLDEN = [
    (
        "Police arrested Haji Nawaz Gondal and his son Imran Nawaz over the theft of cables. "
        "Gondal's son, Imran Nawaz, rejected the allegations.",
        {"Imran Nawaz"},
    ),
    (
        "The crime branch arrested Suresh Patil, a contractor, and his brother Mahesh Kadam "
        "after a footbridge collapsed. The contractor's brother, Mahesh Kadam, denied the "
        "charges.",
        {"Mahesh Kadam"},
    ),
    (
        "Police arrested Rafiqul Islam and his nephew Jahangir Alam over the fire. Islam's "
        "nephew, Jahangir Alam, dismissed the allegations as false.",
        {"Jahangir Alam"},
    ),
]

_KIN_NOT_ACCUSED = [
    (
        "Police arrested Haji Nawaz Gondal over the theft of cables. Gondal's son, Imran "
        "Nawaz, rejected the allegations.",
        {"Nawaz Gondal"},
    ),
    (
        "The crime branch arrested Suresh Patil, a contractor, after a footbridge collapsed. "
        "The contractor's brother, Mahesh Kadam, denied the charges.",
        {"Suresh Patil"},
    ),
    (
        "Police arrested Rafiqul Islam over the fire. Islam's nephew, Jahangir Alam, dismissed "
        "the allegations as false.",
        {"Rafiqul Islam"},
    ),
]


@pytest.mark.parametrize(("text", "deniers"), _GOLDEN)
def test_an_accused_relative_denies_for_himself(
    nlp: Language, text: str, deniers: set[str]
) -> None:
    assert accused_of("denial", nlp, text) == deniers


@pytest.mark.parametrize(("text", "deniers"), _KIN_NOT_ACCUSED)
def test_a_relative_accused_of_nothing_denies_for_his_kin(
    nlp: Language, text: str, deniers: set[str]
) -> None:
    assert accused_of("denial", nlp, text) == deniers


@pytest.mark.xfail(
    strict=True,
    reason="not built: an accused relative who denies what the other did ('denied that his "
    "father had bought the cables') makes no denial at all; no open set holds it",
)
def test_an_accused_relative_denying_the_others_deed(nlp: Language) -> None:
    text = (
        "Police arrested Haji Nawaz Gondal and his son Imran Nawaz over the theft of cables. "
        "Gondal's son, Imran Nawaz, denied that his father had bought the cables."
    )
    assert accused_of("denial", nlp, text)
