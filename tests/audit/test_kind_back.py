"""audit.kind_back: a group told again by its kind alone ("members of the gang"; invented
sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.audit.kind_back import bare_kind, named_before
from corroborate.records import NONE_STATED
from tests.audit.test_figures import parsed_figures

N = NONE_STATED


@pytest.mark.parametrize(
    ("words", "group", "expected"),
    [
        ("Two shooters of the gang were killed", None, "gang"),
        ("Five members of the syndicate were among those arrested", None, "syndicate"),
        ("FIRs registered against members of the gang", "members of the gang", "gang"),
        ("nine cases", "syndicate", "syndicate"),
        # a name before the kind is the group itself; the kind's own possessions are no group
        ("Two shooters of the Red Hill gang", None, None),
        ("Two shooters were sent by the gang's leader", None, None),
        ("nine cases", "Red Hill gang", None),
    ],
)
def test_the_kind_alone(words: str, group: str | None, expected: str | None) -> None:
    assert bare_kind(words, group) == expected


def test_the_last_group_named_of_that_kind() -> None:
    seen = ["Red Hill gang", "Delta Front", "Nasir Ali syndicate", "Blue Crew gang", "gang"]
    assert named_before("gang", seen) == "Blue Crew gang"
    assert named_before("syndicate", seen) == "Nasir Ali syndicate"
    assert named_before("network", seen) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Guards arrested 27 members of the Red Hill gang. Two shooters of the gang were"
         " killed in an encounter. Fifteen FIRs were registered against members of the gang.",
         [("arrests", 27.0, "Red Hill gang"), ("killings", 2.0, "Red Hill gang"),
          ("cases", 15.0, "Red Hill gang")]),
        ("Guards recovered seven firearms from a hideout of the Nasir Ali syndicate. Five"
         " members of the syndicate were among those arrested.",
         [("weapons_seized", 7.0, "Nasir Ali syndicate"),
          ("arrests", 5.0, "Nasir Ali syndicate")]),
        # guard: no group of that kind named before: none stated
        ("Guards arrested 12 suspects. Five members of the gang were killed in an encounter.",
         [("arrests", 12.0, N), ("killings", 5.0, N)]),
    ],
)  # fmt: skip
def test_figures_of_a_group_told_by_its_kind(
    nlp: Language, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert parsed_figures(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "the rival X" names X, as "the banned X" does
        ("Guards seized 24 firearms at a house of a leader of the rival Blue Crew.",
         [("weapons_seized", 24.0, "Blue Crew")]),
        ("Guards arrested 40 suspects from rival gangs.", [("arrests", 40.0, N)]),
    ],
)  # fmt: skip
def test_a_rival_group(nlp: Language, text: str, expected: list[tuple[str, float, str]]) -> None:
    assert parsed_figures(nlp, text) == expected
