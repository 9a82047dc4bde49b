"""find_discrepancies: two outlets' accounts of one briefing, and what is not a disagreement."""

from __future__ import annotations

from corroborate.audit.compare import find_discrepancies
from corroborate.records import NONE_STATED, EnforcementFigure, Measure


def figure(
    document: str,
    group: str,
    measure: Measure,
    value: float,
    unit: str,
    *,
    agency: str | None = "Coastal Guard",
    date: str | None = "2020-06-19",
) -> EnforcementFigure:
    return EnforcementFigure(
        measure=measure, group=group, document_id=document, quote="q", start=0, end=1,
        value=value, unit=unit, agency=agency, date=date,
    )  # fmt: skip


def listed(
    figures: list[EnforcementFigure],
) -> dict[tuple[str, str], list[tuple[float | None, str]]]:
    return {
        (d.group, d.measure): [(f.value, f.document_id) for f in d.figures]
        for d in find_discrepancies(figures)
    }


# One invented briefing told by two outlets, a day apart, with other words for the agency.
POST = [
    figure("post", "Harbour League", "raids", 372, "raids", agency="Coastal Guard"),
    figure("post", "Harbour League", "arrests", 560, "workers", agency="Coastal Guard"),
    figure("post", "Delta Front", "weapons_seized", 619, "weapons", agency="Coastal Guard"),
    figure("post", NONE_STATED, "arrests", 848, "target killers", agency="Coastal Guard"),
    figure("post", "Harbour League", "arrests", 654, "target killers", agency="Coastal Guard"),
]
WIRE = [
    figure("wire", "Harbour League", "raids", 373, "raids", agency="the Guard", date="2020-06-20"),
    figure(
        "wire", "Harbour League", "arrests", 560, "activists", agency="Guard", date="2020-06-20"
    ),
    figure("wire", "Delta Front", "weapons_seized", 600, "arms", agency="Guard", date="2020-06-20"),
    figure(
        "wire", NONE_STATED, "arrests", 848, "target killers", agency="Guard", date="2020-06-20"
    ),
    figure("wire", NONE_STATED, "arrests", 1200, "suspects", agency="Guard", date="2020-06-20"),
]


def test_two_outlets_of_one_briefing_disagree_with_both_values() -> None:
    found = listed(POST + WIRE)
    assert found[("Harbour League", "raids")] == [(372, "post"), (373, "wire")]
    assert found[("Delta Front", "weapons_seized")] == [(619, "post"), (600, "wire")]


def test_agreeing_values_and_totals_against_breakdowns_are_not_listed() -> None:
    found = listed(POST + WIRE)
    assert ("Harbour League", "arrests") not in found  # 560 and 560 (and 654 only in one)
    # The 848 total agrees; the 1,200 suspects count other people than the 848 target
    # killers, and the 654 of one group is not the 848 of all.
    assert (NONE_STATED, "arrests") not in found
    assert set(found) == {("Harbour League", "raids"), ("Delta Front", "weapons_seized")}


def test_the_order_of_the_figures_does_not_matter() -> None:
    assert listed(WIRE + POST) == listed(POST + WIRE)


def test_other_briefings_are_not_compared() -> None:
    # Another agency, weeks later, sharing no figure: another statistic, not a disagreement.
    later = [
        figure("later", "Harbour League", "raids", 20, "raids", agency="City Police",
               date="2020-08-01"),
        figure("later", "Delta Front", "weapons_seized", 7, "weapons", agency="City Police",
               date="2020-08-01"),
    ]  # fmt: skip
    assert listed(POST + later) == {}


def test_undated_outlets_sharing_a_distinctive_figure_are_one_briefing() -> None:
    a = [
        figure("a", NONE_STATED, "raids", 1992, "operations", date=None),
        figure("a", NONE_STATED, "arrests", 2847, "people", date=None),
    ]
    b = [
        figure("b", NONE_STATED, "raids", 992, "targeted operations", date=None),
        figure("b", NONE_STATED, "arrests", 2847, "criminals", date=None),
    ]
    assert listed(a + b) == {(NONE_STATED, "raids"): [(1992, "a"), (992, "b")]}


def test_a_total_is_not_compared_with_a_count_of_other_people() -> None:
    # Same day, same agency: "848 target killers" in one, "1,200 suspects" in the other are
    # two counts (of all suspects, and of the target killers among them), not one figure.
    post = [figure("post", NONE_STATED, "arrests", 848, "target killers")]
    wire = [figure("wire", NONE_STATED, "arrests", 1200, "suspects")]
    assert listed(post + wire) == {}
