"""Train the attribution tagger (``corroborate train``): parse, describe, fit two CRFs, score.

Every token of the training texts gets the features of ``features.py`` (which include the
rule extractor's roles) and a gold BIO tag; CRFsuite fits a linear-chain CRF by L-BFGS, the
first pass. The second pass is another CRF over the same features plus what the first pass
tagged around each token (``stacking.py``); its training tags come from cross-fitting, first
passes fitted on the other folds, so that it learns how the first pass errs on unseen text.
L-BFGS has no random state and the folds are fixed by document order, so the same data and
settings give the same model bytes. Dev tag figures are logged as training goes; the dev
attribution figures of the official scorer come last and are written into the metadata.
"""

from __future__ import annotations

import json
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import asdict, dataclass, field
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING, Any

import pycrfsuite

from corroborate.errors import InputError
from corroborate.nlp.attribution import extract_from_doc
from corroborate.nlp.cues import CueModel
from corroborate.nlp.quotes import find_quotations
from corroborate.nlp.rule_attributions import rule_attributions
from corroborate.nlp.spans import token_ids
from corroborate.nlp.tagger.apply import rule_roles
from corroborate.nlp.tagger.features import document_features
from corroborate.nlp.tagger.model import (
    META_FILE,
    MODEL_FILE,
    NAME,
    SECOND_FILE,
    TaggerModel,
    install_model,
    second_pass_features,
    staging_folder,
)
from corroborate.nlp.tagger.settings import CRFSettings, TrainSettings
from corroborate.nlp.tagger.tags import LABELS, encode
from corroborate.read.gold import read_gold, read_training_gold

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc

Log = Callable[[str], None]
DEFAULT_SETTINGS = TrainSettings()  # the settings the shipped model was trained with
VERSION = "2"


@dataclass
class Trained:
    """What training produced: where the model is and what it scored."""

    directory: Path
    meta: dict[str, Any] = field(default_factory=dict)


@dataclass
class _Example:
    doc: Doc
    features: list[list[str]]
    tags: list[str]


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
    """The rows of a PolNeAR-format file, every line checked first (file:line errors)."""
    return [gold.to_row() for gold in read_gold(path)]


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


def _examples(
    rows: list[dict[str, Any]], nlp: Language, cue_model: CueModel, log: Log, what: str
) -> list[_Example]:
    started = time.perf_counter()
    out = []
    for k, (doc, features, tags) in enumerate(featurised(rows, nlp, cue_model), 1):
        # Interned: the same few hundred thousand strings recur across all the documents,
        # which are held in memory for cross-fitting.
        interned = [[sys.intern(f) for f in token] for token in features]
        out.append(_Example(doc, interned, tags))
        if k % 100 == 0:
            log(f"parsed {k}/{len(rows)} {what} documents ({_since(started)})")
    return out


def train_tagger(
    train_path: Path,
    dev_path: Path,
    out: Path,
    nlp: Language,
    cue_model: CueModel,
    scorer: ModuleType,
    settings: TrainSettings = DEFAULT_SETTINGS,
    *,
    limit: int | None = None,
    log: Log = print,
) -> Trained:
    """Fit the tagger on ``train_path``, report on ``dev_path``, write it to ``out``.

    ``limit`` keeps the first N documents of each file (for smoke tests). ``nlp`` is a bare
    spaCy pipeline (tagger, parser, NER); ``scorer`` the official scorer module.
    """
    started = time.perf_counter()
    train_rows = [gold.to_row() for gold in read_training_gold(train_path)][:limit]
    dev_rows = _rows(dev_path)[:limit]
    if not dev_rows:
        raise InputError(str(dev_path), None, "holds no documents", "pass the dev gold file")
    work = staging_folder(out)
    try:
        trained = _train_into(
            work,
            train_path,
            dev_path,
            train_rows,
            dev_rows,
            nlp,
            cue_model,
            scorer,
            settings,
            started,
            log,
        )
        install_model(work, out)
    finally:
        shutil.rmtree(work, ignore_errors=True)
    return Trained(out, trained)


def _train_into(
    work: Path,
    train_path: Path,
    dev_path: Path,
    train_rows: list[dict[str, Any]],
    dev_rows: list[dict[str, Any]],
    nlp: Language,
    cue_model: CueModel,
    scorer: ModuleType,
    settings: TrainSettings,
    started: float,
    log: Log,
) -> dict[str, Any]:
    """Parse, fit both passes into ``work`` and score on dev; the metadata written."""
    train = _examples(train_rows, nlp, cue_model, log, "training")
    dev = _examples(dev_rows, nlp, cue_model, log, "dev")
    tokens = sum(len(example.tags) for example in train)
    log(
        f"parsed {len(train)} training documents ({tokens} tokens) and {len(dev)}"
        f" dev documents ({_since(started)})"
    )
    model_path = work / MODEL_FILE
    second_path = work / SECOND_FILE
    log("first pass:")
    _fit(
        [(e.features, e.tags) for e in train],
        [(e.features, e.tags) for e in dev],
        settings.first,
        model_path,
        log,
        settings.log_every,
    )
    log(f"trained the first pass ({_since(started)})")
    second = settings.second
    if second is not None and len(train) < 2 * settings.folds:
        log(f"{len(train)} training documents are too few to cross-fit; training one pass")
        second = None
    if second is not None:
        _fit_second_pass(train, dev, model_path, second_path, settings, second, log)
        log(f"trained the second pass ({_since(started)})")

    meta: dict[str, Any] = {
        "name": NAME,
        "version": VERSION,
        "trained_on": train_path.name,
        "train_documents": len(train_rows),
        "train_tokens": tokens,
        "labels": list(LABELS),
        "passes": 1 if second is None else 2,
        "settings": asdict(settings),
        "cue_model_version": cue_model.version,
        "spacy_pipeline": f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}"
        f" {nlp.meta.get('version')}",
    }
    tagger = TaggerModel(model_path, meta, second_path if second is not None else None)
    predictions = {
        str(row["id"]): {
            "attributions": [a.to_json() for a in extract_from_doc(e.doc, cue_model, tagger)]
        }
        for row, e in zip(dev_rows, dev, strict=True)
    }
    gold = {str(row["id"]): row for row in dev_rows}
    figures = scorer.score(gold, predictions)
    meta["dev"] = {"file": dev_path.name, "documents": len(dev_rows), **figures}
    (work / META_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True), encoding="utf-8")
    log(
        f"dev: triple soft F1 {figures['triple_soft_f1']:.3f}; role exact F1 source"
        f" {figures['role_exact_source_f1']:.3f}, cue {figures['role_exact_cue_f1']:.3f},"
        f" content {figures['role_exact_content_f1']:.3f} ({_since(started)})"
    )
    return meta


Sequences = list[tuple[list[list[str]], list[str]]]


def _fit(
    train: Sequences, holdout: Sequences, crf: CRFSettings, path: Path, log: Log, every: int
) -> None:
    """Fit one CRF on ``train``, logging tag F1 on ``holdout`` every ``every`` iterations."""
    trainer = _LoggingTrainer(log, every)
    for features, tags in train:
        trainer.append(features, tags, 0)
    for features, tags in holdout:
        trainer.append(features, tags, 1)  # group 1: the holdout scored at each iteration
    trainer.set_params(
        {
            "c1": crf.c1,
            "c2": crf.c2,
            "max_iterations": crf.iterations,
            "feature.possible_transitions": True,
            "feature.minfreq": crf.min_frequency,
        }
    )
    trainer.train(str(path), holdout=1 if holdout else -1)


def _fit_second_pass(
    train: list[_Example],
    dev: list[_Example],
    first_path: Path,
    path: Path,
    settings: TrainSettings,
    crf: CRFSettings,
    log: Log,
) -> None:
    """Fit the second pass on cross-fitted first-pass tags; dev is tagged by the full first."""
    log(f"cross-fitting the first pass on {settings.folds} folds for the second:")
    train_stacked = _cross_fitted(train, settings, log)
    first = pycrfsuite.Tagger()
    first.open(str(first_path))
    dev_stacked = [second_pass_features(first, e.doc, e.features) for e in dev]
    log("second pass:")
    _fit(
        [(x, e.tags) for x, e in zip(train_stacked, train, strict=True)],
        [(x, e.tags) for x, e in zip(dev_stacked, dev, strict=True)],
        crf,
        path,
        log,
        settings.log_every,
    )


def _cross_fitted(
    train: list[_Example], settings: TrainSettings, log: Log
) -> list[list[list[str]]]:
    """Second-pass features for every training document, from a first pass that did not see
    it: fold k's documents are tagged by a first pass fitted on the other folds, so the
    second pass learns how far to trust first-pass tags on unseen text."""
    out: list[list[list[str]]] = [[] for _ in train]
    with tempfile.TemporaryDirectory(prefix="corroborate-fold-") as scratch:
        for fold in range(settings.folds):
            inside = [j for j in range(len(train)) if j % settings.folds == fold]
            outside = [(train[j].features, train[j].tags) for j in range(len(train))
                       if j % settings.folds != fold]  # fmt: skip
            path = Path(scratch) / f"fold{fold}.crfsuite"
            _fit(outside, [], settings.first, path, lambda _: None, settings.log_every)
            tagger = pycrfsuite.Tagger()
            tagger.open(str(path))
            for j in inside:
                out[j] = second_pass_features(tagger, train[j].doc, train[j].features)
            tagger.close()
            log(f"fold {fold + 1}/{settings.folds}: first pass fitted on {len(outside)} documents")
    return out


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
