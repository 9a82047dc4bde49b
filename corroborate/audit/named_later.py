"""A count's group named by a later sentence of its passage: "One more militant was gunned
down in the encounter. ... The two X militants have been identified."

Reports often count first and name the group only when they come back to the same people:
a definite noun phrase ("the two X militants", "these X cadres", "the X suspects") whose
head is the counted noun, a few sentences later in the same paragraph. The count then takes
the group the reference gives it, under three conditions read from the grammar, never from
which words or group:

- the same head noun ("militant" and "militants" alike), after "the", "these", "those" or
  "both", with a capitalised name before the noun that passes the checks every group name
  passes (``phrases.read_group``: no place, person, agency, month or day);
- the nearest earlier count of that noun in the window is the one that takes it (a count
  between that names its group already is what the reference points back to, and then
  nothing moves), and only when its own clause named no group;
- a number in the reference is at least the count: "the two X militants" may cover "one
  more militant" and the one shot before it, never a part of "62 militants".
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from corroborate.audit import phrases
from corroborate.lexicon.numbers import number_words
from corroborate.nlp.quantities import find_quantities
from corroborate.records import NONE_STATED, EnforcementFigure, Mention

__all__ = ["WINDOW", "groups_named_later"]

# How many sentences after a count its reference may come: a passage, not the article.
WINDOW = 3
# The determiner of a definite reference, then an optional number, then a capital letter
# (the name before the noun). Only the determiner ignores case.
_DEFINITE = re.compile(
    r"\b(?i:the|these|those|both(?:\s+the)?)\s+"
    r"(?:(?P<n>\d{1,3}(?:,\d{3})+|\d+|(?i:" + "|".join(number_words().words) + r"))\s+)?"
    r"(?=[A-Z])"
)
# After the name: an acronym in brackets, then the noun among up to three lower-case words
# ("the X militants", "the X target killers").
_TO_NOUN = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?(?P<words>[a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")

# Where a noun's postmodifier starts: a preposition, a relative, a participle.
_POSTMODIFIER = re.compile(
    r"\s+(?:of|from|with|in|at|on|for|to|by|who|that|which|\w+ed|\w+ing)\b", re.IGNORECASE
)


def groups_named_later(
    text: str,
    spans: Sequence[tuple[int, int]],
    figures: list[EnforcementFigure],
    mentions: list[Mention],
) -> list[EnforcementFigure]:
    """``figures`` with the group a later definite reference gives a count that had none."""
    out = list(figures)
    sentence_of = {start: i for i, (start, _) in enumerate(spans)}
    for j, (s, e) in enumerate(spans):
        for nouns, value, group in _references(text, s, e, mentions):
            k = _antecedent(text, spans, out, sentence_of, j, nouns)
            if k is None:
                continue
            figure = out[k]
            if figure.group != NONE_STATED:
                continue  # the reference points back to a count that named its group
            if value is not None and value < (figure.high or figure.value or 0):
                continue  # "the two X militants" is part of "62 militants", not all of them
            out[k] = replace(figure, group=group)
    return out


def _references(
    text: str, s: int, e: int, mentions: list[Mention]
) -> list[tuple[set[str], float | None, str]]:
    """(the words its head noun may be, number or None, group name) of each definite
    reference in a sentence that puts a group's name before its noun."""
    out = []
    for m in _DEFINITE.finditer(text, s, e):
        found = phrases.read_group(text, m.end(), e, mentions)
        if found is None or not text[found[1] : found[1] + 1].isupper():
            continue
        name, _, name_end = found
        noun = _TO_NOUN.match(text, name_end, e)
        if noun is None:
            continue
        value = None
        if m.group("n"):
            counted = find_quantities(text, m.start("n"), e)
            value = counted[0].high or counted[0].value if counted else None
        words = _POSTMODIFIER.split(" " + noun.group("words"), maxsplit=1)[0].split()
        if words:
            out.append(({_singular(w) for w in words}, value, name))
    return out


def _antecedent(
    text: str,
    spans: Sequence[tuple[int, int]],
    figures: list[EnforcementFigure],
    sentence_of: dict[int, int],
    j: int,
    nouns: set[str],
) -> int | None:
    """Index of the nearest figure counting one of ``nouns`` in the ``WINDOW`` sentences before
    sentence ``j``, in the same paragraph."""
    best: int | None = None
    for k, figure in enumerate(figures):
        i = sentence_of.get(figure.start)
        if i is None or not 0 < j - i <= WINDOW or _paragraph_break(text, spans, i, j):
            continue
        if _head(figure.unit or "") not in nouns:
            continue
        if best is None or figure.start >= figures[best].start:
            best = k
    return best


def _paragraph_break(text: str, spans: Sequence[tuple[int, int]], i: int, j: int) -> bool:
    return "\n" in text[spans[i][1] : spans[j][0]]


def _head(unit: str) -> str:
    """The noun a unit counts: its last word before what follows the noun ("militants of
    the X", "suspects belonging to X", "workers who ...")."""
    words = _POSTMODIFIER.split(unit, maxsplit=1)[0].split()
    return _singular(words[-1]) if words else ""


def _singular(noun: str) -> str:
    word = noun.lower()
    return word[:-1] if word.endswith("s") and not word.endswith("ss") else word
