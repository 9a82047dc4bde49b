"""Domain vocabulary: data files loaded into typed objects.

Every domain word list (court outcomes, claim kinds, agencies, custody and court phrases,
roles, enforcement measures) lives once, as a JSON file in ``corroborate/lexicon/data/``,
and is read here into typed objects by one module per list (``lexicon.outcomes``,
``lexicon.measures`` ...). Code elsewhere asks the lexicon; it holds no word lists of its own.
"""

from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any

__all__ = ["load_data"]


@cache
def load_data(name: str) -> Any:
    """The parsed JSON file ``data/NAME.json`` of this package (read once per process)."""
    source = resources.files("corroborate.lexicon.data").joinpath(f"{name}.json")
    return json.loads(source.read_text(encoding="utf-8"))
