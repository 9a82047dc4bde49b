"""Train the attribution tagger (``corroborate train``): parse, describe, fit a CRF, score.

Every token of the training texts gets the features of ``features.py`` (which include the
rule extractor's roles) and a gold BIO tag; CRFsuite fits a linear-chain CRF by L-BFGS, which
has no random state, so the same data and settings give the same model bytes. Dev tag figures
are logged as training goes; the dev attribution figures of the official scorer come last
and are written into the model's metadata.
"""

from __future__ import annotations

import json
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

import pycrfsuite
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.nlp.attribution import extract_from_doc, rule_attributions
from corroborate.nlp.cues import CueModel
from corroborate.nlp.quotes import find_quotations
from corroborate.nlp.spans import token_ids
from corroborate.nlp.tagger.apply import rule_roles
from corroborate.nlp.tagger.features import document_features
from corroborate.nlp.tagger.model import META_FILE, MODEL_FILE, NAME, TaggerModel
from corroborate.nlp.tagger.tags import LABELS, encode
from corroborate.read import read_documents

Log = Callable[[str], None]
VERSION = "1"


@dataclass(frozen=True)
class TrainSettings:
    """The CRF's settings; the defaults are the ones the shipped model was trained with."""

    # Chosen on PolNeAR dev (README, "How the model was chosen"): strong regularisation,
    # since the model overfits the training articles well before L-BFGS converges.
    iterations: int = 150
    c1: float = 1.0  # L1: keeps the model small by zeroing rare features
    c2: float = 3.0  # L2
    min_frequency: int = 2  # features seen fewer times in training are dropped
    log_every: int = 10


@dataclass
class Trained:
    """What training produced: where the model is and what it scored."""

    directory: Path
    meta: dict[str, Any] = field(default_factory=dict)


def gold_tags(doc: Doc, attributions: list[dict[str, Any]]) -> list[str]:
    """BIO tags for the gold attributions of a PolNeAR row, on the tokens of ``doc``."""
    as_tokens = [
        {
            role: sorted(token_ids(doc, attribution.get(key) or []))
            for role, key in (("S", "source"), ("C", "cue"), ("T", "content"))
        }
        for attribution in attributions
    ]
    return encode(len(doc), as_tokens, skip={t.i for t in doc if t.is_space})


def _rows(path: Path) -> list[dict[str, Any]]:
    """The rows of a PolNeAR-format file, checked by the document reader (file:line errors)."""
    ids = {document.id for document in read_documents([path], skip_errors=False)}
    rows = []
    with path.open(encoding="utf-8") as lines:
        for line in lines:
            if line.strip():
                row = json.loads(line)
                if str(row.get("id")) in ids:
                    rows.append(row)
    return rows


def featurised(
    rows: list[dict[str, Any]], nlp: Language, cue_model: CueModel, batch_size: int = 16
) -> Iterator[tuple[Doc, list[list[str]], list[str]]]:
    """Each row's parse, token features and gold tags."""
    texts = (row["text"] for row in rows)
    for row, doc in zip(rows, nlp.pipe(texts, batch_size=batch_size), strict=True):
        quotations = find_quotations(doc.text)
        probabilities = cue_model.probabilities(doc)
        placed = rule_attributions(doc, cue_model, quotations, probabilities)
        features = document_features(doc, rule_roles(doc, placed), probabilities, quotations)
        yield doc, features, gold_tags(doc, row.get("attributions") or [])


def train_tagger(
    train_path: Path,
    dev_path: Path,
    out: Path,
    nlp: Language,
    cue_model: CueModel,
    scorer: ModuleType,
    settings: TrainSettings = TrainSettings(),
    *,
    limit: int | None = None,
    log: Log = print,
) -> Trained:
    """Fit the tagger on ``train_path``, report on ``dev_path``, write it to ``out``.

    ``limit`` keeps the first N documents of each file (for smoke tests). ``nlp`` is a bare
    spaCy pipeline (tagger, parser, NER); ``scorer`` the official scorer module.
    """
    started = time.perf_counter()
    train_rows = _rows(train_path)[:limit]
    dev_rows = _rows(dev_path)[:limit]
    trainer = _LoggingTrainer(log, settings.log_every)
    tokens = 0
    for k, (_doc, features, tags) in enumerate(featurised(train_rows, nlp, cue_model), 1):
        trainer.append(features, tags, 0)
        tokens += len(tags)
        if k % 100 == 0:
            log(f"parsed {k}/{len(train_rows)} training documents ({_since(started)})")
    dev_docs = []
    for doc, features, tags in featurised(dev_rows, nlp, cue_model):
        trainer.append(features, tags, 1)  # group 1: the holdout scored at each iteration
        dev_docs.append(doc)
    log(
        f"parsed {len(train_rows)} training documents ({tokens} tokens) and {len(dev_rows)}"
        f" dev documents ({_since(started)})"
    )
    trainer.set_params(
        {
            "c1": settings.c1,
            "c2": settings.c2,
            "max_iterations": settings.iterations,
            "feature.possible_transitions": True,
            "feature.minfreq": settings.min_frequency,
        }
    )
    out.mkdir(parents=True, exist_ok=True)
    model_path = out / MODEL_FILE
    trainer.train(str(model_path), holdout=1 if dev_rows else -1)
    log(f"trained {settings.iterations} iterations ({_since(started)})")

    meta: dict[str, Any] = {
        "name": NAME,
        "version": VERSION,
        "trained_on": train_path.name,
        "train_documents": len(train_rows),
        "train_tokens": tokens,
        "labels": list(LABELS),
        "settings": settings.__dict__,
        "cue_model_version": cue_model.version,
        "spacy_pipeline": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}"
        f" {nlp.meta.get('version')}",
    }
    tagger = TaggerModel(model_path, meta)
    predictions = {
        str(row["id"]): {
            "attributions": [a.to_json() for a in extract_from_doc(doc, cue_model, tagger)]
        }
        for row, doc in zip(dev_rows, dev_docs, strict=True)
    }
    gold = {str(row["id"]): row for row in dev_rows}
    figures = scorer.score(gold, predictions)
    meta["dev"] = {"file": dev_path.name, "documents": len(dev_rows), **figures}
    (out / META_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True), encoding="utf-8")
    log(
        f"dev: triple soft F1 {figures['triple_soft_f1']:.3f}; role exact F1 source"
        f" {figures['role_exact_source_f1']:.3f}, cue {figures['role_exact_cue_f1']:.3f},"
        f" content {figures['role_exact_content_f1']:.3f} ({_since(started)})"
    )
    return Trained(out, meta)


def _since(started: float) -> str:
    return f"{time.perf_counter() - started:.0f}s"


class _LoggingTrainer(pycrfsuite.Trainer):
    """Logs the loss and the dev (holdout) tag F1 every few iterations."""

    def __init__(self, log: Log, every: int) -> None:
        # verbose: CRFsuite reports events only then; the ones not overridden print.
        super().__init__(verbose=True)
        self._log = log
        self._every = every

    def message(self, message: str) -> None:
        event = self.logparser.feed(message)
        if event == "iteration":
            self.on_iteration(self.logparser.last_log, self.logparser.last_iteration)
        elif event == "prepare_error":
            self._log(self.logparser.last_log.strip())

    def on_iteration(self, log: str, info: dict[str, Any]) -> None:
        number = info.get("num", 0)
        if number % self._every:
            return
        scores = info.get("scores") or {}
        role_f1 = {
            label: score.f1
            for label, score in scores.items()
            if label != "O" and score.f1 is not None
        }
        macro = sum(role_f1.values()) / len(role_f1) if role_f1 else 0.0
        self._log(
            f"iteration {number}: loss {info.get('loss', 0):.0f}, dev tag macro F1"
            f" {macro:.3f} ({', '.join(f'{k} {v:.2f}' for k, v in sorted(role_f1.items()))})"
        )
