"""The counts of one sentence: a number and the noun it counts, before any measure.

The quantity reader (``nlp.quantities``) finds most of them, on a copy of the text with quote
marks and hedges blanked out, so that "446 'target killers'" and "five alleged target
killers" count target killers. This module adds what it misses or cuts short: a noun after a
name ("five Harbour Front (HF) target killers"), one person told with an article ("a suspect
affiliated with X") and weapons counted by model ("seven G22 rifles", "two .223 rifles").
``unit_class`` says what kind of thing a count's noun is, from the lexicon's units.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from corroborate.audit import vocab
from corroborate.lexicon.numbers import number_words
from corroborate.nlp.quantities import as_written as _as_written
from corroborate.nlp.quantities import find_quantities
from corroborate.records import Measure

__all__ = [
    "BARE",
    "NUMBER",
    "Count",
    "CountedAs",
    "as_number",
    "bare_value",
    "masked",
    "noun_only",
    "sentence_counts",
    "unit_class",
]


def _spelled() -> dict[str, int]:
    """One to ninety-nine in words, as a count opens a sentence ("Thirty-one of them were
    from X", "Nineteen were killed"): the ones, the tens and the tens joined to a one."""
    words = number_words()
    out = {w: v for w, v in words.values.items() if v > 0}
    for i, ten in enumerate(words.tens):
        out.update({f"{ten}-{one}": 21 + 10 * i + j for j, one in enumerate(words.ones[1:10])})
    return out


_SPELLED = _spelled()
# A number as outlets write a count: "1,096", "12", "seven", "Thirty-one"; never inside a
# word, an amount or a decimal. Longest words first ("seventeen" before "seven").
NUMBER = r"(?<![\w.,$£€-])(\d{1,3}(?:,\d{3})+|\d+|" + _as_written(list(_SPELLED)) + r")"
# A number standing alone: a count whose noun the text leaves out ("136 were arrested"),
# with the scale word that multiplies it ("... and two dozen from the rival X": 24, not 2;
# the lexicon's ``spelled_scales``, as the quantity reader reads them).
_SCALES = number_words().scales
BARE = re.compile(
    NUMBER
    + r"(?:\s+(?P<scale>"
    + _as_written(list(number_words().spelled_scales))
    + r"))?(?![\w]|[.,]\d)",
    re.IGNORECASE,
)
# Quote marks and hedges, blanked out before counts are read.
_MASK = re.compile(r"(?<![A-Za-z])['‘’]|['‘’](?![A-Za-z])|[\"“”]|\b" + vocab.HEDGE + r"\b")
# "five Harbour Front (HF) target killers": the noun after a name the unit stopped at.
_NOUN_AFTER_NAME = re.compile(
    r"\s*(?:\([^()]{1,20}\)\s*)?(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
)
# "nine locally made pistols", "three illegally acquired rifles": an adverb and a participle
# before the noun, where the quantity reader stops at the adverb (it takes the participle
# for a verb).
_ADVERB_UNIT = re.compile(r"[a-z]+ly\Z")
_PARTICIPLE_NOUN = re.compile(
    r"\s+(?P<participle>[a-z]+ed|made|built|grown)\s+(?P<noun>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})"
)
# "seven G22 rifles", "19 7mm rifles", "two .223 rifles", "14 30bore pistols", "four AK-47
# rifles": a count whose weapon noun comes after a model's designation, which the quantity
# reader takes for a number of its own or a name ("six G").
_MODEL_COUNT = re.compile(
    NUMBER
    + r"\s+(?P<unit>(?:[A-Z]{1,3}-?)?\.?\d[\d.]*(?:-?[a-z]{1,5})?\s+(?:[a-z][\w-]*\s+){0,2}?"
    + vocab.WEAPON_UNIT.pattern
    + r")",
    re.IGNORECASE,
)


_SPACE = re.compile(r"\s+")
# The noun patterns of each class, as ``unit_class`` tries them.
_CLASS_PATTERNS: dict[str, re.Pattern[str]] = {
    "raids": vocab.RAID_UNIT,
    "arrests": vocab.ARREST_UNIT,
    "convictions": vocab.CONVICTION_UNIT,
    "weapons": vocab.WEAPON_UNIT,
    "killings": vocab.KILLING_UNIT,
    "cases": vocab.CASE_UNIT,
    "people": vocab.PEOPLE_UNIT,
}


@dataclass(frozen=True)
class Count:
    """A number in a sentence and what it counts."""

    start: int  # the number (with its qualifier)
    end: int  # the end of its unit
    unit: str
    value: float | None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None


# A count read as a figure: its measure, and the group its own words name (None: none yet).
CountedAs = tuple[Count, Measure, str | None]


def masked(text: str) -> str:
    """``text`` with quote marks and hedges blanked out, offsets kept."""
    return _MASK.sub(lambda m: " " * len(m.group()), text)


def sentence_counts(text: str, masked_text: str, s: int, e: int) -> list[Count]:
    """Every count of the sentence ``text[s:e]``, in text order (``masked_text`` is
    ``masked(text)``)."""
    counts = [
        _named_unit(
            masked_text,
            Count(q.start, q.end, " ".join(q.unit.split()), q.value, q.low, q.high, q.qualifier),
            e,
        )
        for q in find_quantities(masked_text, s, e)
    ]
    counts += [
        Count(m.start(), m.end(), m.group(1), 1.0)
        for m in vocab.ONE_PERSON.finditer(text, s, e)
        if not any(c.start <= m.start() < c.end for c in counts)
    ]
    counts = _with_model_counts(text, s, e, counts)
    counts.sort(key=lambda c: c.start)
    return counts


def _named_unit(masked_text: str, count: Count, e: int) -> Count:
    """ "five Harbour Front (HF) target killers": the noun after the name is the unit; so
    is the noun after an adverb and a participle ("nine locally made pistols")."""
    if unit_class(count.unit) is not None:
        return count
    if _ADVERB_UNIT.match(count.unit):
        rest = _PARTICIPLE_NOUN.match(masked_text, count.end, e)
    elif count.unit[:1].isupper():
        rest = _NOUN_AFTER_NAME.match(masked_text, count.end, e)
    else:
        return count
    if rest is None or unit_class(rest.group("noun")) is None:
        return count
    participle = rest.groupdict().get("participle")
    if participle is None:
        unit = " ".join(f"{count.unit} {rest.group('noun')}".split())
        return replace(count, end=rest.end(), unit=unit)
    # after a participle the noun ends at its class's noun ("pistols", not "pistols and two")
    noun = noun_only(rest.group("noun"))
    unit = " ".join(f"{count.unit} {participle} {noun}".split())
    return replace(count, end=rest.start("noun") + len(noun), unit=unit)


def _with_model_counts(text: str, s: int, e: int, counts: list[Count]) -> list[Count]:
    """``counts`` with the weapons counted by model ("seven G22 rifles", "two .223 rifles"):
    each replaces what the quantity reader made of it ("six G", nothing at all)."""
    models = [
        Count(m.start(), m.end(), " ".join(m["unit"].split()), as_number(m.group(1)))
        for m in _MODEL_COUNT.finditer(text, s, e)
    ]
    kept = [
        c
        for c in counts
        if not any(
            m.start <= c.start < m.end and (c.start != m.start or unit_class(c.unit) is None)
            for m in models
        )
    ]
    return kept + [m for m in models if not any(c.start == m.start for c in kept)]


def unit_class(unit: str) -> str | None:
    """What kind of thing a count's noun is: raids, arrests, convictions, weapons,
    killings, cases or people."""
    if vocab.RAID_UNIT.match(unit):
        return "raids"
    if vocab.ARREST_UNIT.match(unit):
        return "arrests"
    if vocab.CONVICTION_UNIT.match(unit):
        return "convictions"
    if vocab.WEAPON_UNIT.search(unit):
        return "weapons"
    if vocab.KILLING_UNIT.search(unit):
        return "killings"
    if vocab.CASE_UNIT.search(unit):
        return "cases"
    if vocab.PEOPLE_UNIT.search(unit):
        return "people"
    return None


def noun_only(unit: str) -> str:
    """The counted noun of a unit, without what the quantity reader ran on into ("men namely
    X", "raids targeting other", "cases pertaining", "workers of the X"): up to the end of its
    class's noun, and of the nouns of that class right after it ("accused persons")."""
    pattern = _CLASS_PATTERNS.get(unit_class(unit) or "")
    if pattern is None or (found := pattern.search(unit)) is None:
        return unit
    end = found.end()
    while (space := _SPACE.match(unit, end)) and (more := pattern.match(unit, space.end())):
        end = more.end()
    return unit[:end]


def bare_value(match: re.Match[str]) -> float:
    """The value of a ``BARE`` match: its number times its scale word, if any."""
    scale = match.group("scale")
    return as_number(match.group(1)) * (_SCALES[scale.lower()] if scale else 1)


def as_number(number: str) -> float:
    """The value of a bare number as written: "1,096", "12", "seven"."""
    low = number.lower()
    if low in _SPELLED:
        return float(_SPELLED[low])
    return float(low.replace(",", ""))
