"""Shared fixtures: the spaCy pipeline (loaded once) and the data beside the checkout."""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

import pytest
from spacy.language import Language

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"
KARACHI = SHARED / "corpora" / "karachi-dev.jsonl"


def shared_file(path: Path) -> Path:
    """A file from ../shared; CI always has it, so there its absence fails the test."""
    if not path.exists():
        if os.environ.get("CI"):
            pytest.fail(f"{path} is missing: CI must run beside ../shared")
        pytest.skip(f"{path} is not beside this checkout")
    return path


@pytest.fixture(scope="session")
def nlp() -> Language:
    from corroborate.nlp.pipeline import load_pipeline

    return load_pipeline()


@pytest.fixture(scope="session")
def karachi() -> list[dict[str, Any]]:
    path = shared_file(KARACHI)
    return [json.loads(line) for line in path.read_text("utf-8").splitlines() if line.strip()]
