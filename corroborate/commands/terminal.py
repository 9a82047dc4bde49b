"""What every command does at the terminal (a leaf module: it imports no command): errors a
user can act on as one line on stderr with an exit status, a progress bar, checks of input
and output paths before the slow part starts."""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import typer
from rich.console import Console
from rich.progress import (
    BarColumn,
    MofNCompleteColumn,
    SpinnerColumn,
    TextColumn,
    TimeElapsedColumn,
)
from rich.progress import (
    Progress as Bar,
)
from rich.text import Text

from corroborate.errors import CorroborateError, InputError, OutputError
from corroborate.read import read_documents
from corroborate.records import Document

__all__ = [
    "Progress",
    "check_output",
    "count_documents",
    "error_line",
    "has_stdin",
    "is_stdin",
    "user_errors",
]


@contextmanager
def user_errors() -> Iterator[None]:
    """Turn the errors a user can act on into one line on stderr and an exit status."""
    try:
        yield
    except CorroborateError as err:
        error_line(str(err))
        raise typer.Exit(1) from None
    except KeyboardInterrupt:
        error_line("interrupted")
        raise typer.Exit(130) from None
    except BrokenPipeError:
        # The reader of stdout went away (`corroborate extract ... | head`): not an error.
        # Point stdout at devnull so that Python's exit-time flush does not fail again.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        raise typer.Exit(141) from None


def error_line(message: str) -> None:
    # Collapsing whitespace keeps the promise of one line whatever a message holds.
    typer.secho("error: " + " ".join(message.split()), fg="red", err=True)


def check_output(output: Path, inputs: list[Path]) -> None:
    for path in inputs:
        if not is_stdin(path) and path.exists() and output.exists() and path.samefile(output):
            raise OutputError(
                f"{output}: is also an input file; write the results to another --output"
            )
    if output.is_dir():
        raise OutputError(f"{output}: is a folder; pass a file name to --output")


def count_documents(paths: list[Path], skip_errors: bool) -> int:
    """Read every file once: raises on the first bad line (unless skipping) and counts."""
    return sum(1 for _ in read_documents(paths, skip_errors=skip_errors, on_skip=None))


def has_stdin(paths: list[Path]) -> bool:
    return any(is_stdin(p) for p in paths)


def is_stdin(path: Path) -> bool:
    return str(path) == "-"


class Progress:
    """A progress bar on stderr when it is a terminal; warnings and a summary in any case."""

    def __init__(self, description: str, total: int | None) -> None:
        self.console = Console(stderr=True)
        self.bar: Bar | None = None
        if sys.stderr.isatty():
            self.bar = Bar(
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

    def __enter__(self) -> Progress:
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
