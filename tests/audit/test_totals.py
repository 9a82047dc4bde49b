"""A described total that the report takes apart by named groups is "none stated"
(invented sentences, through the per-document stage)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.audit.figures import find_figures
from corroborate.audit.totals import ungroup_totals_taken_apart
from corroborate.nlp.mentions import find_mentions
from corroborate.records import NONE_STATED, EnforcementFigure

Found = list[tuple[str, float | None, str]]


def parsed(nlp: Language, text: str) -> Found:
    doc = nlp(text)
    return [(f.measure, f.value, f.group) for f in find_figures(doc, find_mentions(doc), None)]


_TOTAL = "The guards said 70 insurgents linked to several banned outfits were killed this year."


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # The total came with a description; a partitive takes it apart by name.
        (_TOTAL + " Among the 70 slain insurgents, 41 were linked to Delta Front, 20 to Hill"
         " Union and nine to Coastal Brigade.",
         [("killings", 70.0, NONE_STATED), ("killings", 41.0, "Delta Front"),
          ("killings", 20.0, "Hill Union"), ("killings", 9.0, "Coastal Brigade")]),
        # Nothing takes it apart: the description is all the report says of them.
        (_TOTAL + " Their bodies were handed over to their families.",
         [("killings", 70.0, "several banned outfits")]),
        # Taken apart by kind, not by group: the description stays.
        (_TOTAL + " Of the 70 slain insurgents, 50 were local insurgents while 20 were foreigners.",
         [("killings", 70.0, "several banned outfits"), ("killings", 50.0, NONE_STATED),
          ("killings", 20.0, NONE_STATED)]),
    ],
)  # fmt: skip
def test_a_described_total_taken_apart_by_named_groups(
    nlp: Language, text: str, expected: Found
) -> None:
    assert parsed(nlp, text) == expected


def figure(group: str, value: float, sentence: tuple[int, int]) -> EnforcementFigure:
    return EnforcementFigure("arrests", group, "d", "q", sentence[0], sentence[1], value)


def test_only_a_description_is_given_up_and_only_for_a_whole() -> None:
    text = "Guards arrested 120 workers. Of the 120 workers, 70 were of X and 40 of Y."
    head, parts = (0, 28), (29, len(text))
    named = [figure("X", 70, parts), figure("Y", 40, parts)]
    # A name's own count keeps its group.
    kept = ungroup_totals_taken_apart(text, [figure("Harbour League", 120, head), *named])
    assert kept[0].group == "Harbour League"
    # A description is given up ...
    given_up = ungroup_totals_taken_apart(text, [figure("banned outfits", 120, head), *named])
    assert [f.group for f in given_up] == [NONE_STATED, "X", "Y"]
    # ... unless the parts add up to more than the whole (then it is no whole of theirs),
    # or there is one part only.
    more = [figure("X", 90, parts), figure("Y", 40, parts)]
    assert (
        ungroup_totals_taken_apart(text, [figure("banned outfits", 120, head), *more])[0].group
        == "banned outfits"
    )
    one = [figure("X", 70, parts)]
    assert (
        ungroup_totals_taken_apart(text, [figure("banned outfits", 120, head), *one])[0].group
        == "banned outfits"
    )
