"""audit.agency: who acted (invented names)."""

from __future__ import annotations

from corroborate.audit.agency import agency_for, agency_kinds, full_agency


def test_the_nearest_agency_before_the_count_else_the_first_after() -> None:
    agencies = [(5, "Coastal Guard"), (40, "Police")]
    assert agency_for(agencies, 30) == "Coastal Guard"
    assert agency_for(agencies, 50) == "Police"
    assert agency_for(agencies, 1) == "Coastal Guard"
    assert agency_for([], 1) is None


def test_a_short_name_is_the_fuller_one_named_before() -> None:
    assert full_agency("Guard", ["Police", "Coastal Guard"]) == "Coastal Guard"
    assert full_agency("Guard", ["Police"]) == "Guard"


def test_agency_kinds() -> None:
    assert agency_kinds("Harbour Rangers Sindh") == ("rangers",)
    assert agency_kinds(None) == ()
