"""The audit as JSON (the contract), CSV (one row per figure) and a table for the terminal.

Each rendering keeps the two kinds of discrepancy apart and says what each means
(``KIND_HEADINGS``): outlets that disagree on one figure, and several values that the
reports of one briefing give one group and measure (a total and its parts, or different
lines), which a reader must not sum or compare without the quotes.
"""

from __future__ import annotations

import io

from rich.console import Console
from rich.table import Table
from rich.text import Text

from corroborate.audit.compare import KINDS, OUTLETS_DISAGREE, SEVERAL_VALUES, DiscrepancyKind
from corroborate.audit.report import CAVEAT, COLUMNS, Audit, GroupRow, Rate
from corroborate.records import EnforcementFigure, json_number
from corroborate.write import csv_writer, json_text

__all__ = ["CSV_COLUMNS", "KIND_HEADINGS", "print_table", "to_csv", "to_json"]

CSV_COLUMNS = (
    "group", "measure", "value", "low", "high", "qualifier", "unit", "agency", "date", "period",
    "document_id", "outlet", "quote", "start", "end", "discrepancy",
)  # fmt: skip
# What each kind of discrepancy tells a reader (the web page says the same).
KIND_HEADINGS: dict[DiscrepancyKind, str] = {
    OUTLETS_DISAGREE: "Outlets disagree: the accounts of one figure share no value",
    SEVERAL_VALUES: (
        "Several values: the reports of one briefing give this group and measure more than"
        " one figure (a total and its parts, or different lines), each outlet perhaps alike;"
        " not a contradiction. Do not sum or compare them without reading the quotes"
    ),
}


def to_json(audit: Audit) -> str:
    return json_text(audit.to_json(), indent=2) + "\n"


def to_csv(audit: Audit) -> str:
    out = io.StringIO()
    writer = csv_writer(out)
    writer.writerow(CSV_COLUMNS)
    listed = _listed_as(audit)
    for f in audit.figures:
        writer.writerow([
            f.group, f.measure, json_number(f.value), json_number(f.low), json_number(f.high),
            f.qualifier, f.unit, f.agency, f.date, f.period, f.document_id,
            audit.outlets.get(f.document_id, ""), f.quote, f.start, f.end,
            "; ".join(listed.get(f, [])),
        ])  # fmt: skip
    return out.getvalue()


def _listed_as(audit: Audit) -> dict[EnforcementFigure, list[str]]:
    """Each figure -> the kinds of discrepancy that list it (the CSV's last column)."""
    out: dict[EnforcementFigure, list[str]] = {}
    for d in audit.discrepancies:
        for f in d.figures:
            kinds = out.setdefault(f, [])
            if d.kind not in kinds:
                kinds.append(d.kind)
    return out


def print_table(audit: Audit, console: Console) -> None:
    """A summary table, then one block per group with every figure, rate and complaint."""
    table = Table(title="Enforcement by targeted group (reported figures)", caption=CAVEAT)
    for name in ("group", "raids", "arrests", "weapons seized", "allegations", "convicted",
                 "acquitted"):  # fmt: skip
        table.add_column(name, justify="left" if name == "group" else "right")
    for row in audit.groups:
        table.add_row(
            row.group,
            *(_figure(row, m) for m in ("raids", "arrests", "weapons_seized")),
            str(row.allegations), str(row.convictions), str(row.acquittals),
        )  # fmt: skip
    console.print(table)
    for row in audit.groups:
        console.print()
        _block(audit, row, console)
    _discrepancies(audit, console)


def _discrepancies(audit: Audit, console: Console) -> None:
    """Each kind under its own heading; in each item, one line per document with its values
    and what each counts, then that document's sentences, each quoted once."""
    for kind in KINDS:
        listed = [d for d in audit.discrepancies if d.kind == kind]
        if listed:
            console.print()
            console.print(Text(KIND_HEADINGS[kind], style="bold"), soft_wrap=True)
        for d in listed:
            console.print(f"  {d.group}, {d.measure.replace('_', ' ')}:", soft_wrap=True,
                          markup=False)  # fmt: skip
            for document_id, figures in _by_document(d.figures).items():
                values = "; ".join(
                    _show(f.value, f.low, f.high) + (f" {f.unit}" if f.unit else "")
                    for f in figures
                )
                outlet = audit.outlets.get(document_id, "")
                console.print(f"    {outlet} [{document_id}]: {values}", soft_wrap=True,
                              markup=False)  # fmt: skip
                for quote in dict.fromkeys(f.quote for f in figures):
                    console.print(f"      \u201c{quote}\u201d", soft_wrap=True, markup=False)


def _by_document(figures: list[EnforcementFigure]) -> dict[str, list[EnforcementFigure]]:
    """The figures of each document, documents in the order they first come."""
    out: dict[str, list[EnforcementFigure]] = {}
    for f in figures:
        out.setdefault(f.document_id, []).append(f)
    return out


def _block(audit: Audit, row: GroupRow, console: Console) -> None:
    title = row.group + (f" ({', '.join(row.aliases)})" if row.aliases else "")
    console.print(Text(title, style="bold"))
    for column in COLUMNS:
        f = row.values.get(column)
        if f is not None:
            where = f"{audit.outlets.get(f.document_id, '')}, {f.document_id}"
            period = f", {f.period}" if f.period else ""
            console.print(
                f"  {column.replace('_', ' ')}: {_show(f.value, f.low, f.high)} [{where}{period}]",
                soft_wrap=True,
                markup=False,
            )
    per = row.arrests_per_allegation
    console.print(
        f"  allegations {row.allegations}, convicted {row.convictions}, acquitted"
        f" {row.acquittals}; conviction rate {_rate(row.conviction_rate)}; arrests per"
        f" allegation {f'{per:,.1f}' if per is not None else '-'}",
        soft_wrap=True,
        markup=False,
    )
    if row.share_of_arrests is not None and row.share_of_violence is not None:
        console.print(
            f"  share of arrests {row.share_of_arrests:.0%} against share of killings"
            f" attributed {row.share_of_violence:.0%} [{row.shares_document}]",
            soft_wrap=True,
            markup=False,
        )
    for c in row.contesting:
        console.print(
            Text(f"  contests: \u201c{c.quote}\u201d [{c.source}, {c.document_id}]",
                 style="italic"),
            soft_wrap=True,
        )  # fmt: skip


def _figure(row: GroupRow, column: str) -> str:
    f = row.values.get(column)
    return _show(f.value, f.low, f.high) if f is not None else "-"


def _rate(rate: Rate | None) -> str:
    if rate is None:
        return "-"
    return f"{rate.value:.0%} (95% CI {rate.low:.0%}-{rate.high:.0%}, n={rate.trials})"


def _show(value: float | None, low: float | None, high: float | None) -> str:
    if value is not None:
        return f"{value:,.0f}"
    return f"{low:,.0f}-{high:,.0f}"
