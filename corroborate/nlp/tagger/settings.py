"""The attribution tagger's training settings: a leaf module, so that the command line can
show their defaults without loading spaCy or the CRF trainer."""

from __future__ import annotations

from dataclasses import dataclass

__all__ = ["FIRST_PASS", "SECOND_PASS", "CRFSettings", "TrainSettings"]


@dataclass(frozen=True)
class CRFSettings:
    """One CRF's L-BFGS settings."""

    iterations: int
    c1: float  # L1: keeps the model small by zeroing rare features
    c2: float  # L2
    min_frequency: int = 2  # features seen fewer times in training are dropped


FIRST_PASS = CRFSettings(iterations=150, c1=1.0, c2=3.0)
SECOND_PASS = CRFSettings(iterations=100, c1=0.5, c2=1.0)


@dataclass(frozen=True)
class TrainSettings:
    """The tagger's settings; the defaults are the ones the shipped model was trained with."""

    # Chosen on PolNeAR dev (README, "How the model was chosen"): the first pass needs strong
    # regularisation, since it overfits the training articles well before L-BFGS converges;
    # the second, whose added features are few and seen on every token, does best with
    # weaker regularisation (and converges in fewer iterations).
    first: CRFSettings = FIRST_PASS
    second: CRFSettings | None = SECOND_PASS  # None: one pass
    folds: int = 2  # cross-fitting folds for the second pass's training tags
    log_every: int = 10
