"""Train the cue detector on PolNeAR-format gold data (needs the ``train`` extra).

The label of a token is whether it heads a gold cue: the cue token whose
syntactic head lies outside the cue.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from corroborate.nlp.cues import CueModel
from corroborate.nlp.features import is_candidate, quote_token_positions, token_features
from corroborate.nlp.spans import token_ids
from corroborate.read.gold import read_training_gold

Log = Callable[[str], None]


def cue_head_indices(doc: Doc, ranges: list[list[int]]) -> set[int]:
    """Indices of the tokens of a gold cue whose syntactic head lies outside it."""
    ids = token_ids(doc, [(start, end) for start, end in ranges])
    return {i for i in ids if doc[i].head.i not in ids or doc[i].head.i == i}


def labelled_tokens(
    rows: list[dict], nlp: Language, batch_size: int = 32
) -> Iterator[tuple[list[str], bool]]:
    texts = (row["text"] for row in rows)
    for row, doc in zip(rows, nlp.pipe(texts, batch_size=batch_size), strict=True):
        heads: set[int] = set()
        for attribution in row.get("attributions", []):
            heads |= cue_head_indices(doc, attribution.get("cue") or [])
        quotes = quote_token_positions(doc)
        for token in doc:
            if is_candidate(token):
                yield token_features(token, quotes), token.i in heads


def train_cue_model(
    train_path: Path,
    nlp: Language,
    *,
    regularisation: float = 0.3,
    min_weight: float = 0.05,
    threshold: float = 0.5,
    seed: int = 0,
    log: Log = print,
) -> CueModel:
    """Fit logistic regression on the tokens of ``train_path``; deterministic for a seed."""
    from sklearn.feature_extraction import DictVectorizer
    from sklearn.linear_model import LogisticRegression

    started = time.perf_counter()
    rows = [gold.to_row() for gold in read_training_gold(train_path)]
    features, labels = [], []
    for feats, label in labelled_tokens(rows, nlp):
        features.append(dict.fromkeys(feats, 1))
        labels.append(label)
    log(
        f"parsed {len(rows)} documents, {len(labels)} candidate tokens, {sum(labels)} cue heads "
        f"({time.perf_counter() - started:.0f}s)"
    )
    vectorizer = DictVectorizer()
    matrix = vectorizer.fit_transform(features)
    model = LogisticRegression(C=regularisation, max_iter=3000, random_state=seed)
    model.fit(matrix, labels)
    names = vectorizer.get_feature_names_out()
    weights = {
        str(name): round(float(w), 4)
        for name, w in zip(names, model.coef_[0], strict=True)
        if abs(w) >= min_weight
    }
    weights["bias"] = round(weights.get("bias", 0.0) + float(model.intercept_[0]), 4)
    elapsed = time.perf_counter() - started
    log(f"kept {len(weights)} of {len(names)} feature weights ({elapsed:.0f}s)")
    return CueModel(weights=weights, threshold=threshold, version="1", trained_on=train_path.name)
