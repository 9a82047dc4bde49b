"""Parts of a count of things (weapons, cases) told with no verb of their own.

"registered 1,180 cases, including 312 under the Anti-Terrorism Act", "seized 511 guns since
2024, including 142 this year": a number right after "including" with no noun of its own is
a part of the count before it, of its noun and measure.

"seized 40 firearms, 12 of them locally made guns", "Of those guns, 50 were pistols and 27
were rifles", "Out of the recovered weapons, 30 were assault rifles": the part is seized as
its whole was, and its noun follows the number ("12 of them ... guns", "30 were ... rifles")
rather than standing beside it, so the quantity reader gives it no weapon noun. The whole is
a count of weapons seized in the sentence, or the seized weapons a partitive names ("Of those
guns", after weapons seized earlier in the document).
"""

from __future__ import annotations

import re

from corroborate.audit import vocab
from corroborate.audit.counts import BARE, Count, CountedAs, bare_value, unit_class
from corroborate.audit.told import Told

__all__ = ["thing_parts"]

# ", including 312 under ...": the part's link to the count right before it
_INCLUDING = re.compile(r",\s*including\s+\Z", re.IGNORECASE)
# the kinds of things whose parts are counted so (people have their own partitives)
_THINGS = ("weapons", "cases")

# the noun of a part, a few words at most after the number's link ("were", "of them")
_NOUN = r"(?P<noun>(?:[\w-]+\s+){0,3}?" + vocab.WEAPON_UNIT.pattern + r")"
# "12 of them locally made guns" (after a count of weapons seized in the sentence)
_OF_THEM = re.compile(r"\s+of\s+(?:them|these|those)\s+" + _NOUN, re.IGNORECASE)
# "50 were pistols", "30 were assault rifles" (after a partitive whole of weapons)
_WERE = re.compile(r"\s+(?:were|are|was|is)\s+" + _NOUN, re.IGNORECASE)
# "Of those guns, ", "Out of the recovered weapons, ", "Among them, ", then earlier parts.
_WHOLE_BEFORE = re.compile(
    r"\b(?:of|out\s+of|among)\s+(?:(?:the|those|these)\s+(?:[\w-]+\s+){0,2}?"
    + vocab.WEAPON_UNIT.pattern
    # then earlier parts up to the number: no ";", each "," followed by a space, the last
    # link a "," or an "and" (written so that no "and" can split it two ways: the nested
    # "(?:[^,;]*(?:,|\band)\s+)*" it replaces took time doubling with each "and")
    + r"|them)\s*,\s*(?:(?:[^,;]|,(?=\s))*(?:,|\band)\s+)?\Z",
    re.IGNORECASE,
)


def thing_parts(
    text: str, s: int, e: int, counts: list[Count], found: list[CountedAs], told: Told
) -> list[CountedAs]:
    """Parts of the sentence's counts of things: "including N" after one, and weapons by
    kind (``weapon_parts``)."""
    return _included(text, s, e, counts, found) + weapon_parts(text, s, e, counts, found, told)


def _included(
    text: str, s: int, e: int, counts: list[Count], found: list[CountedAs]
) -> list[CountedAs]:
    """ "1,180 cases had been registered, including 312 under the Act": 312 cases."""
    out: list[CountedAs] = []
    for m in BARE.finditer(text, s, e):
        if any(c.start <= m.start() < c.end and unit_class(c.unit) for c in counts):
            continue  # a number with a noun of its own ("including 38 rocket launchers")
        link = _INCLUDING.search(text, s, m.start())
        if link is None:
            continue
        whole = [(c, ms) for c, ms, _ in found if c.end <= link.start()]
        if not whole or unit_class(whole[-1][0].unit) not in _THINGS:
            continue
        # the whole's last clause must reach the link ("cases had been registered, ...")
        if re.search(r"[.;:]", text[whole[-1][0].end : link.start()]):
            continue
        c, ms = whole[-1]
        out.append((Count(m.start(), m.end(), c.unit, bare_value(m)), ms, None))
    return out


def weapon_parts(
    text: str, s: int, e: int, counts: list[Count], found: list[CountedAs], told: Told
) -> list[CountedAs]:
    """The parts of a count of weapons seized in ``text[s:e]`` that the sentence tells by
    kind ("12 of them locally made guns", "Of those guns, 50 were pistols"). ``found`` are
    the sentence's figures so far; ``told.weapons`` says whether the document told weapons
    seized before."""
    out: list[CountedAs] = []
    seized = [c for c, ms, _ in found if ms == "weapons_seized"]
    for m in BARE.finditer(text, s, e):
        if any(c.start <= m.start() < c.end for c in counts if c.unit):
            continue  # a number the quantity reader gave a noun of its own
        noun: re.Match[str] | None = None
        if any(c.end <= m.start() for c in seized):
            noun = _OF_THEM.match(text, m.end(), e)
        whole = _WHOLE_BEFORE.search(text, s, m.start())
        if noun is None and whole is not None and (seized or told.weapons):
            if whole.group().lower().split()[1:2] != ["them"] or seized:
                noun = _WERE.match(text, m.end(), e)
        if noun is None:
            continue
        unit = " ".join(noun["noun"].split())
        count = Count(m.start(), noun.end(), unit, bare_value(m))
        out.append((count, "weapons_seized", None))
    return out
