"""``corroborate audit``: enforcement figures by group, set against allegations and outcomes."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from corroborate import settings
from corroborate.audit import render
from corroborate.audit.chart import check_path, save_chart
from corroborate.audit.stored import audit_store
from corroborate.commands.app import app
from corroborate.commands.terminal import user_errors
from corroborate.errors import InputError
from corroborate.store import open_for_reading

FORMATS = ("table", "json", "csv")


@app.command("audit")
def audit_command(
    db: Annotated[str | None, typer.Option("--db", metavar="URL", help=settings.DB_HELP)] = None,
    fmt: Annotated[
        str,
        typer.Option("--format", metavar="FORMAT", help="table, json or csv (one row per figure)."),
    ] = "table",
    chart: Annotated[
        Path | None,
        typer.Option(
            "--chart", metavar="FILE", help="Also draw a bar chart to FILE (.png or .svg)."
        ),
    ] = None,
) -> None:
    """Audit enforcement by group: raids, arrests and weapons seized as the reports give them,
    set against the allegations and outcomes in the ledger.

    JSON: {"figures": [{"group", "measure", "value" (or "low", "high"), "agency", "date",
    "document_id", "quote", "start", "end"}], "groups": [{"group", "aliases", "raids",
    "arrests", "weapons_seized", "allegations", "convictions", "acquittals", ...}],
    "discrepancies": [{"group", "measure", "kind", "values": [{"value", "document_id",
    "outlet", "unit", "quote", "start", "end"}]}]}, where kind is "outlets disagree" (the
    accounts of one figure share no value) or "several values" (the reports of one briefing
    give the group and measure more than one figure: a total and its parts, or different
    lines; not a contradiction). These are reported figures, from the sources named.
    """
    with user_errors():
        if fmt not in FORMATS:
            raise InputError("--format", None, f"unknown format {fmt!r}", "use table, json or csv")
        if chart is not None:
            check_path(chart)
        with open_for_reading(settings.db_url(db)) as store:
            audit = audit_store(store)
        if chart is not None:
            save_chart(audit, chart)
        if fmt == "json":
            typer.echo(render.to_json(audit), nl=False)
        elif fmt == "csv":
            typer.echo(render.to_csv(audit), nl=False)
        else:
            render.print_table(audit, Console())
