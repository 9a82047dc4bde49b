"""Helpers shared by the extraction tests."""

from __future__ import annotations

from corroborate.nlp.roles import Placed


def roles_text(text: str, placed: Placed) -> tuple[str, str, str]:
    """The source, cue and content of ``placed`` as the text they cover."""

    def joined(ranges: list[tuple[int, int]]) -> str:
        return " ".join(text[s:e] for s, e in ranges)

    return joined(placed.source), joined(placed.cue), joined(placed.content)
