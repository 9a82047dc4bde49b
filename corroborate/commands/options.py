"""Options several commands share, declared once (a leaf module: it imports no command)."""

from __future__ import annotations

from typing import Annotated

import typer

from corroborate import settings

__all__ = ["AttributionModel", "BatchSize", "Database", "SpacyModel"]

# ``--db URL``: the store a command reads or writes (``settings.db_url`` picks the default).
Database = Annotated[str | None, typer.Option("--db", metavar="URL", help=settings.DB_HELP)]

SpacyModel = Annotated[
    str | None, typer.Option("--spacy-model", metavar="NAME", help=settings.SPACY_MODEL_HELP)
]
AttributionModel = Annotated[
    str | None,
    typer.Option("--model", metavar="accurate|fast|DIR", help=settings.MODEL_HELP),
]
BatchSize = Annotated[
    int,
    typer.Option(
        "--batch-size",
        min=1,
        metavar="N",
        help="Documents handed to spaCy at a time: larger is faster, up to memory limits.",
    ),
]
