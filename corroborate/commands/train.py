"""``corroborate train-cues``: retrain the cue detector from PolNeAR-format gold data."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated

import typer

from corroborate import settings
from corroborate.cli import SpacyModel, _check_output, _user_errors, app
from corroborate.errors import CorroborateError
from corroborate.nlp import pipeline
from corroborate.read import check_path


@app.command("train-cues")
def train_cues_command(
    train: Annotated[
        Path,
        typer.Option(
            "--train",
            metavar="GOLD.jsonl",
            help="Training data in the PolNeAR format (../shared/benchmarks/polnear/train.jsonl).",
        ),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            metavar="MODEL.json",
            help=(
                "Where to write the model. Point the component at it with the config"
                ' {"cue_model": PATH}, or copy it over corroborate/nlp/data/cue_model.json'
                " to ship it."
            ),
        ),
    ],
    seed: Annotated[
        int, typer.Option("--seed", help="Random seed (the fit is deterministic).")
    ] = 0,
    spacy_model: SpacyModel = None,
) -> None:
    """Train the cue detector: logistic regression over parse features of each token.

    Parses the training texts with the spaCy pipeline (a few minutes for PolNeAR train on
    two cores), labels each token by whether it heads a gold cue, and writes the weights as
    JSON. Needs scikit-learn (pip install 'corroborate[train]'); extraction does not.
    """
    with _user_errors():
        check_path(train)
        _check_output(out, [train])
        try:
            import sklearn  # noqa: F401
        except ImportError as err:
            raise CorroborateError(
                "training needs scikit-learn; pip install 'corroborate[train]' and run again"
            ) from err
        from corroborate.nlp.train_cues import train_cue_model

        nlp = pipeline.load_bare(settings.spacy_model(spacy_model))
        model = train_cue_model(train, nlp, seed=seed, log=lambda m: typer.echo(m, err=True))
        out.write_text(json.dumps(model.to_json(), sort_keys=True), encoding="utf-8")
        typer.echo(f"wrote {out} ({len(model.weights)} weights)", err=True)
