"""``corroborate ledger``, ``corroborate entity`` and ``corroborate export``: read the ledger
from the evidence store (built by ``corroborate ingest``)."""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from corroborate import settings
from corroborate.commands.app import app
from corroborate.commands.options import Database
from corroborate.commands.terminal import user_errors
from corroborate.errors import InputError
from corroborate.ledger import export as exports
from corroborate.ledger import render
from corroborate.ledger.lookup import stored_entity_index
from corroborate.ledger.store import rebuild_and_compare
from corroborate.records import STATUSES
from corroborate.store import open_for_reading, open_store
from corroborate.write import atomic_writer

FORMATS = ("table", "json", "csv")


@app.command("ledger")
def ledger_command(
    db: Database = None,
    fmt: Annotated[
        str, typer.Option("--format", metavar="FORMAT", help="table, json or csv.")
    ] = "table",
    entity: Annotated[
        str | None,
        typer.Option("--entity", metavar="NAME", help="Only allegations against NAME (any alias)."),
    ] = None,
    status: Annotated[
        str | None,
        typer.Option(
            "--status",
            metavar="S",
            help="Only allegations with status S: " + ", ".join(STATUSES) + ".",
        ),  # fmt: skip
    ] = None,
) -> None:
    """Show the ledger: every allegation, whom it accuses, its status and its timeline.

    JSON: {"entities": [{"id", "name", "type", "aliases", "affiliations"}], "allegations":
    [{"id", "accused", "act", "alleged_by", "status", "confession_only", "quantities",
    "events": [{"date", "kind", "outcome", "setting", "source", "document_id", "quote",
    "start", "end"}]}]}; every quote is document.text[start:end].
    """
    with user_errors():
        if fmt not in FORMATS:
            raise InputError("--format", None, f"unknown format {fmt!r}",
                             "use table, json or csv")  # fmt: skip
        if status and status not in STATUSES:
            raise InputError("--status", None, f"unknown status {status!r}",
                             "use one of " + ", ".join(STATUSES))  # fmt: skip
        with open_for_reading(settings.db_url(db)) as store:
            ledger = render.select(store.ledger(), entity, status)
        if fmt == "json":
            typer.echo(render.to_json(ledger), nl=False)
        elif fmt == "csv":
            typer.echo(render.to_csv(ledger), nl=False)
        else:
            render.print_table(ledger, Console())


@app.command("entity")
def entity_command(
    name: Annotated[
        str,
        typer.Argument(
            metavar="NAME", show_default=False, help="A name, alias or acronym (or an entity id)."
        ),
    ],
    db: Database = None,
) -> None:
    """Show an entity: its names, why each was joined to it, and its affiliations."""
    with user_errors():
        with open_for_reading(settings.db_url(db)) as store:
            index = stored_entity_index(store)
        found = index.find(name)
        if not found:
            typer.echo(f"no entity named {name!r}")
            raise typer.Exit(1)
        for e in found:
            typer.echo(f"{e.name}  ({e.type}, {e.id})")
            for a in e.aliases:
                where = f" [{a.document_id}]" if a.document_id else ""
                typer.echo(f"  alias {a.name!r}: {a.reason}{where}")
            for f in e.affiliations:
                typer.echo(
                    f"  {f.role or 'member'} of {f.name} ({f.date or 'undated'}) [{f.document_id}]"
                )


@app.command("export")
def export_command(
    fmt: Annotated[
        str, typer.Option("--format", metavar="FORMAT", help="jsonl, csv, claimreview or ftm.")
    ] = "jsonl",
    db: Database = None,
    output: Annotated[
        Path | None, typer.Option("--output", "-o", metavar="FILE", help="Write to FILE.")
    ] = None,
) -> None:
    """Export the ledger: JSON lines, CSV, schema.org ClaimReview JSON-LD (what fact-checkers
    publish) or FollowTheMoney entities (what Aleph and OpenSanctions load)."""
    with user_errors():
        if fmt not in exports.FORMATS:
            raise InputError("--format", None, f"unknown format {fmt!r}",
                             "use " + ", ".join(exports.FORMATS))  # fmt: skip
        with open_for_reading(settings.db_url(db)) as store:
            ledger = store.ledger()
            urls = {s.document.id: s.document.url for s in store.documents()}
            corrections = store.corrections()
        text = exports.export(ledger, fmt, urls, corrections)
        if output is None:
            typer.echo(text, nl=False)
        else:
            with atomic_writer(output) as out:
                out.write(text)


@app.command("rebuild")
def rebuild_command(db: Database = None) -> None:
    """Rebuild the whole ledger from the stored documents and corrections, store it, and check
    that it equals the ledger stored before (what ingests keep up to date): says so, or names
    the first difference and exits 1."""
    with user_errors():
        with open_store(settings.db_url(db), create=False) as store:
            found = rebuild_and_compare(store)
    if found is not None:
        typer.echo(f"the stored ledger differed from a full rebuild: {found}; rebuilt", err=True)
        raise typer.Exit(1)
    typer.echo("the stored ledger equals a full rebuild")
