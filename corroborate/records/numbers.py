"""How the records write a number in JSON."""

from __future__ import annotations

from typing import Any

__all__ = ["amount_json", "json_number"]


def json_number(x: float | None) -> float | int | None:
    """A whole number as an int ("12", not "12.0"), any other as written."""
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


def amount_json(value: float | None, low: float | None, high: float | None) -> dict[str, Any]:
    """An amount as the records write it: ``value`` when one is stated, else the range
    ``low``-``high`` ("250-300")."""
    if value is not None:
        return {"value": json_number(value)}
    return {"low": json_number(low), "high": json_number(high)}
