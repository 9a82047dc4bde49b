"""``corroborate train`` (the attribution tagger) and ``train-cues`` (the cue detector)."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path
from typing import Annotated

import typer

from corroborate import settings
from corroborate.commands.app import app
from corroborate.commands.options import SpacyModel
from corroborate.commands.terminal import check_output, user_errors
from corroborate.errors import CorroborateError, OutputError
from corroborate.nlp.tagger.settings import SECOND_PASS, TrainSettings
from corroborate.read import check_path
from corroborate.write import atomic_writer

TrainFile = Annotated[
    Path,
    typer.Option(
        "--train",
        metavar="GOLD.jsonl",
        help="Training data in the PolNeAR format (../shared/benchmarks/polnear/train.jsonl).",
    ),
]


@app.command("train-cues")
def train_cues_command(
    train: TrainFile,
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
    with user_errors():
        check_path(train)
        check_output(out, [train])
        try:
            import sklearn  # noqa: F401
        except ImportError as err:
            raise CorroborateError(
                "training needs scikit-learn; pip install 'corroborate[train]' and run again"
            ) from err
        from corroborate.nlp import pipeline  # spaCy only for the commands that parse
        from corroborate.nlp.train_cues import train_cue_model

        nlp = pipeline.load_bare(settings.spacy_model(spacy_model))
        # Opened first, so that a folder that cannot be written fails before the training.
        with atomic_writer(out) as written:
            model = train_cue_model(train, nlp, seed=seed, log=lambda m: typer.echo(m, err=True))
            written.write(json.dumps(model.to_json(), sort_keys=True))
        typer.echo(f"wrote {out} ({len(model.weights)} weights)", err=True)


_DEFAULTS = TrainSettings()


def _settings(iterations: int, second_iterations: int) -> TrainSettings:
    return replace(
        _DEFAULTS,
        first=replace(_DEFAULTS.first, iterations=iterations),
        second=replace(SECOND_PASS, iterations=second_iterations) if second_iterations else None,
    )


@app.command("train")
def train_command(
    train: TrainFile,
    dev: Annotated[
        Path,
        typer.Option(
            "--dev",
            metavar="GOLD.jsonl",
            help="Dev data in the same format: scored at each logged iteration and at the end.",
        ),
    ],
    out: Annotated[
        Path,
        typer.Option(
            "--out",
            metavar="DIR",
            help=(
                "Folder to write the tagger to (attribution_tagger.crfsuite, .stage2.crfsuite"
                " and .json). Use it with --model DIR, or copy the files into"
                " corroborate/nlp/data/ to ship them."
            ),
        ),
    ],
    iterations: Annotated[
        int,
        typer.Option(
            "--iterations",
            min=1,
            help="L-BFGS iterations of the first pass (each a pass over the data).",
        ),
    ] = _DEFAULTS.first.iterations,
    second_iterations: Annotated[
        int,
        typer.Option(
            "--second-iterations",
            min=0,
            help="L-BFGS iterations of the second pass; 0 trains a one-pass tagger.",
        ),
    ] = SECOND_PASS.iterations,
    limit: Annotated[
        int | None,
        typer.Option(
            "--limit", min=1, metavar="N", help="Use only the first N documents of each file."
        ),
    ] = None,
    scorer: Annotated[
        Path | None, typer.Option("--scorer", metavar="PATH", help=settings.SCORER_HELP)
    ] = None,
    spacy_model: SpacyModel = None,
) -> None:
    """Train the attribution tagger: two CRFs over parse features and the rules' roles.

    Parses both files with the spaCy pipeline (about 4 minutes for PolNeAR train on two
    cores); fits the first-pass CRF (about 9 minutes), then cross-fits it on two halves of
    the training data (about 11 minutes) to train the second pass, which also reads the first
    pass's tags (about 7 minutes): 32 minutes in all, 4.2 GB of memory. Logs dev tag F1
    every 10 iterations and ends with the official scorer's dev figures, also written into
    DIR/attribution_tagger.json. L-BFGS has
    no random state and the folds are fixed: the same inputs give the same model, so no seed
    is needed.
    """
    with user_errors():
        from corroborate import evaluate
        from corroborate.nlp.cues import load_cue_model
        from corroborate.nlp.tagger.train import train_tagger

        check_path(train)
        check_path(dev)
        if out.exists() and not out.is_dir():
            raise OutputError(f"{out}: is a file; pass a folder name to --out")
        module = evaluate.load_scorer(evaluate.locate_scorer(scorer))
        from corroborate.nlp import pipeline  # spaCy only for the commands that parse

        nlp = pipeline.load_bare(settings.spacy_model(spacy_model))
        trained = train_tagger(
            train,
            dev,
            out,
            nlp,
            load_cue_model(),
            module,
            _settings(iterations, second_iterations),
            limit=limit,
            log=lambda m: typer.echo(m, err=True),
        )
        typer.echo(f"wrote {trained.directory}; use it with --model {trained.directory}", err=True)
