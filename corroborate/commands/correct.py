"""``corroborate correct``: corrections by hand (merge, split, not-accused), list and undo.

Each correction is stored with its reason, author and time, and applied to the ledger on
this and every later rebuild (``ledger.corrections``); the ledger is rebuilt at once.
"""

from __future__ import annotations

import getpass
import json
import os
from typing import Annotated

import typer

from corroborate import settings
from corroborate.commands.app import app
from corroborate.commands.options import Database
from corroborate.commands.terminal import user_errors
from corroborate.ledger import correcting
from corroborate.ledger.corrections import Correction
from corroborate.store import Store, open_store

__all__ = ["correct_app"]

correct_app = typer.Typer(
    help="Correct the ledger by hand: merge or split entities, clear someone wrongly read as"
    " accused; list and undo corrections. Every correction survives rebuilds and re-ingests.",
    no_args_is_help=True,
)
app.add_typer(correct_app, name="correct")

Reason = Annotated[
    str, typer.Option("--reason", metavar="TEXT", help="Why: shown to readers with it.")
]
Author = Annotated[
    str | None,
    typer.Option("--author", metavar="NAME", help="Who corrects (default: $USER)."),
]


def _author(author: str | None) -> str:
    if author:
        return author
    try:
        return os.environ.get("CORROBORATE_AUTHOR") or getpass.getuser()
    except (KeyError, OSError):  # no user name in a bare container
        return "unknown"


def _done(store: Store, correction: Correction) -> None:
    names = {e.id: e.name for e in store.ledger().entities}
    what = correction.describe(lambda i: names.get(i, i))
    typer.echo(f"{correction.id}: {what} ({correction.reason}); the ledger is rebuilt")


@correct_app.command("merge")
def merge_command(
    entities: Annotated[
        list[str],
        typer.Argument(metavar="ENTITY ENTITY...", help="Ids or names; the first keeps its id."),
    ],
    reason: Reason,
    db: Database = None,
    author: Author = None,
) -> None:
    """Merge entities into the first one named, which keeps its id."""
    with user_errors(), open_store(settings.db_url(db), create=False) as store:
        c = correcting.merge(store, entities, reason, _author(author))
        _done(store, c)


@correct_app.command("split")
def split_command(
    entity: Annotated[str, typer.Argument(metavar="ENTITY", help="Id or name.")],
    alias: Annotated[
        str, typer.Option("--alias", metavar="NAME", help="The alias that is someone else.")
    ],
    reason: Reason,
    db: Database = None,
    author: Author = None,
) -> None:
    """Make one of an entity's aliases an entity of its own."""
    with user_errors(), open_store(settings.db_url(db), create=False) as store:
        c = correcting.split(store, entity, alias, reason, _author(author))
        _done(store, c)


@correct_app.command("not-accused")
def not_accused_command(
    allegation: Annotated[str, typer.Argument(metavar="ALLEGATION", help="Allegation id.")],
    entity: Annotated[str, typer.Argument(metavar="ENTITY", help="Id or name.")],
    reason: Reason,
    db: Database = None,
    author: Author = None,
) -> None:
    """Record that an entity is not accused in an allegation."""
    with user_errors(), open_store(settings.db_url(db), create=False) as store:
        c = correcting.not_accused(store, allegation, entity, reason, _author(author))
        _done(store, c)


@correct_app.command("list")
def list_command(
    db: Database = None,
    as_json: Annotated[bool, typer.Option("--json", help="One JSON object per line.")] = False,
) -> None:
    """Every correction, undone ones included, oldest first."""
    with user_errors(), open_store(settings.db_url(db), create=False) as store:
        corrections = store.corrections()
        names = {e.id: e.name for e in store.ledger().entities}
    if as_json:
        for c in corrections:
            typer.echo(json.dumps(c.to_json(), ensure_ascii=False))
        return
    if not corrections:
        typer.echo("no corrections")
    for c in corrections:
        state = f"undone {c.undone_at}" if c.undone_at else "in force"
        what = c.describe(lambda i: names.get(i, i))
        typer.echo(f"{c.id}  {c.created_at}  {c.author}  {what}: {c.reason} [{state}]")


@correct_app.command("undo")
def undo_command(
    correction_id: Annotated[str, typer.Argument(metavar="ID", help="From correct list.")],
    db: Database = None,
) -> None:
    """Stop applying a correction (it stays in the list, as undone)."""
    with user_errors(), open_store(settings.db_url(db), create=False) as store:
        c = correcting.undo(store, correction_id)
        typer.echo(f"{c.id}: undone; the ledger is rebuilt without it")
