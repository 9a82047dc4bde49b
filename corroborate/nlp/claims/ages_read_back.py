"""Whom "the N-year-old" stands for (``claims.ages_told``: "X, 23," ... "the 23-year-old"):
the one person the report gave that age; where the report never wrote that age before, the
one accused it follows, named as the subject of the sentence before ("His son, X, was
acquitted ... At that trial, the 31-year-old denied signing the papers"). None where two
were given the age, where the one is described as someone other than an accused, or where
the report wrote the age of someone it named by no name ("A 34-year-old fancier was shot
dead"). ``DescribedPeople._description_told`` asks it. Split out of ``described_people.py``
(branch spl78) as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Doc, Token

from corroborate.nlp.claims.draft import Named
from corroborate.records import Mention

__all__ = ["AgesReadBack"]


class AgesReadBack:
    """The person an age read as a noun stands for; a mixin of ``DescribedPeople``."""

    doc: Doc
    by_token: dict[int, Mention]
    # The full names of the people given each age ("23" -> {"Ciaran Furey"}) and every age
    # the report has written so far (of a name or of no one). Set by ``Reader``.
    ages_named: dict[str, set[str]]
    ages_seen: set[str]
    last_accused: list[Named]  # the accused the report follows
    _cast_apart: Callable[[], set[str]]  # ``PartsTold``'
    _person_full_name: Callable[[Mention], str]  # ``FullNames``'

    def _age_told(self, old: Token, age: str) -> Named | None:
        """Whom "the N-year-old" (ending in ``old``) stands for: the one person given that
        age; where the report has written that age of no one before, the one accused it
        follows, named as the subject of the sentence before."""
        first = min(t.i for t in old.subtree)
        start, end = self.doc[first].idx, old.idx + len(old.text)
        named = self.ages_named.get(age, set())
        if named:
            name = next(iter(named))
            if len(named) > 1 or name in self._cast_apart():
                return None
            return Named(name, start, end)
        if age in self.ages_seen:
            return None  # "A 34-year-old fancier was shot dead": someone named by no name
        followed = [n for n in self.last_accused if n.members is None]
        aged = {n for names in self.ages_named.values() for n in names}
        if len(followed) != 1 or followed[0].name in aged:
            return None  # several, or one the report gave another age
        name = followed[0].name
        if name in self._cast_apart() or not self._names_subject_before(old, name):
            return None
        return Named(name, start, end)

    def _names_subject_before(self, token: Token, name: str) -> bool:
        """Whether the sentence before ``token``'s names ``name`` in its main subject."""
        sent = token.sent
        if sent.start == 0:
            return False
        before = self.doc[sent.start - 1].sent
        subjects = [c for c in before.root.children if c.dep_ in ("nsubj", "nsubjpass")]
        for subject in subjects:
            for t in subject.subtree:
                m = self.by_token.get(t.i)
                if m is not None and m.type == "person" and self._person_full_name(m) == name:
                    return True
        return False
