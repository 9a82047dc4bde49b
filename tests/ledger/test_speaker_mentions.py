"""The mentions inside a source's words, found by their starts (``link._MentionsBySpan``): the
same names, in mention order, as a scan of every mention, places left out."""

from __future__ import annotations

import random

from corroborate.ledger.link import _MentionsBySpan
from corroborate.records import Mention


def _mention(start: int, name: str, type_: str = "person") -> Mention:
    return Mention(start, start + len(name), name, type_, name, "PERSON")  # type: ignore[arg-type]


def _scanned(mentions: list[Mention], spans: list[tuple[int, int]]) -> list[str]:
    return [m.name for m in mentions
            if m.type != "place" and any(s <= m.start < e for s, e in spans)]  # fmt: skip


def test_names_in_a_source_are_in_mention_order_without_places() -> None:
    mentions = [
        _mention(40, "Ondo Harbour Guard", "organization"),
        _mention(5, "Tamsin Okolie"),
        _mention(20, "Port Wendal", "place"),
        _mention(5, "Okolie"),  # two mentions may start together
    ]
    found = _MentionsBySpan(mentions)
    assert found.names_in([(0, 30)]) == ["Tamsin Okolie", "Okolie"]
    assert found.names_in([(30, 60), (0, 6)]) == ["Ondo Harbour Guard", "Tamsin Okolie", "Okolie"]
    assert found.names_in([(6, 20)]) == []  # a start at the span's end is outside it
    assert found.names_in([]) == []


def test_names_in_equals_the_scan_of_every_mention() -> None:
    rng = random.Random(11)
    for _ in range(200):
        mentions = [_mention(rng.randrange(100), f"N{i}", rng.choice(["person", "place"]))
                    for i in range(rng.randrange(12))]  # fmt: skip
        spans = [(a, a + rng.randrange(30)) for a in (rng.randrange(100) for _ in range(3))]
        spans = spans[: rng.randrange(4)]
        assert _MentionsBySpan(mentions).names_in(spans) == _scanned(mentions, spans)
