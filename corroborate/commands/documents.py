"""``corroborate documents`` and ``corroborate remove``: list the stored documents, and remove
some (a mistaken or retracted article, a duplicate) with everything stored from them.

Removal is ``ledger.store.remove``: the documents and their rows deleted and the ledger
brought up to date, in one transaction. Corrections by hand are never removed with a
document: one whose entities or allegation are gone is reported, stays in force and applies
again when a document brings back what it names (``ledger.corrections.orphaned``).
"""

from __future__ import annotations

import json
from typing import Annotated

import typer

from corroborate import settings
from corroborate.commands.app import app
from corroborate.commands.options import Database
from corroborate.commands.terminal import user_errors
from corroborate.ledger.store import Removed, remove
from corroborate.store import open_for_reading, open_store

__all__ = ["documents_command", "removal_lines", "remove_command"]


@app.command("documents")
def documents_command(
    db: Database = None,
    as_json: Annotated[
        bool,
        typer.Option(
            "--json", help='One JSON object per line: {"id", "published", "outlet", "title"}.'
        ),
    ] = False,
) -> None:
    """List the stored documents by id, with their date, outlet and title (tab-separated).

    The ids are what ``corroborate remove`` and the web app's document pages take; --json
    writes them exactly, whatever characters they hold.
    """
    with user_errors():
        with open_for_reading(settings.db_url(db)) as store:
            found = store.document_list()
    for id_, published, outlet, title in found:
        if as_json:
            row = {"id": id_, "published": published, "outlet": outlet, "title": title}
            typer.echo(json.dumps(row, ensure_ascii=False))
        else:
            # One line each whatever a title holds, ids first and as stored, for cut and
            # xargs (an id with a tab or a line break in it: --json).
            fields = [published or "", outlet or "", title or ""]
            typer.echo("\t".join([id_, *(" ".join(f.split()) for f in fields)]))


@app.command("remove")
def remove_command(
    document_ids: Annotated[
        list[str],
        typer.Argument(
            metavar="DOC_ID...",
            show_default=False,
            help="Ids of stored documents (corroborate documents lists them).",
        ),
    ],
    db: Database = None,
    dry_run: Annotated[
        bool,
        typer.Option(
            "--dry-run",
            help="Say what would be removed and how the ledger would change; change nothing.",
        ),
    ] = False,
) -> None:
    """Remove stored documents with everything stored from them (attributions, mentions,
    claims, figures) and bring the ledger up to date, in one transaction.

    The ledger afterwards is what a full rebuild gives (corroborate rebuild checks it), and
    a failure leaves the store as it was. An id the store does not hold is an error, and then
    nothing is removed. Corrections by hand stay: one whose entities or allegation are gone is
    listed, stays in force and applies again if a document brings them back (corroborate
    correct undo drops it). Ingesting a removed document again restores its part of the ledger.
    """
    with user_errors():
        with open_store(settings.db_url(db), create=False) as store:
            before = store.counts()
            done = remove(store, document_ids, commit=not dry_run)
            shown = store.url
    for line in removal_lines(done, before, shown, dry_run=dry_run):
        typer.echo(line)


def removal_lines(done: Removed, before: dict[str, int], store: str, *, dry_run: bool) -> list[str]:
    """What ``corroborate remove`` prints: the rows removed, the ledger's change, how it
    was brought up to date, and each correction by hand that now changes nothing."""
    rows = done.rows
    parts = ", ".join(f"{n:,} {table}" for table, n in rows.items() if table != "documents")
    verb = "would remove" if dry_run else "removed"
    noun = "document" if rows["documents"] == 1 else "documents"
    lines = [f"{verb} {rows['documents']:,} {noun} ({parts}) from {store}"]
    entities, allegations = len(done.ledger.entities), len(done.ledger.allegations)
    if done.update is not None:
        how = (f"updated, {len(done.update.stepped)} of {done.update.documents} documents"
               " stepped again")  # fmt: skip
    else:
        how = f"rebuilt whole: {done.reason}"
    lines.append(
        f"ledger: {before['entities']:,} -> {entities:,} entities,"
        f" {before['allegations']:,} -> {allegations:,} allegations ({how})"
    )
    names = {e.id: e.name for e in done.ledger.entities}
    for c in done.orphaned:
        lines.append(
            f"correction {c.id} ({c.describe(lambda i: names.get(i, i))}: {c.reason})"
            f" {'would change' if dry_run else 'changes'} nothing: what it names is gone; it"
            " stays in force and applies again if a document brings it back (corroborate"
            f" correct undo {c.id} drops it)"
        )
    return lines
