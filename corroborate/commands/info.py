"""``corroborate info``: the versions and the spaCy pipeline corroborate runs."""

from __future__ import annotations

from typing import Annotated, Any

import typer

from corroborate import __version__
from corroborate.commands.app import app
from corroborate.commands.options import AttributionModel, SpacyModel
from corroborate.commands.terminal import user_errors
from corroborate.store import open_for_reading
from corroborate.write import json_text

__all__ = ["info_command"]


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
    with user_errors():
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
