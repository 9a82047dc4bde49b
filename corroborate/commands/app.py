"""The ``corroborate`` application that every command module decorates (``corroborate.cli``
imports them all). A leaf module: it imports no command, so no command imports a module that
imports it back."""

from __future__ import annotations

from typing import Annotated

import typer

from corroborate import __version__

__all__ = ["app"]

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
