"""The shipped attribution tagger: a CRF model file and its metadata, loaded once per process.

The model is two CRFs in CRFsuite's binary format, read by python-crfsuite:
``data/attribution_tagger.crfsuite`` tags every token from its own features, and
``data/attribution_tagger.stage2.crfsuite`` tags again, reading the first pass's tags and
marginals around each token (``stacking.py``). ``data/attribution_tagger.json`` beside them
holds the version, training data and the dev figures measured when they were trained.
``corroborate train --out DIR`` writes all three files to DIR; point the extractor at DIR to
use a model of your own. A DIR without the second file is a one-pass tagger.
"""

from __future__ import annotations

import json
import os
import tempfile
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pycrfsuite
from spacy.tokens import Doc

from corroborate.errors import ModelNotFoundError, OutputError
from corroborate.nlp.tagger.stacking import stacked_features
from corroborate.nlp.tagger.tags import LABELS

MODEL_FILE = "attribution_tagger.crfsuite"
SECOND_FILE = "attribution_tagger.stage2.crfsuite"
META_FILE = "attribution_tagger.json"
NAME = "corroborate-crf-tagger"


@dataclass
class TaggerModel:
    """A loaded CRF tagger (one or two passes) and what is known about it."""

    path: Path
    meta: dict[str, Any] = field(default_factory=dict)
    second_path: Path | None = None

    def __post_init__(self) -> None:
        self._tagger = _open(self.path)
        self._second = None if self.second_path is None else _open(self.second_path)

    @property
    def version(self) -> str:
        return str(self.meta.get("version", "0"))

    @property
    def trained_on(self) -> str:
        return str(self.meta.get("trained_on", ""))

    def tag(self, doc: Doc, features: list[list[str]]) -> list[str]:
        """One tag per token (``tags.LABELS``) for ``doc``, given its token features."""
        if not features:
            return []
        if self._second is None:
            return list(self._tagger.tag(features))
        return list(self._second.tag(second_pass_features(self._tagger, doc, features)))


def _open(path: Path) -> pycrfsuite.Tagger:
    tagger = pycrfsuite.Tagger()
    try:
        tagger.open(str(path))
    except (ValueError, OSError) as error:  # CRFsuite's "Invalid model file"
        raise ModelNotFoundError(
            f"{path}: not a CRFsuite model ({error}); retrain it with `corroborate train"
            " --out DIR` and pass that DIR, or use --model fast (rules only)"
        ) from error
    return tagger


def second_pass_features(
    first: pycrfsuite.Tagger, doc: Doc, features: list[list[str]]
) -> list[list[str]]:
    """Each token's features followed by the second-pass ones from ``first``'s tags and
    marginals (the input of the second CRF, at training and at tagging time)."""
    if not features:
        return []
    tags = list(first.tag(features))  # also readies the marginals of this sequence
    marginals = [[first.marginal(label, i) for label in LABELS] for i in range(len(tags))]
    stacked = stacked_features(doc, tags, marginals)
    return [a + b for a, b in zip(features, stacked, strict=True)]


def _shipped_dir() -> Path:
    return Path(str(resources.files("corroborate.nlp.data")))


@lru_cache(maxsize=4)
def load_tagger(directory: str | None = None) -> TaggerModel:
    """The shipped tagger, or the one ``corroborate train --out DIR`` wrote to ``directory``."""
    base = _shipped_dir() if directory is None else Path(directory)
    path = base / MODEL_FILE
    if not path.is_file():
        raise ModelNotFoundError(
            f"no attribution tagger at {path}; train one with `corroborate train --out DIR`"
            " and pass that DIR, or use --model fast (rules only)"
        )
    meta_path = base / META_FILE
    try:
        meta = json.loads(meta_path.read_text("utf-8")) if meta_path.is_file() else {}
    except ValueError as error:
        raise ModelNotFoundError(
            f"{meta_path}: not the tagger's metadata ({error}); write it again with"
            " `corroborate train --out DIR`, or use --model fast (rules only)"
        ) from error
    # The metadata says how many passes were trained, so a stale second file (a one-pass
    # model copied over a two-pass one) is not read with a first pass it was not fitted on;
    # without metadata the first pass is read alone.
    second = base / SECOND_FILE
    two_passes = second.is_file() and meta.get("passes") == 2
    return TaggerModel(path=path, meta=meta, second_path=second if two_passes else None)


def staging_folder(out: Path) -> Path:
    """A fresh folder beside ``out`` to train into: ``out`` changes only once the model is
    complete, so a failed or interrupted run leaves the previous model as it was."""
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        return Path(tempfile.mkdtemp(prefix=f".{out.name}.training-", dir=out.parent))
    except OSError as err:
        raise OutputError(
            f"{out}: cannot write here ({err.strerror}); pass --out a folder you can write to"
        ) from err


def install_model(work: Path, out: Path) -> None:
    """Move the trained files from ``work`` into ``out``, the old metadata out first and the
    new one in last: without metadata the loader reads the first pass alone, so a folder
    left half-installed (the machine went down) never pairs passes of two models."""
    try:
        out.mkdir(exist_ok=True)
        (out / META_FILE).unlink(missing_ok=True)
        for name in (MODEL_FILE, SECOND_FILE, META_FILE):
            if (work / name).exists():
                os.replace(work / name, out / name)
            else:
                (out / name).unlink(missing_ok=True)  # a stale second pass of an older model
    except OSError as err:
        raise OutputError(f"{out}: cannot write the model ({err.strerror})") from err
