"""Words that look like names on a news page but name no actor ("TV", "DNA", "SOURCE")."""

from __future__ import annotations

from functools import cache

from corroborate.lexicon import load_data

__all__ = ["is_not_actor"]


@cache
def _words() -> frozenset[str]:
    return frozenset(w.lower() for w in load_data("not_actors")["words"])


def is_not_actor(name: str) -> bool:
    """Whether ``name`` (one word, any case) is a media or document word, not an actor."""
    return name.strip().lower() in _words()
