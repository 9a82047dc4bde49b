"""The shipped attribution tagger: a CRF model file and its metadata, loaded once per process.

The model is ``data/attribution_tagger.crfsuite`` (CRFsuite's binary format, read by
python-crfsuite) with ``data/attribution_tagger.json`` beside it: version, training data and
the dev figures measured when it was trained. ``corroborate train --out DIR`` writes both
files to DIR; point the extractor at DIR to use a model of your own.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

import pycrfsuite

from corroborate.errors import ModelNotFoundError

MODEL_FILE = "attribution_tagger.crfsuite"
META_FILE = "attribution_tagger.json"
NAME = "corroborate-crf-tagger"


@dataclass
class TaggerModel:
    """A loaded CRF tagger and what is known about it."""

    path: Path
    meta: dict[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self._tagger = pycrfsuite.Tagger()
        self._tagger.open(str(self.path))

    @property
    def version(self) -> str:
        return str(self.meta.get("version", "0"))

    @property
    def trained_on(self) -> str:
        return str(self.meta.get("trained_on", ""))

    def tag(self, features: list[list[str]]) -> list[str]:
        """One tag per token (``tags.LABELS``) for one document's token features."""
        if not features:
            return []
        return list(self._tagger.tag(features))


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
    meta = json.loads(meta_path.read_text("utf-8")) if meta_path.is_file() else {}
    return TaggerModel(path=path, meta=meta)
