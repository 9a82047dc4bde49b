"""Neutrality through the whole pipeline: a re-parsed text with names swapped.

test_karachi.py swaps names in already-extracted records to test the ledger's own
rules; this test swaps them in the text itself, so parsing, extraction, entity
resolution and linking all see the other names.
"""

from __future__ import annotations

import re
from typing import Any

from spacy.language import Language

from corroborate.ledger.build import build_ledger
from corroborate.records import Ledger
from tests.conftest import analyse_rows

# The agency is swapped for another paramilitary force, not for "Police": "police" is a word
# the ledger reads (a confession reported by the police rests on custody), so that swap
# changes the meaning, not only the name.
SWAPS = {"MQM": "PPP", "Siddiqui": "Baloch", "Umair": "Uzair", "Rangers": "Levies"}
TABLE = {**SWAPS, **{v: k for k, v in SWAPS.items()}}


def _swap(text: str | None) -> str:
    if not text:
        return ""
    return re.sub("|".join(map(re.escape, TABLE)), lambda m: TABLE[m.group(0)], text)


def _shape(ledger: Ledger, swap_back: bool) -> list[tuple[object, ...]]:
    back = _swap if swap_back else (lambda s: s or "")
    names = {e.id: back(e.name) for e in ledger.entities}
    return sorted(
        (
            tuple(sorted(names[i] for i in a.accused)),
            a.act,
            a.status,
            a.confession_only,
            tuple(sorted(back(s) for s in a.alleged_by)),
            tuple((e.kind, e.outcome, e.setting, back(e.source), back(e.quote)) for e in a.events),
        )
        for a in ledger.allegations
    )


def test_swapped_editorial_gives_the_swapped_ledger(
    nlp: Language, karachi: list[dict[str, Any]]
) -> None:
    row = karachi[0]
    swapped = {**row, "text": _swap(row["text"]), "title": _swap(row["title"])}
    assert swapped["text"] != row["text"]
    plain = build_ledger(analyse_rows(nlp, [row]))
    mirrored = build_ledger(analyse_rows(nlp, [swapped]))
    assert plain.allegations, "the editorial yields allegations"
    assert _shape(mirrored, swap_back=True) == _shape(plain, swap_back=False)
