"""Which of several people a bare surname stands for, read as a careful reader does: the one
in focus where the text is, else the one the surname stood for last, else the one the report
did not tell apart by another name.

A report that names two people of one surname (an accused and his cousin, a contractor and a
co-accused, an accused and the father who complained) keeps the bare surname for one of them
and tells the other apart. What settles which, in order:

- *focus*: exactly one bearer named in full earlier in the sentence or in the sentence before
  it, in the same paragraph - a relative introduced as one ("his father, Suresh Yadav") only
  where named in full again ("Suresh Yadav told reporters ... Yadav said" is the father;
  "Ramesh Yadav was taken into custody. Yadav said ..." the son);
- *continuity*: the bearer the surname stood for where the report last wrote it bare
  ("Dil Khadka ... Khadka was fined ... his cousin Prem Khadka ... Khadka, who ..." stays
  Dil Khadka): a writer does not move a short form from one person to another;
- *told apart*: a bearer the report calls by given names alone ("Prem Bahadur, a cousin of
  the ward chair") is the one the writer keeps apart from the surname; the surname is the
  other's, where exactly one other is left before it (none, where only bearers named after
  it are left: a later name does not take a surname the report already used of another).

Only the first two choose among all bearers (a relative in focus is who the surname is); the
third narrows only the ones not already told apart as relatives (``mentions.kin``).
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from spacy.tokens import Doc

__all__ = ["focused_bearer", "several_people", "told_apart"]


def several_people(bearers: Iterable[str]) -> bool:
    """Whether the bearers are several people: two at least, and no name within another's
    words ("Omar Sheikh" and "Ahmed Omar Saeed Sheikh" are one man named two ways, whom
    nothing here need tell apart)."""
    names = {n.lower() for n in bearers}
    if len(names) < 2:
        return False
    words = [set(n.split()) for n in names]
    return not any(a < b for a in words for b in words)


def focused_bearer(
    doc: Doc, word: str, at: int, bearers: Iterable[str], kin: set[str]
) -> str | None:
    """The bearer a bare ``word`` written at character ``at`` stands for by focus or by
    continuity (``kin``: the relatives told apart), or None where neither settles it."""
    names = sorted(set(bearers))
    if len(names) < 2:
        return None
    return _resolve(doc, word, at, names, kin, depth=0)


def told_apart(doc: Doc, bearers: Iterable[str]) -> set[str]:
    """The bearers the report keeps apart from the bare surname: called by their given names
    alone."""
    # A bearer named in full again is no sign: writers repeat the full name of the one
    # the surname is for as often as the other's ("Grant Whitcombe was remanded", then
    # "Whitcombe told the court" of him, with his son named between).
    return {n for n in set(bearers) if " " in n and _given_alone(doc.text, n.rsplit(" ", 1)[0])}


def _resolve(
    doc: Doc, word: str, at: int, names: list[str], kin: set[str], depth: int
) -> str | None:
    found = _in_focus(doc, at, names, kin)
    if found is not None or depth > 20:
        return found
    earlier = _last_bare_use(doc, word, at, names)
    if earlier is None:
        return None
    again = _resolve(doc, word, earlier, names, kin, depth + 1)
    if again is not None:
        return again
    # the earlier bare use stood for the one bearer named before it, relatives and those
    # told apart aside, if only one was
    before = [n for n in names if (o := _occurrences(doc.text, n)) and o[0] < earlier]
    if len(before) == 1:
        return before[0]
    apart = kin | told_apart(doc, before)
    kept = [n for n in before if n not in apart]
    return kept[0] if len(kept) == 1 else None


def _in_focus(doc: Doc, at: int, names: list[str], kin: set[str]) -> str | None:
    """The one bearer named in full in the sentence before (same paragraph) or earlier in
    this one. A relative's introduction ("His wife, Nadia Lodhi, filed a petition for his
    release. Lodhi confessed") is not focus - the report names her to tell her apart from
    the one it follows; a relative named in full again is ("Hari Meena told reporters ...
    Meena said")."""
    span = doc.char_span(at, at + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    sent = span[0].sent
    start = sent.start_char
    if sent.start > 0:
        prev = doc[sent.start - 1].sent
        if "\n" not in doc.text[prev.start_char : sent.start_char]:
            start = prev.start_char
    if "\n" in doc.text[start:at]:
        start = doc.text.rindex("\n", start, at) + 1
    named = [
        n for n in names
        if any(start <= o < at for o in _occurrences(doc.text, n)[1 if n in kin else 0 :])
    ]  # fmt: skip
    return named[0] if len(named) == 1 else None


def _last_bare_use(doc: Doc, word: str, at: int, names: list[str]) -> int | None:
    """Where the report last wrote ``word`` on its own before ``at``: not as part of a
    bearer's full name."""
    text = doc.text
    inside = [(s, s + len(n)) for n in names for s in _occurrences(text, n)]
    last = None
    for m in re.finditer(rf"\b{re.escape(word)}\b", text[:at], flags=re.IGNORECASE):
        if not m.group(0)[:1].isupper() or any(s <= m.start() < e for s, e in inside):
            continue
        last = m.start()
    return last


def _given_alone(text: str, given: str) -> bool:
    """Whether the given names are written as a name of their own: no capitalised word
    right before or after them ("Prem Bahadur, a cousin of ...", not "Prem Bahadur Khadka"
    nor another's "Ram Prem Bahadur")."""
    for m in re.finditer(rf"\b{re.escape(given)}\b(?!\s+[A-Z])", text):
        if re.search(r"[A-Z][\w-]*\s$", text[max(0, m.start() - 40) : m.start()]) is None:
            return True
    return False


def _occurrences(text: str, name: str) -> list[int]:
    return [m.start() for m in re.finditer(rf"\b{re.escape(name)}\b", text)]
