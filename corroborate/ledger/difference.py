"""The first difference between two ledgers, in words: what ``corroborate rebuild`` reports
when the stored ledger is not the one a full rebuild gives."""

from __future__ import annotations

from collections.abc import Sequence

from corroborate.records import Allegation, Entity, Ledger

__all__ = ["difference"]


def difference(stored: Ledger, rebuilt: Ledger) -> str | None:
    """None when the ledgers are equal (records and order), else the first thing that differs."""
    pairs: list[tuple[str, Sequence[Entity | Allegation], Sequence[Entity | Allegation]]] = [
        ("entity", stored.entities, rebuilt.entities),
        ("allegation", stored.allegations, rebuilt.allegations),
    ]
    for what, old, new in pairs:
        old_ids = [r.id for r in old]
        new_ids = [r.id for r in new]
        if set(old_ids) != set(new_ids):
            missing = sorted(set(new_ids) - set(old_ids))
            extra = sorted(set(old_ids) - set(new_ids))
            return (
                f"{what} ids differ: {len(missing)} missing from the stored ledger"
                f"{' (' + ', '.join(missing[:3]) + ')' if missing else ''}, {len(extra)} stored"
                f" but not rebuilt{' (' + ', '.join(extra[:3]) + ')' if extra else ''}"
            )
        if old_ids != new_ids:
            at = next(i for i, (a, b) in enumerate(zip(old_ids, new_ids, strict=True)) if a != b)
            return (
                f"{what} order differs at position {at}:"
                f" {old_ids[at]} stored, {new_ids[at]} rebuilt"
            )
        for a, b in zip(old, new, strict=True):
            if a != b:
                fields = [f for f in vars(a) if getattr(a, f) != getattr(b, f)]
                return f"{what} {a.id} differs in {', '.join(fields)}"
    return None
