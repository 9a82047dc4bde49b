"""The ``corroborate`` command line: parse arguments, call the library, print.

Nothing here knows how extraction works. Every error meant for a user (a CorroborateError)
is printed as one red line on stderr, with exit status 1 and no traceback; Ctrl-C exits with
130, as shells expect. Results go to stdout or --output; progress and warnings go to stderr,
so that stdout can always be piped into another program.
"""

from __future__ import annotations

import os
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, Any, TextIO

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    Progress,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.text import Text

from corroborate import __version__, settings
from corroborate.errors import CorroborateError, InputError, OutputError
from corroborate.read import check_path, read_documents
from corroborate.read.gold import read_gold
from corroborate.records import Attribution, Document
from corroborate.store import open_for_reading
from corroborate.write import atomic_writer, json_text, prediction_line

app = typer.Typer(
    name="corroborate",
    help=(
        "Find who alleged, confessed, denied or ruled what in news text, with character"
        " offsets back into the text for every quote."
    ),
    no_args_is_help=True,
    # Markdown: docstring paragraphs are reflowed, and [start, end] is not read as a style tag.
    rich_markup_mode="markdown",
    add_completion=False,
    # Locals would print document text (possibly confidential) into bug reports.
    pretty_exceptions_show_locals=False,
)

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


def _version(value: bool) -> None:
    if value:
        typer.echo(f"corroborate {__version__}")
        raise typer.Exit()


@app.callback()
def main(
    version: Annotated[
        bool,
        typer.Option(
            "--version", callback=_version, is_eager=True, help="Print the version and exit."
        ),
    ] = False,
) -> None:
    """Find who alleged, confessed, denied or ruled what in news text.

    Every result carries character offsets into the document, so each quote can be checked
    against its source.
    """


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
    with _user_errors():
        paths = list(files or [])
        if output is not None:
            _check_output(output, paths)
        # Check (and count, for the progress bar) file input before the slow part starts.
        total = _count_documents(paths, skip_errors) if paths and not _has_stdin(paths) else None
        from corroborate import extract
        from corroborate.nlp import pipeline

        nlp = pipeline.load_pipeline(spacy_model, model)
        with _Progress("extracting", total) as progress:
            documents = read_documents(paths, skip_errors=skip_errors, on_skip=progress.skipped)
            results = extract.extract_documents(documents, nlp, batch_size=batch_size)
            if output is None:
                _write_results(results, sys.stdout, progress, flush=True)
            else:
                with atomic_writer(output) as out:
                    _write_results(results, out, progress, flush=False)
        progress.summary()


@app.command("info")
def info_command(
    as_json: Annotated[
        bool, typer.Option("--json", help="Print a JSON object instead of text.")
    ] = False,
    spacy_model: SpacyModel = None,
    model: AttributionModel = None,
    db: Annotated[
        str | None,
        typer.Option(
            "--db",
            metavar="URL",
            help="Also count what this evidence store holds (a file name or postgresql://...).",
        ),
    ] = None,
) -> None:
    """Show the versions and the spaCy pipeline corroborate runs.

    The JSON form is {"version", "spacy_model", "spacy_version", "components"}, where
    spacy_model is a name that spacy.load accepts: put it in a methods section, or pass it
    to --spacy-model to reproduce a run. With --db it adds "database" (the URL, password
    hidden) and "counts": {"documents", "attributions", "entities", "allegations"}, the
    counts also as top-level keys of the same names.
    """
    with _user_errors():
        counts = None
        if db is not None:  # before the slow pipeline load: a wrong URL fails at once
            with open_for_reading(db) as store:
                counts, shown = store.counts(), store.url
        import spacy

        from corroborate.nlp import pipeline
        from corroborate.nlp.attribution import attribution_model_info

        nlp = pipeline.load_pipeline(spacy_model, model)
        attribution = attribution_model_info(nlp)
        data: dict[str, Any] = {
            "version": __version__,
            "spacy_model": pipeline.model_name(nlp),
            "spacy_version": spacy.__version__,
            "components": list(nlp.pipe_names),
            "attribution_model": attribution,
        }
        if counts is not None:
            data.update(database=shown, counts=counts, **counts)
        if as_json:
            typer.echo(json_text(data, indent=2))
        else:
            typer.echo(f"corroborate  {data['version']}")
            typer.echo(f"spaCy        {data['spacy_version']}")
            typer.echo(f"pipeline     {data['spacy_model']}")
            typer.echo(f"components   {', '.join(data['components'])}")
            typer.echo(
                f"attribution  {attribution['name']} {attribution['version']}"
                f" ({attribution['model']}, trained on {attribution['trained_on']})"
            )
            if counts is not None:
                typer.echo(f"database     {shown}")
                for table, count in counts.items():
                    typer.echo(f"{table:<13}{count}")


@app.command("eval")
def eval_command(
    gold: Annotated[
        Path,
        typer.Argument(
            metavar="GOLD.jsonl",
            show_default=False,
            help=(
                'Gold attributions in the PolNeAR format: one JSON object per line with "id",'
                ' "text" and "attributions".'
            ),
        ),
    ],
    as_json: Annotated[
        bool,
        typer.Option("--json", help="Print the scorer's figures as JSON (its --json output)."),
    ] = False,
    output: Annotated[
        Path | None,
        typer.Option(
            "--output",
            "-o",
            metavar="PRED.jsonl",
            help="Also keep the predictions in this file, for error analysis or re-scoring.",
        ),
    ] = None,
    scorer: Annotated[
        Path | None, typer.Option("--scorer", metavar="PATH", help=settings.SCORER_HELP)
    ] = None,
    spacy_model: SpacyModel = None,
    model: AttributionModel = None,
    batch_size: BatchSize = 16,
) -> None:
    """Score extraction against gold attributions with the official scorer.

    Extracts from the texts of GOLD.jsonl, then prints exactly what score_attributions.py
    prints for those predictions: precision, recall and F1 for content, per role, and the
    headline "triple soft F1" last.
    """
    with _user_errors():
        check_path(gold)
        if output is not None:
            _check_output(output, [gold])
        from corroborate import evaluate
        from corroborate.nlp import pipeline

        # Find the scorer before the slow extraction, not after it.
        module = evaluate.load_scorer(evaluate.locate_scorer(scorer))
        # Every gold attribution is checked before the slow extraction: the scorer would
        # otherwise fail on a malformed one only at the end, with a traceback.
        total = len(read_gold(gold))
        if not total:
            raise InputError(str(gold), None, "holds no documents", "pass a gold file to score")
        nlp = pipeline.load_pipeline(spacy_model, model)
        with tempfile.TemporaryDirectory(prefix="corroborate-eval-") as tmp:
            predictions = output if output is not None else Path(tmp) / "predictions.jsonl"
            with _Progress("extracting", total) as progress:
                evaluate.predict(
                    gold, predictions, nlp, batch_size=batch_size, on_document=progress.advance
                )
            sys.stdout.write(evaluate.report(module, gold, predictions, as_json=as_json))


@contextmanager
def _user_errors() -> Iterator[None]:
    """Turn the errors a user can act on into one line on stderr and an exit status."""
    try:
        yield
    except CorroborateError as err:
        _error(str(err))
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        _error("interrupted")
        raise typer.Exit(130) from None
    except BrokenPipeError:
        # The reader of stdout went away (`corroborate extract ... | head`): not an error.
        # Point stdout at devnull so that Python's exit-time flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(141) from None


def _error(message: str) -> None:
    # Collapsing whitespace keeps the promise of one line whatever a message holds.
    typer.secho("error: " + " ".join(message.split()), fg="red", err=True)


def _check_output(output: Path, inputs: list[Path]) -> None:
    for path in inputs:
        if not _is_stdin(path) and path.exists() and output.exists() and path.samefile(output):
            raise OutputError(
                f"{output}: is also an input file; write the results to another --output"
            )
    if output.is_dir():
        raise OutputError(f"{output}: is a folder; pass a file name to --output")


def _count_documents(paths: list[Path], skip_errors: bool) -> int:
    """Read every file once: raises on the first bad line (unless skipping) and counts."""
    return sum(1 for _ in read_documents(paths, skip_errors=skip_errors, on_skip=None))


def _has_stdin(paths: list[Path]) -> bool:
    return any(_is_stdin(p) for p in paths)


def _is_stdin(path: Path) -> bool:
    return str(path) == "-"


def _write_results(
    results: Iterator[tuple[Document, list[Attribution]]],
    out: TextIO,
    progress: _Progress,
    *,
    flush: bool,
) -> None:
    for document, attributions in results:
        out.write(prediction_line(document, attributions))
        if flush:  # a pipe's reader sees each document as soon as it is done
            out.flush()
        progress.advance(document, len(attributions))


class _Progress:
    """A progress bar on stderr when it is a terminal; warnings and a summary in any case."""

    def __init__(self, description: str, total: int | None) -> None:
        self.console = Console(stderr=True)
        self.bar: Progress | None = None
        if sys.stderr.isatty():
            self.bar = Progress(
                SpinnerColumn(),
                TextColumn("{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TimeElapsedColumn(),
                console=self.console,
                transient=True,
            )
            self.task = self.bar.add_task(description, total=total)
        self.documents = 0
        self.attributions = 0
        self.skips = 0

    def __enter__(self) -> _Progress:
        if self.bar is not None:
            self.bar.start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.bar is not None:
            self.bar.stop()

    def advance(self, document: Document, attributions: int = 0) -> None:
        self.documents += 1
        self.attributions += attributions
        if self.bar is not None:
            self.bar.advance(self.task)

    def skipped(self, err: InputError) -> None:
        self.skips += 1
        message = "skipped " + " ".join(str(err).split())
        if self.bar is not None:  # printed through the bar, so that the bar stays intact
            self.console.print(Text(message, style="yellow"), soft_wrap=True)
        else:
            typer.secho(message, fg="yellow", err=True)

    def note(self, message: str) -> None:
        """A remark on stderr that is not an error (a file a folder holds that is not read)."""
        if self.bar is not None:
            self.console.print(Text(message, style="dim"), soft_wrap=True)
        else:
            typer.echo(message, err=True)

    def summary(self) -> None:
        """One closing line on stderr, when it helps: on a terminal, or when lines were skipped."""
        if not (self.bar is not None or self.skips):
            return
        line = f"{self.documents} documents, {self.attributions} attributions"
        if self.skips:
            line += f", {self.skips} skipped (see above)"
        typer.secho(line, fg="yellow" if self.skips else None, err=True)


# Commands in their own modules register themselves on ``app`` when imported.
from corroborate.commands import (  # noqa: E402,F401
    audit,
    correct,
    documents,
    ingest,
    ledger,
    read,
    serve,
    train,
)
