"""``corroborate eval``: extraction scored against gold attributions by the official scorer."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path
from typing import Annotated

import typer

from corroborate import settings
from corroborate.commands.app import app
from corroborate.commands.options import AttributionModel, BatchSize, SpacyModel
from corroborate.commands.terminal import Progress, check_output, user_errors
from corroborate.errors import InputError
from corroborate.read import check_path
from corroborate.read.gold import read_gold

__all__ = ["eval_command"]


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
    with user_errors():
        check_path(gold)
        if output is not None:
            check_output(output, [gold])
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
            with Progress("extracting", total) as progress:
                evaluate.predict(
                    gold, predictions, nlp, batch_size=batch_size, on_document=progress.advance
                )
            sys.stdout.write(evaluate.report(module, gold, predictions, as_json=as_json))
