"""benchmarks/cross_report_ties.py: how a report writes a person whose step it missed, and
whether another report of the case names him (invented reports)."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.test_benchmarks import BENCHMARKS, load_benchmark

_EARLIER = (
    "Police arrested a van driver and a shopkeeper on Monday. The driver, Tanveer Gill, 38, "
    "was taken to the Civil Lines police station."
)
_PERSON = {"name": "Tanveer Gill", "also": ["Gill"]}


@pytest.fixture
def ties(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # its sibling court_sets.py
    return load_benchmark("cross_report_ties")


@pytest.mark.parametrize(
    "later",
    [
        "Tanveer Gill and Owais Rana were charged. The driver denied the charge in court.",
        "Gill was named in the charge sheet. A magistrate later granted the driver bail.",
    ],
)
def test_description_another_report_names(ties: ModuleType, later: str) -> None:
    kind, shown = ties.classify(later, _PERSON, [_EARLIER])
    assert kind == "description-elsewhere"
    assert shown.startswith("driver: ")


def test_description_the_report_itself_gives(ties: ModuleType) -> None:
    # the report ties the noun to the name itself: no tie across reports is needed
    later = "The driver, Tanveer Gill, was charged. The driver denied the charge in court."
    assert ties.classify(later, _PERSON, [_EARLIER]) == ("named", "")


def test_description_of_no_person(ties: ModuleType) -> None:
    # "station" is no noun of a person, and a report told of nothing of the sort is "named"
    earlier = "The station, Tanveer Gill said, was closed."
    later = "Tanveer Gill was charged. The station denied the charge."
    assert ties.classify(later, _PERSON, [earlier])[0] == "named"


def test_part_of_the_name_only(ties: ModuleType) -> None:
    later = "Gill was charged on Friday and granted bail."
    assert ties.classify(later, _PERSON, [_EARLIER]) == ("part-only", "Gill")


def test_named_nowhere(ties: ModuleType) -> None:
    assert ties.classify("The driver was charged.", _PERSON, ["A driver was held."])[0] == (
        "nowhere"
    )


def test_persons_noun(ties: ModuleType) -> None:
    assert ties.persons_noun("driver") and ties.persons_noun("storekeeper")
    assert not ties.persons_noun("company")


def test_held_out_refused(ties: ModuleType, tmp_path: object) -> None:
    with pytest.raises(SystemExit, match="not an open set"):
        ties.main([str(tmp_path), "h33"])
