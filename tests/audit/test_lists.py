"""audit.lists: a list of counts shares its verb (invented sentences)."""

from __future__ import annotations

from corroborate.audit.counts import masked, sentence_counts
from corroborate.audit.lists import share_along_lists
from corroborate.records import Measure


def shared(text: str, given: dict[int, Measure]) -> list[Measure | None]:
    counts = sentence_counts(text, masked(text), 0, len(text))
    measures: list[Measure | None] = [given.get(i) for i in range(len(counts))]
    share_along_lists(text, counts, [c.end for c in counts], measures)
    return measures


def test_a_verb_before_or_after_the_list_reaches_every_item_of_its_kind() -> None:
    text = "Guards seized 10 launchers, 50 rifles and 910 pistols."
    assert shared(text, {0: "weapons_seized"}) == ["weapons_seized"] * 3
    text = "In all 30 robbers, 12 smugglers and 4 kidnappers were arrested."
    assert shared(text, {2: "arrests"}) == ["arrests"] * 3


def test_another_kind_breaks_the_list() -> None:
    text = "Guards seized 10 rifles and 5 boats."
    assert shared(text, {0: "weapons_seized"}) == ["weapons_seized", None]
