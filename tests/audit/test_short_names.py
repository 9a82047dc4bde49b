"""audit.short_names: a group written shorter by one account of a briefing than by another
(invented names)."""

from __future__ import annotations

import time
from dataclasses import dataclass, field

import pytest

from corroborate.audit.short_names import join_short_names
from corroborate.records import EnforcementFigure


@dataclass
class Row:
    group: str
    entity_id: str | None = None
    aliases: list[str] = field(default_factory=list)


def figure(document: str, group: str, value: float, date: str = "2026-03-02") -> EnforcementFigure:
    return EnforcementFigure(
        measure="arrests", group=group, document_id=document, quote="q", start=0, end=1,
        value=value, date=date, agency="Police", agency_kinds=("police",),
    )  # fmt: skip


# One invented briefing told by three outlets: each shares the 1,400 raids' total.
def briefing(names: tuple[str, str, str]) -> list[EnforcementFigure]:
    out = []
    for document, name, value in zip(
        ("post", "wire", "ledger"), names, (152, 154, 154), strict=True
    ):
        out.append(figure(document, name, value))
        out.append(
            EnforcementFigure(
                measure="raids", group="none stated", document_id=document, quote="q",
                start=0, end=1, value=1400, date="2026-03-02", agency="Police",
                agency_kinds=("police",),
            )
        )  # fmt: skip
    return out


def joined(figures: list[EnforcementFigure]) -> tuple[dict[str, str], list[str]]:
    rows = {f.group: Row(f.group) for f in figures if f.group != "none stated"}
    out, joins = join_short_names(figures, rows)
    return joins, [f.group for f in out if f.measure == "arrests"]


def test_the_kind_dropped_and_the_surname_alone_are_the_one_gang() -> None:
    joins, groups = joined(briefing(("Dastgir gang", "Harun Dastgir gang", "Harun Dastgir")))
    assert joins == {"Dastgir gang": "Harun Dastgir gang", "Harun Dastgir": "Harun Dastgir gang"}
    assert groups == ["Harun Dastgir gang"] * 3


def test_a_leading_word_dropped_with_the_kind_written() -> None:
    joins, _ = joined(briefing(("Vipera gang", "Mara Vipera", "Mara Vipera")))
    assert joins == {"Vipera gang": "Mara Vipera"}


def test_a_name_with_a_two_word_connector_is_joined_to_its_short_form() -> None:
    joins, groups = joined(
        briefing(("Sierra gang", "Cártel de la Sierra gang", "Cártel de la Sierra"))
    )
    assert joins == {
        "Sierra gang": "Cártel de la Sierra gang",
        "Cártel de la Sierra": "Cártel de la Sierra gang",
    }
    assert groups == ["Cártel de la Sierra gang"] * 3


@pytest.mark.parametrize(
    "names",
    [
        # two longer names end so: which gang is meant is not told
        ("Dastgir gang", "Harun Dastgir gang", "Saleem Dastgir gang"),
        # a surname alone, with no kind, names no gang
        ("Dastgir", "Harun Dastgir gang", "Harun Dastgir gang"),
        # two kinds for one name, and a part of a group
        ("Red Hill gang", "Red Hill group", "Red Hill group"),
        ("Red Hill faction", "Red Hill", "Red Hill"),
        # another kind than the longer name's
        ("Sierra group", "Cártel de la Sierra gang", "Cártel de la Sierra gang"),
        ("Dastgir group", "Harun Dastgir gang", "Harun Dastgir gang"),
    ],
)
def test_names_left_apart(names: tuple[str, str, str]) -> None:
    joins, _ = joined(briefing(names))
    assert names[0] not in joins


def test_only_names_given_within_one_briefing_are_joined() -> None:
    # another briefing: another agency's figures a month later, sharing no figure
    other = [figure("later", "Dastgir gang", 9, date="2026-05-10")]
    joins, _ = joined([*briefing(("Harun Dastgir gang",) * 3), *other])
    assert joins == {}


def test_an_entitys_name_is_left_to_the_resolver() -> None:
    figures = briefing(("Dastgir gang", "Harun Dastgir gang", "Harun Dastgir gang"))
    rows = {"Dastgir gang": Row("Dastgir gang", "e1"), "Harun Dastgir gang": Row("x")}
    assert join_short_names(figures, rows)[1] == {}


def test_many_groups_are_joined_each_to_its_own_full_name() -> None:
    # 3,000 gangs of one briefing, each written in full and by its surname with its kind; how
    # the time grows is checked side by side below, not against a clock limit that a loaded
    # machine can miss
    figures = briefing(("Harun Dastgir gang", "Dastgir gang", "Harun Dastgir gang"))
    for i in range(3000):
        name = f"Gul Khan{i:04d}".replace("0", "O").replace("1", "I")
        figures += [figure("post", f"{name} gang", 1), figure("wire", f"{name.split()[1]} gang", 2)]
    joins, _ = joined(figures)
    assert joins["Dastgir gang"] == "Harun Dastgir gang"
    assert joins["KhanOOOO gang"] == "Gul KhanOOOO gang"


def _seconds_to_join(last_word: str | None) -> float:
    """The best of three times to join 6,000 gangs of one briefing, their names all ending in
    ``last_word`` or (None) each in its own."""
    figures = briefing(("Harun Dastgir gang", "Dastgir gang", "Harun Dastgir gang"))
    for i in range(6000):
        first = f"Gul{i:04d}".replace("0", "O").replace("1", "I")
        figures.append(figure("post", f"{first} {last_word or first + 'x'} gang", 1))
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        joins, _ = joined(figures)
        best = min(best, time.perf_counter() - started)
        assert joins == {"Dastgir gang": "Harun Dastgir gang"}
    return best


def test_many_groups_ending_in_one_word_are_not_read_name_against_name() -> None:
    # names sharing their last word are looked up by the words they end with, not compared
    # with every other name ending so: as fast as names that share none (the reading of name
    # against name took thirty times as long here), timed side by side so that the load of
    # the machine counts on both sides
    assert _seconds_to_join("Khan") < 4 * _seconds_to_join(None)
