"""``corroborate ingest``: read, extract and store documents in the evidence store."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Annotated

import typer

from corroborate import settings
from corroborate.commands.app import app
from corroborate.commands.options import AttributionModel, BatchSize, Database, SpacyModel
from corroborate.commands.terminal import Progress, count_documents, has_stdin, user_errors
from corroborate.errors import WorkerError
from corroborate.ledger.store import update
from corroborate.ledger.update import Update
from corroborate.store import Store, open_store


@app.command("ingest")
def ingest_command(
    paths: Annotated[
        list[Path],
        typer.Argument(
            metavar="PATH...",
            show_default=False,
            readable=False,  # checked by the reader, which says what to do in one line
            help=(
                'Files or folders to ingest: .jsonl (one JSON object per line with "id" and'
                ' "text"; "url", "outlet", "published", "title" are kept), .txt, .html, .pdf'
                " (one document per file, its id the file name), or folders of them (read"
                " recursively, hidden files left out). '-': JSON Lines from standard input."
            ),
        ),
    ],
    db: Database = None,
    skip_errors: Annotated[
        bool,
        typer.Option(
            "--skip-errors",
            help=(
                "Skip bad input (invalid JSON lines, repeated ids, unreadable or empty files"
                " and folders, broken links, bad encodings), reporting each on stderr, instead"
                " of stopping at the first."
            ),
        ),
    ] = False,
    spacy_model: SpacyModel = None,
    model: AttributionModel = None,
    batch_size: BatchSize = 16,
    workers: Annotated[
        int | None,
        typer.Option(
            "--workers",
            min=1,
            metavar="N",
            help=(
                "Processes that extract (about 600 MB each at peak); 1: this process only."
                " Default: one per CPU core, at most 4. Input that fits in one chunk is"
                " extracted in this process."
            ),
            show_default=False,
        ),
    ] = None,
    dask: Annotated[
        str | None,
        typer.Option(
            "--dask",
            metavar="tcp://HOST:PORT",
            help=(
                "Extract on the Dask cluster whose scheduler is at this address (pip install"
                " 'corroborate[dask]'; every worker needs the same corroborate). This process"
                " reads the input and stores the results."
            ),
        ),
    ] = None,
    verbose: Annotated[
        bool,
        typer.Option(
            "--verbose",
            help=(
                "Say on stderr how the ledger was brought up to date: updated (the new"
                " documents added, or some stepped again), or rebuilt whole and why."
            ),
        ),
    ] = False,
) -> None:
    """Read documents, extract their attributions and store both in the evidence store.

    Each document is committed on its own: a run that stops part-way (an error, Ctrl-C, a
    killed process) keeps every document stored so far, and running the same command again
    finishes the job. A document whose content is already stored is skipped before extraction;
    one whose text or metadata changed replaces its old extraction. Ends with one line:
    "ingested N documents (U unchanged, R replaced), A attributions into DB".
    """
    with user_errors():
        # Check the input first (and count it for the bar): a bad line fails in seconds, not
        # after an hour of extraction. Standard input can be read only once, so not there.
        if workers is not None and dask is not None:
            raise WorkerError("--workers and --dask exclude each other; pass one of them")
        total = None if has_stdin(paths) else count_documents(paths, skip_errors)
        # The pipeline's modules load here, not at import: every other command (ledger,
        # audit, --help) would pay seconds of spaCy for nothing.
        from corroborate.ingest import ingest_paths
        from corroborate.nlp import pipeline
        from corroborate.run import open_runner

        with open_store(settings.db_url(db)) as store:
            nlp = pipeline.load_pipeline(spacy_model, model)
            runner = open_runner(nlp, workers=workers, dask=dask, batch_size=batch_size)
            with runner, Progress("ingesting", total) as progress:
                summary = ingest_paths(
                    paths,
                    store,
                    nlp,
                    skip_errors=skip_errors,
                    batch_size=batch_size,
                    on_skip=progress.skipped,
                    on_note=progress.note,
                    on_progress=progress.advance,
                    after_ingest=_ledger_hook(verbose),
                    runner=runner,
                )
            typer.echo(summary.line(store.url))


def _ledger_hook(verbose: bool) -> Callable[[Store], None]:
    def hook(store: Store) -> None:
        seen: list[Update] = []
        reason = update(store, seen.append)
        if verbose:
            done = f"rebuilt whole ({reason})" if reason is not None else _how(seen[0])
            typer.echo(f"ledger: {done}", err=True)

    return hook


def _how(found: Update) -> str:
    """How an update was made: the new documents added, or how many documents were stepped
    again after a fresh resolution (``ledger.restep``), why they were not just added, and
    whether resolution was scoped to the names they reach (``ledger.reached``) or why not."""
    if not found.whole:
        return "updated (added)"
    if found.wholly:
        resolved = f"every document resolved and the ledger assembled whole: {found.wholly}"
    elif found.unreached:
        resolved = f"every document resolved: {found.unreached}"
    else:
        resolved = "only the names they reach resolved again"
    return (f"updated ({len(found.stepped)} of {found.documents} documents stepped again:"
            f" {found.apart}; {resolved})")  # fmt: skip
