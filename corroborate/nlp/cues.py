"""Which tokens head a cue: a learned linear model plus a small domain lexicon.

The model is logistic regression over the string features of ``features.py``,
trained on PolNeAR train (``corroborate train-cues``) and shipped as a JSON
table of weights, so extraction needs neither scikit-learn nor numpy.
PolNeAR is US election news; the lexicon adds the verbs of the security and
court reporting corroborate is for (confess, retract, acquit ...), which the
model sees too rarely to learn.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from pathlib import Path

from spacy.tokens import Doc, Token

from corroborate.nlp.features import is_candidate, quote_token_positions, token_features

MODEL_FILE = "cue_model.json"
DEFAULT_THRESHOLD = 0.5

# Lemmas that are cues in this domain whenever the parse gives them a content.
DOMAIN_CUES = frozenset(
    {
        "accuse", "acquit", "admit", "allege", "blame", "claim", "concede", "confess",
        "confirm", "convict", "deny", "disclose", "implicate", "insist", "maintain",
        "recant", "refute", "reject", "retract", "reveal", "rule", "sentence", "testify",
        "accept", "acknowledge", "state", "allegation", "accusation", "confession",
        "denial", "admission", "testimony", "statement", "charge",
    }
)  # fmt: skip


@dataclass(frozen=True)
class CueModel:
    """A linear cue classifier: feature weights and a bias, with its provenance."""

    weights: dict[str, float]
    threshold: float = DEFAULT_THRESHOLD
    version: str = "0"
    trained_on: str = ""

    def probability(self, token: Token, quote_positions: frozenset[int] | None = None) -> float:
        weights = self.weights
        score = sum(weights.get(f, 0.0) for f in token_features(token, quote_positions))
        return 1.0 / (1.0 + math.exp(-max(min(score, 30.0), -30.0)))

    def probabilities(self, doc: Doc) -> list[float]:
        """Each token's probability of heading a cue (0 for tokens that cannot)."""
        quotes = quote_token_positions(doc)
        return [self.probability(t, quotes) if is_candidate(t) else 0.0 for t in doc]

    def cue_heads(
        self, doc: Doc, probabilities: list[float] | None = None
    ) -> list[tuple[Token, bool]]:
        """Tokens that head a cue, in text order, each with whether the model chose it.

        ``probabilities`` (``self.probabilities(doc)``) saves scoring the tokens again when
        the caller has them. A token chosen only by the domain lexicon is less certain: the
        caller keeps a noun of the lexicon only when the text names who holds it.
        """
        heads = []
        if probabilities is None:
            probabilities = self.probabilities(doc)
        for token in doc:
            if not is_candidate(token):
                continue
            if probabilities[token.i] >= self.threshold:
                heads.append((token, True))
            elif token.lemma_.lower() in DOMAIN_CUES and token.pos_ in ("VERB", "NOUN"):
                heads.append((token, False))
        return heads

    def to_json(self) -> dict[str, object]:
        return {
            "version": self.version,
            "trained_on": self.trained_on,
            "threshold": self.threshold,
            "weights": self.weights,
        }

    @classmethod
    def from_json(cls, data: dict[str, object]) -> CueModel:
        weights = data["weights"]
        assert isinstance(weights, dict)
        return cls(
            weights={str(k): float(v) for k, v in weights.items()},
            threshold=float(data.get("threshold", DEFAULT_THRESHOLD)),  # type: ignore[arg-type]
            version=str(data.get("version", "0")),
            trained_on=str(data.get("trained_on", "")),
        )


@lru_cache(maxsize=4)
def load_cue_model(path: str | None = None) -> CueModel:
    """The shipped cue model, or one at ``path`` (cached: loaded once per process)."""
    if path is None:
        text = resources.files("corroborate.nlp.data").joinpath(MODEL_FILE).read_text("utf-8")
    else:
        text = Path(path).read_text("utf-8")
    return CueModel.from_json(json.loads(text))
