"""The construction suites' shared loading: each suite is a JSON table of invented sentences
(``data/<name>_constructions.json``, its ``cases``); a case with an ``xfail`` reason is a
construction the reader does not read yet, run as ``xfail(strict=True)`` so a fix shows up."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

__all__ = ["construction_cases", "construction_params"]

_DATA = Path(__file__).parent / "data"


def construction_cases(suite: str) -> list[dict[str, Any]]:
    """The cases of ``data/<suite>_constructions.json``."""
    path = _DATA / f"{suite}_constructions.json"
    cases: list[dict[str, Any]] = json.loads(path.read_text(encoding="utf-8"))["cases"]
    return cases


def construction_params(cases: list[dict[str, Any]]) -> list[Any]:
    """One ``pytest.param`` per case, named by family and text, strict xfail where marked."""
    return [
        pytest.param(
            case,
            marks=[pytest.mark.xfail(strict=True, reason=case["xfail"])] if "xfail" in case else [],
            id=f"{case['family']}:{case['text'][:48]}",
        )
        for case in cases
    ]
