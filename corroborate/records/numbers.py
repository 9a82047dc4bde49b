"""How the records write a number in JSON."""

from __future__ import annotations

__all__ = ["json_number"]


def json_number(x: float | None) -> float | int | None:
    """A whole number as an int ("12", not "12.0"), any other as written."""
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x
