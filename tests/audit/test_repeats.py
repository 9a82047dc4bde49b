"""audit.repeats: a figure told twice in one document is one figure (invented records)."""

from __future__ import annotations

from corroborate.audit.repeats import merge_repeats
from corroborate.records import NONE_STATED, EnforcementFigure


def figure(value: float, group: str, start: int, unit: str = "workers") -> EnforcementFigure:
    return EnforcementFigure(
        measure="arrests", group=group, document_id="d", quote="q", start=start,
        end=start + 10, value=value, unit=unit,
    )  # fmt: skip


def test_a_repeat_is_kept_once_with_its_stated_group() -> None:
    lead, later = figure(40, NONE_STATED, 0), figure(40, "Harbour League", 50)
    assert merge_repeats([lead, later], set()) == [later]


def test_another_group_or_another_noun_of_one_sentence_is_another_figure() -> None:
    x, y = figure(40, "Harbour League", 0), figure(40, "Delta Front", 50)
    assert merge_repeats([x, y], set()) == [x, y]
    men, boys = figure(2, NONE_STATED, 0, "men"), figure(2, NONE_STATED, 0, "boys")
    assert merge_repeats([men, boys], set()) == [men, boys]
    # the same number and noun in two sentences: told twice
    assert merge_repeats([men, figure(2, NONE_STATED, 50, "men")], set()) == [men]


def test_a_part_told_by_kind_stays_beside_a_group_count() -> None:
    grouped, part = figure(15, "Harbour League", 0), figure(15, NONE_STATED, 50, "foreigners")
    assert merge_repeats([grouped, part], {(50, 15.0)}) == [grouped, part]
