"""Evaluate extraction against gold attributions with the official scorer.

The metric is defined by one script, score_attributions.py, kept outside the package. It is
imported from where it lies rather than reimplemented, so that the figures printed here are the
figures everyone else reports, and a fix to the metric reaches us without a copy to update.
"""

from __future__ import annotations

import contextlib
import importlib.util
import io
import os
from collections.abc import Callable
from pathlib import Path
from types import ModuleType
from typing import Any

from spacy.language import Language

from corroborate import extract, settings
from corroborate.errors import ScorerNotFoundError
from corroborate.read import read_documents
from corroborate.records import Document
from corroborate.write import atomic_writer, prediction_line

SCORER_NAME = "score_attributions.py"
_SHARED_SCORER = Path("..") / "shared" / "tools" / SCORER_NAME
_REPO = Path(__file__).resolve().parent.parent


def scorer_candidates(explicit: Path | None = None) -> list[Path]:
    """Where the scorer is looked for, in order: --scorer, $CORROBORATE_SCORER, shared/."""
    if explicit is not None:
        return [explicit]  # named by the user: looking elsewhere would hide a typo
    env = os.environ.get(settings.SCORER_ENV)
    if env:
        return [Path(env)]
    return [Path.cwd() / _SHARED_SCORER, _REPO / _SHARED_SCORER]


def locate_scorer(explicit: Path | None = None) -> Path:
    """The scorer script's path; ScorerNotFoundError, saying where it looked, if none exists."""
    candidates = scorer_candidates(explicit)
    for path in candidates:
        if path.is_file():
            return path
    looked = ", ".join(str(p) for p in candidates)
    raise ScorerNotFoundError(
        f"the scorer {SCORER_NAME} was not found (looked at {looked}); pass --scorer PATH"
        f" or set ${settings.SCORER_ENV}"
    )


def load_scorer(path: Path) -> ModuleType:
    """Import the scorer script as a module; it must define load(), score() and main()."""
    spec = importlib.util.spec_from_file_location("corroborate_official_scorer", path)
    if spec is None or spec.loader is None:
        raise ScorerNotFoundError(f"{path}: cannot be imported as Python; pass --scorer PATH")
    module = importlib.util.module_from_spec(spec)
    try:
        spec.loader.exec_module(module)
    except Exception as err:  # any failure inside a foreign script means: not usable
        raise ScorerNotFoundError(
            f"{path}: importing it failed ({type(err).__name__}: {err}); pass --scorer PATH"
        ) from err
    missing = [
        name for name in ("load", "score", "main") if not callable(getattr(module, name, None))
    ]
    if missing:
        raise ScorerNotFoundError(
            f"{path}: not the attribution scorer (no {', '.join(missing)}()); pass --scorer PATH"
        )
    return module


def predict(
    gold: Path,
    predictions: Path,
    nlp: Language,
    *,
    batch_size: int = 16,
    on_document: Callable[[Document, int], None] | None = None,
) -> int:
    """Extract from every document of ``gold`` into ``predictions`` (JSONL); the count.

    ``on_document(document, n_attributions)`` is called after each one (for progress bars).
    """
    count = 0
    documents = read_documents([gold], skip_errors=False)
    with atomic_writer(predictions) as out:
        for document, attributions in extract.extract_documents(
            documents, nlp, batch_size=batch_size
        ):
            out.write(prediction_line(document, attributions))
            count += 1
            if on_document is not None:
                on_document(document, len(attributions))
    return count


def score(scorer: ModuleType, gold: Path, predictions: Path) -> dict[str, Any]:
    """The scorer's figures for ``predictions`` against ``gold``, as its --json prints them."""
    result: dict[str, Any] = scorer.score(scorer.load(str(gold)), scorer.load(str(predictions)))
    return result


def report(scorer: ModuleType, gold: Path, predictions: Path, *, as_json: bool = False) -> str:
    """Exactly what the scorer's own command line prints (with --json when ``as_json``)."""
    argv = [SCORER_NAME, str(gold), str(predictions)] + (["--json"] if as_json else [])
    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        scorer.main(argv)
    return buffer.getvalue()
