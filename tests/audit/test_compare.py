"""find_discrepancies: two outlets' accounts of one briefing, what is not a disagreement,
and the several values of one key that a briefing's reports give (a total and its parts)."""

from __future__ import annotations

from dataclasses import replace

import pytest
from spacy.language import Language

from corroborate.audit.compare import (
    OUTLETS_DISAGREE,
    SEVERAL_VALUES,
    DiscrepancyKind,
    find_discrepancies,
)
from corroborate.records import NONE_STATED, EnforcementFigure, Measure
from tests.audit.conftest import audit_of
from tests.conftest import analyses_of


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
    figures: list[EnforcementFigure], kind: DiscrepancyKind = OUTLETS_DISAGREE
) -> dict[tuple[str, str], list[tuple[float | None, str]]]:
    return {
        (d.group, d.measure): [(f.value, f.document_id) for f in d.figures]
        for d in find_discrepancies(figures)
        if d.kind == kind
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


# --- several values: what a briefing's reports give one key, told apart from a disagreement --


def test_a_total_and_its_parts_are_several_values_not_a_disagreement() -> None:
    several = listed(POST + WIRE, SEVERAL_VALUES)
    # 848 target killers in both, 1,200 suspects in one: two lines of the briefing.
    assert several[(NONE_STATED, "arrests")] == [(848, "post"), (848, "wire"), (1200, "wire")]
    # The group's 654 target killers is its own key, beside its 560 workers: never put with
    # the 848 of all groups.
    assert several[("Harbour League", "arrests")] == [(560, "post"), (654, "post"), (560, "wire")]
    # Keys whose values the disagreements already list are not listed again.
    assert set(several) == {(NONE_STATED, "arrests"), ("Harbour League", "arrests")}


def sentence(document: str, value: float, unit: str, at: int) -> EnforcementFigure:
    """A figure of one report's sentence starting at ``at`` (its quote's span)."""
    found = figure(document, NONE_STATED, "weapons_seized", value, unit)
    return replace(found, start=at, end=at + 60)


def test_a_total_and_its_parts_one_report_of_a_briefing_tells() -> None:
    # enf6: "recovered 214 weapons, including 38 rocket launchers" in one outlet's sentence,
    # the other outlet silent on weapons: still the briefing's total and part, listed so
    # that a reader of its accounts does not sum them.
    post = [*POST, sentence("post", 214, "weapons", 400), sentence("post", 38, "launchers", 400)]
    several = listed(post + WIRE, SEVERAL_VALUES)
    assert several[(NONE_STATED, "weapons_seized")] == [(214, "post"), (38, "post")]
    # ... "11 firearms, among them eight pistols and three rifles": every part with its total
    post = [*POST, *(sentence("post", v, "firearms", 400) for v in (11, 8, 3))]
    assert [v for v, _ in listed(post + WIRE, SEVERAL_VALUES)[(NONE_STATED, "weapons_seized")]] == [
        11, 8, 3,
    ]  # fmt: skip


def test_several_values_of_one_report_need_one_sentence_and_a_briefing() -> None:
    # One outlet gives the weapons in two sentences: nothing ties the two values (two lines,
    # or a figure misread), so the briefing lists none.
    post = [*POST, sentence("post", 214, "weapons", 400), sentence("post", 38, "rifles", 700)]
    assert (NONE_STATED, "weapons_seized") not in listed(post + WIRE, SEVERAL_VALUES)
    # One document alone is no briefing, however many values it gives in one sentence.
    alone = [*POST, sentence("post", 214, "weapons", 400), sentence("post", 38, "rifles", 400)]
    assert listed(alone, SEVERAL_VALUES) == {}
    # Two values one outlet gives a key alike with the other stay a disagreement's, not more.
    assert ("Delta Front", "weapons_seized") not in listed(POST + WIRE, SEVERAL_VALUES)


@pytest.mark.xfail(
    strict=True,
    reason="not built in enf6: a report's parts told in the sentence after their total",
)
def test_parts_a_report_tells_in_the_next_sentence() -> None:
    # "recovered 214 weapons. Of those guns, 38 were rocket launchers": one report's total
    # and its part, in two sentences; the guard above keeps such values apart.
    post = [*POST, sentence("post", 214, "weapons", 400), sentence("post", 38, "launchers", 470)]
    assert (NONE_STATED, "weapons_seized") in listed(post + WIRE, SEVERAL_VALUES)


def test_a_disagreement_with_more_lines_is_listed_as_both() -> None:
    # 1,992 against 992 operations disagree; one outlet also gives nine raids of another
    # kind, so the key holds a value the disagreement does not list.
    shared = [figure(d, NONE_STATED, "arrests", 2847, "people") for d in ("post", "wire")]
    post = [figure("post", NONE_STATED, "raids", 1992, "operations")]
    wire = [
        figure("wire", NONE_STATED, "raids", 992, "targeted operations"),
        figure("wire", NONE_STATED, "raids", 9, "night raids"),
    ]
    found = [
        (d.kind, [f.value for f in d.figures]) for d in find_discrepancies(shared + post + wire)
    ]
    assert found == [(OUTLETS_DISAGREE, [1992, 992]), (SEVERAL_VALUES, [1992, 992, 9])]
    # Without the nine raids, the disagreement alone gives every value: listed once.
    assert [d.kind for d in find_discrepancies(shared + post + wire[:1])] == [OUTLETS_DISAGREE]


def test_every_value_carries_its_quote_and_kind() -> None:
    found = find_discrepancies(POST + WIRE)
    item = next(d for d in found if d.kind == SEVERAL_VALUES).to_json({"post": "The Post"})
    assert item["kind"] == "several values"
    assert {v["outlet"] for v in item["values"]} <= {"The Post", None}
    assert all({"quote", "start", "end", "unit", "document_id"} <= set(v) for v in item["values"])


# --- end to end: invented outlets through the per-document stage ------------------------------

POST_TEXT = (
    "The Coastal Guard said on Monday that it had conducted 412 raids across the port city"
    " since January. A total of 930 suspects were arrested in these raids, including 210"
    " target killers and 95 extortionists. Of the 210 target killers, 120 were workers of the"
    " Harbour League, the Guard said."
)
WIRE_TEXT = (
    "The Coastal Guard conducted 418 raids in the port city since January, a spokesman said on"
    " Monday. He said 930 suspects, including 210 target killers and 95 extortionists, were"
    " arrested. Of the target killers, 120 belonged to the Harbour League."
)


def test_two_invented_outlets_read_from_their_sentences(nlp: Language) -> None:
    rows = [
        {"id": "post-1", "outlet": "The Harbour Post", "published": "2021-03-02",
         "text": POST_TEXT},
        {"id": "wire-1", "outlet": "Delta Wire", "published": "2021-03-02", "text": WIRE_TEXT},
    ]  # fmt: skip
    found = {
        (d["kind"], d["group"], d["measure"]): [(v["value"], v["outlet"]) for v in d["values"]]
        for d in audit_of(analyses_of(nlp, rows)).to_json()["discrepancies"]
    }
    # 412 against 418 raids: the outlets disagree.
    assert found[(OUTLETS_DISAGREE, NONE_STATED, "raids")] == [
        (412, "The Harbour Post"),
        (418, "Delta Wire"),
    ]
    # A total and its parts, alike in both: several values, no disagreement ...
    post, wire = "The Harbour Post", "Delta Wire"
    assert found[(SEVERAL_VALUES, NONE_STATED, "arrests")] == [
        (930, post), (210, post), (95, post), (930, wire), (210, wire), (95, wire),
    ]  # fmt: skip
    # ... and the League's 120 of the 210 target killers, alike in both, is neither listed
    # nor put with the total of all groups.
    assert set(found) == {
        (OUTLETS_DISAGREE, NONE_STATED, "raids"),
        (SEVERAL_VALUES, NONE_STATED, "arrests"),
    }
