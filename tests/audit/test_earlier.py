"""audit.earlier: a figure's value in an earlier period, told beside it (invented sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.records import NONE_STATED
from tests.audit.test_figures import parsed_figures

N = NONE_STATED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The report says 1,340 weapons were recovered, against 1,118 a year earlier.",
         [("weapons_seized", 1340.0, N), ("weapons_seized", 1118.0, N)]),
        ("Police registered 1,842 cases and arrested 2,311 persons in eleven months, compared"
         " with 1,506 cases in the same period last year.",
         [("cases", 1842.0, N), ("arrests", 2311.0, N), ("cases", 1506.0, N)]),
        ("Guards arrested 500 members of the Delta Front this year, up from 320 last year.",
         [("arrests", 500.0, "Delta Front"), ("arrests", 320.0, "Delta Front")]),
        # guards: a comparison with no earlier period, and one set against no figure
        ("Guards arrested 40 suspects against 12 warrants.", [("arrests", 40.0, N)]),
        ("Murders in the parish fell to 61 in the six months, from 88 in the same period last"
         " year.", []),
        ("Police received 1,204 complaints during the year, up from 980 a year earlier.", []),
    ],
)  # fmt: skip
def test_earlier_values(nlp: Language, text: str, expected: list[tuple[str, float, str]]) -> None:
    assert parsed_figures(nlp, text) == expected
