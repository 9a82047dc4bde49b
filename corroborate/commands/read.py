"""``corroborate read``: what ingest would store for each document, without storing it."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer

from corroborate.commands.app import app
from corroborate.commands.terminal import Progress, user_errors
from corroborate.read import read_documents
from corroborate.records import Document

__all__ = ["READ_FIELDS", "document_line", "read_command"]

# The output's keys, in this order: the fields ingest stores for a document. Checks outside
# the repository read this format; change it only by adding keys.
READ_FIELDS = ("id", "title", "published", "url", "outlet", "text")


def document_line(document: Document) -> str:
    """One output line, newline included: the document's stored fields as a JSON object."""
    row = {field: getattr(document, field) for field in READ_FIELDS}
    return json.dumps(row, ensure_ascii=False) + "\n"


@app.command("read")
def read_command(
    paths: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="PATH...",
            show_default=False,
            readable=False,  # checked by the reader, which says what to do in one line
            help=(
                "Files or folders, as for ingest: .jsonl, .txt, .html, .pdf, or folders of"
                " them. None or '-': JSON Lines from standard input."
            ),
        ),
    ] = None,
    skip_errors: Annotated[
        bool,
        typer.Option(
            "--skip-errors",
            help="Skip bad input, reporting each on stderr, instead of stopping at the first.",
        ),
    ] = False,
) -> None:
    """Print each document exactly as ingest would store it, one JSON line per document.

    Each line is {"id", "title", "published", "url", "outlet", "text"}: for a web page, the
    main text the reader kept (what the ledger's offsets will point into), the headline and
    the publication date it found. Nothing is extracted or stored; no model is loaded.
    """
    with user_errors():
        with Progress("reading", None) as progress:
            documents = read_documents(
                list(paths or []),
                skip_errors=skip_errors,
                on_skip=progress.skipped,
                on_note=progress.note,
            )
            for document in documents:
                sys.stdout.write(document_line(document))
                sys.stdout.flush()
                progress.advance(document)
        progress.summary()
