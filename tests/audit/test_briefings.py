"""briefings: which documents tell one briefing (invented figures)."""

from __future__ import annotations

from dataclasses import replace

from corroborate.audit.briefings import briefings, members
from corroborate.audit.figures import agency_kinds
from corroborate.records import NONE_STATED, EnforcementFigure, Measure


def figure(
    document: str,
    measure: Measure,
    value: float,
    *,
    agency: str | None = "Coastal Guard",
    date: str | None = "2021-03-02",
) -> EnforcementFigure:
    return EnforcementFigure(
        measure=measure, group=NONE_STATED, document_id=document, quote="q", start=0, end=1,
        value=value, agency=agency, agency_kinds=agency_kinds(agency), date=date,
    )  # fmt: skip


def test_three_outlets_linked_pairwise_are_one_briefing() -> None:
    # a and b share 930 arrests (distinctive); b and c share 412 raids and 95 arrests; a and c
    # share nothing: still one briefing, whatever the order.
    figures = [
        figure("a", "arrests", 930),
        figure("b", "arrests", 930),
        figure("b", "raids", 412),
        figure("b", "arrests", 95),
        figure("c", "raids", 412, date=None),
        figure("c", "arrests", 95, date=None),
    ]
    assert members(briefings(figures)) == {"a": {"a", "b", "c"}}
    assert members(briefings(list(reversed(figures)))) == {"a": {"a", "b", "c"}}


def test_what_keeps_two_documents_apart() -> None:
    shared: list[tuple[Measure, float]] = [("arrests", 930.0), ("raids", 412.0)]

    def pair(agency: str = "Coastal Guard", date: str = "2021-03-02") -> dict[str, set[str]]:
        a = [figure("a", m, v) for m, v in shared]
        b = [figure("b", m, v, agency=agency, date=date) for m, v in shared]
        return members(briefings(a + b))

    assert pair() == {"a": {"a", "b"}}
    assert pair(agency="City Police") == {"a": {"a"}, "b": {"b"}}  # another force
    assert pair(date="2021-03-20") == {"a": {"a"}, "b": {"b"}}  # weeks apart
    assert pair(date="2021-03-04") == {"a": {"a", "b"}}  # two days apart
    # One small number in common is no evidence: "five arrests" is told of many raids.
    small = [figure("a", "arrests", 5), figure("b", "arrests", 5)]
    assert members(briefings(small)) == {"a": {"a"}, "b": {"b"}}


def test_the_kind_of_force_is_read_with_the_figure() -> None:
    """Ingest reads the kind of force from the agency's name; linking reads only that."""
    assert agency_kinds("Pakistan Rangers Sindh") == ("rangers",)
    assert agency_kinds("the Counter-Terrorism Department (CTD) and police") == ("ctd", "police")
    assert agency_kinds("Harbour Authority") == () == agency_kinds(None)
    a = [figure("a", "arrests", 930), figure("a", "raids", 412)]
    b = [replace(f, document_id="b", agency="Another Name") for f in a]
    assert members(briefings(a + b)) == {"a": {"a", "b"}}  # the same stored kind: linked
    c = [replace(f, document_id="c", agency_kinds=("police",)) for f in a]
    assert members(briefings(a + c)) == {"a": {"a"}, "c": {"c"}}  # its name alike, not its kind
