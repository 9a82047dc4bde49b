"""Format check of the invented enforcement gold files.

Each line of benchmarks/data/invented-enforcement-*.jsonl is one article in the shared
enforcement format (../shared/benchmarks/enforcement/README.md): the fields are there, every
gold figure's sentence is in the text, its measure is one of the seven, its value (or low and
high) are integers, ids are unique and every briefing has two articles or more.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path
from typing import Any

import pytest

from corroborate.records.figures import MEASURES as RECORD_MEASURES

DATA = Path(__file__).resolve().parent.parent / "benchmarks" / "data"
FILES = sorted(DATA.glob("invented-enforcement-*.jsonl"))
FIELDS = ("id", "url", "outlet", "published", "title", "text", "briefing", "gold")
FIGURE_FIELDS = ("group", "group_also", "measure", "agency", "sentence")
# The shared format's seven: the records' measures less the project's one extension
# (``attributed_killings``, killings laid at a group's door, which no gold figure counts).
MEASURES = frozenset(RECORD_MEASURES) - {"attributed_killings"}


def _articles(path: Path) -> list[dict[str, Any]]:
    out = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            doc = json.loads(line)
        except ValueError as exc:
            pytest.fail(f"{path.name}:{number}: not JSON ({exc})")
        assert isinstance(doc, dict), f"{path.name}:{number}: not an object"
        out.append(doc)
    return out


def _is_int(value: object) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def test_there_is_a_file() -> None:
    assert FILES, "no benchmarks/data/invented-enforcement-*.jsonl"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_articles_and_figures(path: Path) -> None:
    docs = _articles(path)
    assert docs, f"{path.name}: empty"
    ids = Counter(doc.get("id") for doc in docs)
    assert not [i for i, n in ids.items() if n > 1], f"{path.name}: ids repeated"
    for doc in docs:
        where = f"{path.name}: {doc.get('id')}"
        missing = [f for f in FIELDS if f not in doc]
        assert not missing, f"{where}: missing {missing}"
        assert isinstance(doc["text"], str) and doc["text"], f"{where}: no text"
        assert doc["briefing"] is None or isinstance(doc["briefing"], str), where
        figures = doc["gold"].get("figures") if isinstance(doc["gold"], dict) else None
        assert isinstance(figures, list) and figures, f"{where}: no gold.figures"
        for fig in figures:
            missing = [f for f in FIGURE_FIELDS if f not in fig]
            assert not missing, f"{where}: a figure lacks {missing}"
            assert fig["measure"] in MEASURES, f"{where}: measure {fig['measure']!r}"
            assert isinstance(fig["group"], str) and fig["group"], f"{where}: no group"
            assert isinstance(fig["group_also"], list), f"{where}: group_also not a list"
            assert fig["sentence"] in doc["text"], f"{where}: sentence not in text"
            if fig.get("value") is not None:
                assert _is_int(fig["value"]), f"{where}: value {fig['value']!r}"
            else:
                low, high = fig.get("low"), fig.get("high")
                assert _is_int(low) and _is_int(high), f"{where}: no value nor low/high"
                assert low <= high, f"{where}: low above high"


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_briefings_have_two_articles(path: Path) -> None:
    counts = Counter(doc["briefing"] for doc in _articles(path) if doc.get("briefing"))
    single = sorted(b for b, n in counts.items() if n < 2)
    assert not single, f"{path.name}: briefings with one article: {single}"
