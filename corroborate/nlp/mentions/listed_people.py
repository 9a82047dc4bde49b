"""Names NER typed an organisation or a people that stand in a list of people.

A charge paper or a ruling lists its accused ("names Balveer Gurjar, driver Rakesh Jatav
and Sonu Gurjar"), and NER types the South Asian or African names it has seen little of
as organisations (ORG) or peoples (NORP) while it reads the next item right. A list holds
one kind of thing, so a name of two to four capitalised words with nothing of an
organisation about it (no organisation head, no acronym: those were typed by what they
are) that stands next to a person in such a list is a person, and so is its neighbour in
turn. The items are told apart by a comma or "and", each with up to three lower-case
words that describe it ("his farm manager", "tractor driver") and an alias after it.
A one-word name elsewhere in the report that is a word of such a name, typed a place by
NER ("granted bail to Sharma" with "Sharma" a GPE), is the person too, as ``entity_types``
reads a lone word of a full name typed a person.
"""

from __future__ import annotations

import re

from corroborate.lexicon.name_words import name_words
from corroborate.nlp import names
from corroborate.nlp.mentions.izafat import izafat_body
from corroborate.nlp.mentions.state import _FinderState, _with
from corroborate.records import Mention

__all__ = ["_ListedPeople"]

# NER's labels for a name of several words that may be a person it mistyped (a place of
# several words NER types well: "New Delhi" beside a person stays a place).
_MISTYPED = frozenset({"ORG", "NORP"})
_ALIAS = "|".join(re.escape(m) for m in sorted(name_words().alias_markers))
# What stands between two items of a list: an alias of the first, a comma or "and", and
# the lower-case description of the second ("alias Pappu, tractor driver ").
_BETWEEN = re.compile(
    rf"\A(?:\s+(?:{_ALIAS})\s+[A-Z][\w-]*)?(?:\s*,\s*(?:and\s+)?|\s+and\s+)"
    r"(?:(?:his|her|their|the|a)\s+)?(?:[a-z][a-z-]*\s+){0,3}\Z"
)


class _ListedPeople(_FinderState):
    def _people_listed_with_people(self) -> None:
        """Retype as people the mistyped names that stand beside a person in a list."""
        changed = True
        new_words: set[str] = set()
        while changed:
            changed = False
            for i, m in enumerate(self.out):
                if not self._mistyped_person_name(m):
                    continue
                near = [self.out[k] for k in (i - 1, i + 1) if 0 <= k < len(self.out)]
                if any(n.type == "person" and self._listed_together(n, m) for n in near):
                    self.out[i] = _with(m, type="person")
                    new_words.update(w.lower() for w in names.words(m.name))
                    changed = True
        for i, m in enumerate(self.out):
            # the lone word of such a name NER typed a place ("bail to Sharma")
            ws = names.words(m.name)
            if m.type == "place" and len(ws) == 1 and ws[0] in new_words and m.label == "GPE":
                self.out[i] = _with(m, type="person")

    def _mistyped_person_name(self, m: Mention) -> bool:
        ws = names.words(m.name)
        words = m.name.split()
        return (
            m.type == "organization"
            and m.label in _MISTYPED
            and 2 <= len(words) <= 4
            and m.name == m.text
            and all(w[:1].isupper() and w.isalpha() for w in words)
            and not any(names.is_acronym(w) for w in words)
            and not any(w in names.ORG_HEADS | names.PLACE_HEADS for w in ws)
            and not any(izafat_body(w) for w in ws)
            and not self._after_article_or_apposed_preposition(m)
            and not self._modifies_what_follows(m)
        )

    def _modifies_what_follows(self, m: Mention) -> bool:
        """Whether the name hangs on a noun after it, as the body a described person
        belongs to ("X, Y and Z, Harbour Clinic chief Dr W": the clinic is no item of the
        list, its chief is)."""
        last = next((t for t in self.doc if t.idx < m.end <= t.idx + len(t)), None)
        return (
            last is not None and last.dep_ in ("compound", "nmod", "amod") and last.head.i > last.i
        )

    def _after_article_or_apposed_preposition(self, m: Mention) -> bool:
        """A person's name takes no article, and an item of a list of the accused is not the
        object of a preposition on a description in apposition: "X, the coordinator at the
        Y Hospital, and Z" names a hospital ("charges against X, Y and Z" lists)."""
        before = [t for t in self.doc if t.idx + len(t) <= m.start]
        if not before:
            return False
        prev = before[-1]
        return prev.pos_ == "DET" or (prev.pos_ == "ADP" and prev.head.dep_ == "appos")

    def _listed_together(self, a: Mention, b: Mention) -> bool:
        first, second = (a, b) if a.start < b.start else (b, a)
        return _BETWEEN.match(self.text[first.end : second.start]) is not None
