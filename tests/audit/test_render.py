"""The audit's renderings say which kind each discrepancy is: the table's headings, the CSV's
last column (the JSON is the contract, in test_compare and test_report)."""

from __future__ import annotations

import csv
import io

from rich.console import Console

from corroborate.audit import render
from corroborate.audit.compare import find_discrepancies
from corroborate.audit.report import Audit
from corroborate.records import NONE_STATED, EnforcementFigure, Measure


def figure(
    document: str, measure: Measure, value: float, unit: str, quote: str = ""
) -> EnforcementFigure:
    quote = quote or f"The Guard said {value:,.0f} {unit} in all."
    return EnforcementFigure(
        measure=measure, group=NONE_STATED, document_id=document, quote=quote, start=0,
        end=len(quote), value=value, unit=unit, agency="Coastal Guard", date="2021-03-02",
    )  # fmt: skip


# Two invented outlets: 412 against 418 raids; 930 suspects and 210 target killers in both.
FIGURES = [
    figure("post", "raids", 412, "raids"),
    figure("post", "arrests", 930, "suspects"),
    figure("post", "arrests", 210, "target killers"),
    figure("wire", "raids", 418, "raids"),
    figure("wire", "arrests", 930, "suspects", "The Guard told both counts."),
    figure("wire", "arrests", 210, "target killers", "The Guard told both counts."),
    figure("wire", "weapons_seized", 50, "rifles"),
]
AUDIT = Audit(
    figures=FIGURES,
    groups=[],
    discrepancies=find_discrepancies(FIGURES),
    outlets={"post": "The Harbour Post", "wire": "Delta Wire"},
)


def table() -> str:
    console = Console(record=True, width=200)
    render.print_table(AUDIT, console)
    return console.export_text()


def test_the_table_puts_each_kind_under_its_heading() -> None:
    text = table()
    disagree = text.index(render.KIND_HEADINGS["outlets disagree"].split(":")[0])
    several = text.index(render.KIND_HEADINGS["several values"].split(":")[0])
    raids = text.index("none stated, raids:")
    arrests = text.index("none stated, arrests:")
    assert disagree < raids < several < arrests
    assert "not a contradiction" in text[several:]
    # One line per document with its values and their nouns, then its sentences, each once.
    assert (
        "The Harbour Post [post]: 412 raids\n      \u201cThe Guard said 412 raids in all.\u201d"
        in text
    )
    assert "Delta Wire [wire]: 930 suspects; 210 target killers" in text[arrests:]
    assert text.count("\u201cThe Guard told both counts.\u201d") == 1


def test_the_csv_marks_each_figure_with_the_kinds_that_list_it() -> None:
    rows = list(csv.DictReader(io.StringIO(render.to_csv(AUDIT))))
    listed = {(r["document_id"], r["measure"], r["value"]): r["discrepancy"] for r in rows}
    assert listed[("post", "raids", "412")] == "outlets disagree"
    assert listed[("wire", "arrests", "210")] == "several values"
    assert listed[("wire", "weapons_seized", "50")] == ""  # one value, one outlet: not listed


def test_no_discrepancy_no_heading() -> None:
    console = Console(record=True, width=200)
    render.print_table(Audit(figures=FIGURES[:1], groups=[], discrepancies=[]), console)
    text = console.export_text()
    assert all(heading.split(":")[0] not in text for heading in render.KIND_HEADINGS.values())
