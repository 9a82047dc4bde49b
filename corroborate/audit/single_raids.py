"""One raid told with no number: "Rangers raided the X headquarters", "an early morning raid at
the X offices". A report tells its raid more than once ("raided X ... the raid on X"), so a
document counts one, and none beside a counted number of raids."""

from __future__ import annotations

import re

from corroborate.audit import phrases, vocab
from corroborate.audit.counts import Count, CountedAs
from corroborate.audit.told import Told

__all__ = ["single_raids"]

_A_RAID = re.compile(
    r"\b(?:an?)\s+(?:[\w-]+\s+){0,3}?" + vocab.RAID_NOUN + r"\s+(?:on|at)\s+", re.IGNORECASE
)


def single_raids(
    text: str,
    s: int,
    e: int,
    groups: list[phrases.GroupPhrase],
    found: list[CountedAs],
    told: Told,
) -> list[CountedAs]:
    """ "Rangers raided the X headquarters", "an early morning raid at the X offices"."""
    if told.raided or any(measure == "raids" for _, measure, _ in found):
        return []  # one raid told twice in a report ("raided X ... the raid on X")
    out: list[CountedAs] = []
    groups = [g for g in groups if not phrases.unnamed(g.name)]  # "a crackdown on gangs"
    for g in groups:
        word = text[g.trigger : g.start].split()[0].lower()
        if word == "raided":
            out.append((Count(g.trigger, g.end, "raid", 1.0), "raids", g.name))
    for m in _A_RAID.finditer(text, s, e):
        hit = next((g for g in groups if g.trigger < m.end() <= g.start), None)
        if hit is not None and not out:
            out.append((Count(m.start(), hit.end, "raid", 1.0), "raids", hit.name))
    told.raided = bool(out)
    return out[:1]
