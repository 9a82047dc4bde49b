"""Aliases: "Zafar Baloch alias Langra" gives the name its alias and drops the alias's own
mention; NER's reading of the marker into the name ("Delwar Alias Ripon", "Nasir Jamal
a.k.a") is cut back to the name before it.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from corroborate.lexicon.name_words import name_words
from corroborate.nlp import names
from corroborate.nlp.mentions.state import _FinderState, _with

__all__ = ["_ALIAS", "_Aliases"]

_WORDS = name_words()


def _either(markers: Iterable[str], final_stop: bool = True) -> str:
    """An alternation of ``markers``, each one's final full stop optional ("a.k.a");
    ``final_stop`` False: the markers without it (a pattern that reads the stop itself)."""
    stems = sorted({m.rstrip(".") for m in markers}, key=lambda m: (-len(m), m))
    stopped = {m.rstrip(".") for m in markers if m.endswith(".")} if final_stop else set()
    return "|".join(re.escape(m) + (r"\.?" if m in stopped else "") for m in stems)


def _phrase(phrase: str) -> str:
    """A phrase of the lexicon ("known as") with up to three lower-case words before its
    last word ("known locally as", "known to pickers as", "better known among musicians
    as"), opened by an optional relative clause's "who is" and one adverb ("who is better
    known as"), or by a described apposition's article and noun ("X, 45, a clerk better known
    as Y"): the same declaration, told where or by whom the name is used."""
    *first, last = phrase.split()
    gap = r"(?:\s+[a-z]+){0,3}"
    described = r"(?:(?:an?|the)\s+[a-z]+\s+)?"
    opener = rf"(?:who\s+(?:is|was)\s+)?{described}(?:[a-z]+\s+)?"
    return rf"{opener}{re.escape(' '.join(first))}{gap}\s+{last}"


_MARKERS = _either(_WORDS.alias_markers)
_PHRASES = "|".join(_phrase(p) for p in sorted(_WORDS.alias_phrases, key=lambda p: (-len(p), p)))
# The age a report may write between a name and its alias: "X, 24, also called Spider".
_AGE = r"(?:,\s*\d{1,3}\s*(?=,))?"
_ALIAS = re.compile(
    rf"\A{_AGE}\s*,?\s*(?:{_MARKERS}|{_PHRASES})\s+['\"‘“]?"
    r"([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)",
)
# The markers only a person's other name follows ("known as" names places too).
_PERSON_ALIAS = re.compile(rf"\A{_AGE}\s*,?\s*(?:{_MARKERS})\s", re.IGNORECASE)
# NER sometimes reads the alias marker into the name: "Nasir Jamal a.k.a" (then ". Tony"),
# or the whole declaration: "Delwar Alias Ripon".
_INNER_ALIAS = re.compile(rf"\s+(?i:{_MARKERS})\s+([A-Z][\w-]+(?:\s+[A-Z][\w-]+)?)\Z")
_SWALLOWED_ALIAS = re.compile(
    rf"\s+(?:{_either(_WORDS.alias_markers, final_stop=False)})\.?\Z", re.IGNORECASE
)


class _Aliases(_FinderState):
    def _inner_aliases(self) -> None:
        """ "Delwar Alias Ripon" read by NER as one name: the name before the marker, with
        the name after it as its alias (before short forms are resolved, so that a lone
        "Ripon" is not taken for a word of the name "Delwar Alias Ripon")."""
        for i, m in enumerate(self.out):
            inner = _INNER_ALIAS.search(m.text)
            if m.type != "person" or inner is None:
                continue
            # The span stays whole (what the claim reader looks up by token); the name is
            # the part before the marker.
            cut = m.text[: inner.start()]
            self.out[i] = _with(m, name=names.clean(" ".join(names.strip_titles(cut.split()))),
                                alias=inner.group(1), alias_kind="alias")  # fmt: skip

    def _aliases(self) -> None:
        """ "Zafar Baloch alias Langra": the alias becomes the name's, and its own mention
        goes (removed after the loop, so that indices stay those of the list read)."""
        people = {m.start for m in self.out if m.type == "person"}
        declared: list[tuple[int, int]] = []
        for i, m in enumerate(self.out):
            if m.alias:
                continue
            inside = [r for r in declared if r[0] <= m.start < r[1]]
            if inside:
                # "Muhibullah alias Muhibur Rahman alias Ovi": a declared name declaring the
                # next one stays, as the mention that carries it.
                match = _ALIAS.match(self.text[m.end : m.end + 60])
                if m.type == "person" and match:
                    declared.remove(inside[0])
                    self.out[i] = _with(m, alias=match.group(1), alias_kind="alias")
                    declared.append((m.end + match.start(1), m.end + match.end(1)))
                continue
            if m.type == "organization":
                # "Mufti Main Uddin alias Abu Zandal" with the first name read as ORG: the
                # alias marker joins two names of one actor, and a person's name after it
                # makes both a person's.
                match = _ALIAS.match(self.text[m.end : m.end + 60])
                if match is None or m.end + match.start(1) not in people:
                    continue
                m = _with(m, type="person")
            elif m.type == "place":
                # "Zeeshan alias Shani", "Usman alias Kala" typed as places by the small
                # tagger: a place has no alias (only "known as", which names a place too), so
                # the marker makes the name a person's
                match = _ALIAS.match(self.text[m.end : m.end + 60])
                if match is None or _PERSON_ALIAS.match(self.text[m.end : m.end + 60]) is None:
                    continue
                m = _with(m, type="person")
            elif m.type != "person":
                continue
            swallowed = _SWALLOWED_ALIAS.search(m.text)
            if swallowed:
                cut = swallowed.start()
                m = _with(m, end=m.start + cut, text=m.text[:cut],
                          name=_SWALLOWED_ALIAS.sub("", m.name))  # fmt: skip
            match = _ALIAS.match(self.text[m.end : m.end + 60])
            if match:
                self.out[i] = _with(m, alias=match.group(1), alias_kind="alias")
                declared.append((m.end + match.start(1), m.end + match.end(1)))
        self.out = [x for x in self.out if not any(lo <= x.start < hi for lo, hi in declared)]
