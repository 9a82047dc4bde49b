"""The ledger for people and programs: JSON (the contract), CSV (one row per event), and a
table that reads like a case file (one block per accused, each allegation with its status
and timeline)."""

from __future__ import annotations

import io
from collections.abc import Callable

from rich.console import Console, Group
from rich.panel import Panel
from rich.table import Table
from rich.text import Text

from corroborate.ledger.acts import GENERIC, RELATIONAL
from corroborate.records import Allegation, Entity, Ledger
from corroborate.resolve.entity_index import EntityIndex
from corroborate.write import csv_writer, json_text

__all__ = ["CSV_COLUMNS", "print_table", "select", "to_csv", "to_json"]

# A new column is appended here, never put between two older ones: a reader that takes the
# columns by position (a spreadsheet formula, ``cut -d,``) reads every older one where it was.
# ``inferred`` (schema 18) is the last so far; the export adds ``corrections`` after all.
CSV_COLUMNS = (
    "allegation_id", "accused", "act", "status", "confession_only", "alleged_by", "date",
    "kind", "outcome", "setting", "source", "document_id", "start", "end", "quote", "inferred",
)  # fmt: skip


def select(ledger: Ledger, entity: str | None = None, status: str | None = None) -> Ledger:
    """The ledger narrowed to allegations against ``entity`` (any of its names) and/or with
    ``status``; entities narrowed to those the remaining allegations name."""
    allegations = ledger.allegations
    if entity:
        index = EntityIndex(ledger.entities, {}, {})
        wanted = {e.id for e in _matching(ledger.entities, entity, index)}
        allegations = [a for a in allegations if wanted & set(a.accused)]
    if status:
        allegations = [a for a in allegations if a.status == status]
    if not entity and not status:
        return ledger
    named = {i for a in allegations for i in a.accused}
    keep = [e for e in ledger.entities if e.id in named]
    return Ledger(entities=keep, allegations=allegations)


def _matching(entities: list[Entity], name: str, index: EntityIndex) -> list[Entity]:
    from corroborate.nlp import names

    key = names.key(name)
    exact = [
        e for e in entities
        if key in {names.key(e.name), *(names.key(a.name) for a in e.aliases)} or e.id == name
    ]  # fmt: skip
    if exact:
        return exact
    wanted = set(names.words(name))
    return [e for e in entities if wanted and wanted <= set(names.words(e.name))]


def to_json(ledger: Ledger) -> str:
    return json_text(ledger.to_json(), indent=2) + "\n"


def to_csv(ledger: Ledger, corrections_of: Callable[[Allegation], str] | None = None) -> str:
    """One row per event, its columns ``CSV_COLUMNS``. With ``corrections_of`` (the export),
    a last column says which corrections by hand changed the row's allegation: the export's
    rows are the ledger's with one column more, so one reader reads both."""
    names = {e.id: e.name for e in ledger.entities}
    out = io.StringIO()
    writer = csv_writer(out)
    writer.writerow([*CSV_COLUMNS, "corrections"] if corrections_of else CSV_COLUMNS)
    for a in ledger.allegations:
        accused = "; ".join(names.get(i, i) for i in a.accused)
        extra = [corrections_of(a)] if corrections_of else []
        for e in a.events:
            writer.writerow([
                a.id, accused, a.act, a.status, str(a.confession_only).lower(),
                "; ".join(a.alleged_by), e.date or "", e.kind, e.outcome or "", e.setting or "",
                e.source or "", e.document_id, e.start, e.end, e.quote, e.inferred or "", *extra,
            ])  # fmt: skip
    return out.getvalue()


def print_table(ledger: Ledger, console: Console) -> None:
    """One panel per accused: who they are, then each allegation and its timeline."""
    by_id = {e.id: e for e in ledger.entities}
    blocks: dict[str, list[Allegation]] = {}
    for a in ledger.allegations:
        blocks.setdefault(a.accused[0], []).append(a)
    if not blocks:
        console.print("no allegations")
        return
    for accused_id, allegations in blocks.items():
        entity = by_id.get(accused_id)
        title = f"{entity.name} ({entity.type})" if entity else accused_id
        parts: list[Text | Table] = []
        if entity and entity.aliases:
            parts.append(Text("also: " + ", ".join(a.name for a in entity.aliases), "dim"))
        if entity and entity.affiliations:
            roles = [f"{f.role or 'member'} of {f.name}" + (f" ({f.date})" if f.date else "")
                     for f in entity.affiliations]  # fmt: skip
            parts.append(Text("; ".join(dict.fromkeys(roles)), "dim"))
        for a in allegations:
            parts.append(_allegation_header(a, by_id))
            if a.act == GENERIC:
                parts.extend(_unnamed_act(allegations))
            parts.append(_timeline(a))
        console.print(Panel(Group(*parts), title=Text(title), title_align="left"))


def _allegation_header(a: Allegation, by_id: dict[str, Entity]) -> Text:
    text = Text()
    text.append(f"\n{a.act}", "bold")
    text.append(f"  [{a.status}]", "cyan")
    if a.confession_only:
        text.append("  confession only", "yellow")
    others = [by_id[i].name for i in a.accused[1:] if i in by_id]
    if others:
        text.append("  with " + ", ".join(others))
    if a.alleged_by:
        text.append("\nalleged by " + "; ".join(a.alleged_by), "dim")
    if a.quantities:
        figures = [
            f"{_figure(q.value, q.low, q.high)} {q.unit} ({q.source or '?'}, {q.date or '?'})"
            for q in a.quantities
        ]
        text.append("\nfigures: " + "; ".join(figures), "dim")
    return text


def _unnamed_act(allegations: list[Allegation]) -> list[Text]:
    """Why events naming no act stand apart though the accused has allegations about acts:
    more than one act could be theirs (``ledger.unnamed_act``); the reader is told which."""
    acts = sorted({a.act for a in allegations if a.act not in (GENERIC, *RELATIONAL)})
    if not acts:
        return []
    if len(acts) == 1:  # a group's members in another report (``unnamed_act``, step 3)
        return [Text(f"no act named: the reports do not say these events concern the act "
                     f"alleged ({acts[0]})", "dim")]  # fmt: skip
    return [Text(f"no act named: of the acts alleged ({', '.join(acts)}) the reports do not "
                 "say which these events concern", "dim")]  # fmt: skip


def _figure(value: float | None, low: float | None, high: float | None) -> str:
    def fmt(x: float | None) -> str:
        return "?" if x is None else (f"{int(x):,}" if float(x).is_integer() else f"{x:g}")

    return fmt(value) if value is not None else f"{fmt(low)}-{fmt(high)}"


_LABEL_WIDTH = 18  # "before 2022-09-30," and "retraction (judicial)" wrap at a word


def _timeline(a: Allegation) -> Table:
    table = Table(box=None, show_header=False, pad_edge=False, expand=True)
    # The date and kind columns wrap at a bound: unbounded, one long label ("before
    # 2022-09-30, told again from pm-001", "charge: held without charge") widened its column
    # for the whole timeline and left the quotes a word a line on an 80-column terminal.
    table.add_column("date", style="dim", max_width=_LABEL_WIDTH)
    table.add_column("kind", max_width=_LABEL_WIDTH)
    table.add_column("quote", ratio=1)
    for e in a.events:
        kind = e.kind + (f": {e.outcome}" if e.outcome else "")
        kind += f" ({e.setting})" if e.setting and e.setting != "unknown" else ""
        quote = e.quote if len(e.quote) <= 240 else e.quote[:237] + "..."
        who = f"{e.source}: " if e.source else ""
        # Text, not a markup string: a report id in brackets ("[pm-001]") or a quote's own
        # brackets ("[sic]", "[the accused]") would be read as style tags and vanish.
        line = Text(f"{who}\u201c{quote}\u201d [{e.document_id}]")
        if e.shown_inference:  # why a confession quotes a retraction
            line.append(f"\n{e.shown_inference}", "dim")
        table.add_row(Text(e.shown_date), Text(kind), line)
    return table
