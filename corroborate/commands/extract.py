"""``corroborate extract``: attributions (who said what) of documents, as JSON lines."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Annotated, TextIO

import typer

from corroborate.commands.app import app
from corroborate.commands.options import AttributionModel, BatchSize, SpacyModel
from corroborate.commands.terminal import (
    Progress,
    check_output,
    count_documents,
    has_stdin,
    user_errors,
)
from corroborate.read import read_documents
from corroborate.records import Attribution, Document
from corroborate.write import atomic_writer, prediction_line

__all__ = ["extract_command"]


@app.command("extract")
def extract_command(
    files: Annotated[
        list[Path] | None,
        typer.Argument(
            metavar="FILE...",
            show_default=False,
            help=(
                'Documents to read: .jsonl (one JSON object per line with "id" and "text";'
                ' "url", "outlet", "published", "title" are kept) or .txt (one document per'
                " file, its id the file name). None or '-': JSON Lines from standard input."
            ),
        ),
    ] = None,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="FILE",
            help=(
                "Write the results to FILE instead of standard output. FILE is replaced only"
                " when every document is done, so a failed run never leaves half a file."
            ),
        ),
    ] = None,
    skip_errors: Annotated[
        bool,
        typer.Option(
            "--skip-errors",
            help=(
                "Skip bad input lines (invalid JSON, no id or text, not UTF-8) and empty or"
                " binary .txt files, reporting each on stderr, instead of stopping at the first."
            ),
        ),
    ] = False,
    spacy_model: SpacyModel = None,
    model: AttributionModel = None,
    batch_size: BatchSize = 16,
) -> None:
    """Extract attributions (who said what) from documents.

    Writes one JSON line per document, in input order:
    {"id": ..., "attributions": [{"source", "cue", "content", "source_name", "kind",
    "setting", "target", "quantities"}, ...]}, where source, cue and content are lists of
    [start, end] character offsets into the document's text.

    Input files are checked in full before extraction starts, so a bad line stops the run in
    seconds rather than hours in. Without --skip-errors, the first bad line ends the run with
    exit status 1: with --output nothing is written; on standard output (standard input
    cannot be checked ahead) the documents before it have already been printed.
    """
    with user_errors():
        paths = list(files or [])
        if output is not None:
            check_output(output, paths)
        # Check (and count, for the progress bar) file input before the slow part starts.
        total = count_documents(paths, skip_errors) if paths and not has_stdin(paths) else None
        from corroborate import extract
        from corroborate.nlp import pipeline

        nlp = pipeline.load_pipeline(spacy_model, model)
        with Progress("extracting", total) as progress:
            documents = read_documents(paths, skip_errors=skip_errors, on_skip=progress.skipped)
            results = extract.extract_documents(documents, nlp, batch_size=batch_size)
            if output is None:
                _write_results(results, sys.stdout, progress, flush=True)
            else:
                with atomic_writer(output) as out:
                    _write_results(results, out, progress, flush=False)
        progress.summary()


def _write_results(
    results: Iterator[tuple[Document, list[Attribution]]],
    out: TextIO,
    progress: Progress,
    *,
    flush: bool,
) -> None:
    for document, attributions in results:
        out.write(prediction_line(document, attributions))
        if flush:  # a pipe's reader sees each document as soon as it is done
            out.flush()
        progress.advance(document, len(attributions))
