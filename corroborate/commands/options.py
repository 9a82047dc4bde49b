"""Options several commands share, declared once (a leaf module: it imports no command)."""

from __future__ import annotations

from typing import Annotated

import typer

from corroborate import settings

__all__ = ["Database"]

# ``--db URL``: the store a command reads or writes (``settings.db_url`` picks the default).
Database = Annotated[str | None, typer.Option("--db", metavar="URL", help=settings.DB_HELP)]
