"""Whose "the conviction" is when the last ruling told of several people with differing
outcomes: "Y had been sentenced to life by Judge Z, who at the same time cleared X of all
charges. Upholding the conviction, the bench ..." - the conviction is Y's, the one of them
convicted or sentenced; X was acquitted and has none.

A singular definite noun of punishment (``verdict_nouns`` less ``ruling_nouns``: a sentence,
a conviction, a term - a verdict or a judgment may be an acquittal) with no owner of its own
stands for the one person, of the accused the report last ruled on, who was convicted or
sentenced and not acquitted - when there is exactly one such.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.draft import Named

__all__ = ["TheConvict"]

_CONVICTED = ("convicted", "sentenced")


class TheConvict:
    """The one convict among those last ruled on; the state is ``Naming``'s."""

    lex: LegalLexicon
    last_accused: list[Named]
    undergone: dict[str, set[str]]

    def _the_convict(self, noun: Token) -> list[Named]:
        """The one convicted or sentenced, and not acquitted, of the accused last ruled on,
        for a punishment noun (``noun``: "the conviction", "the sentence")."""
        lex = self.lex
        lemma = noun.lemma_.lower()
        if lemma not in lex.verdict_nouns or lemma in lex.ruling_nouns:
            return []
        convicted = set().union(*(self.undergone.get(o, set()) for o in _CONVICTED))
        acquitted = self.undergone.get("acquitted", set())
        people = {n.name: n for n in self.last_accused if n.members is None}
        them = [n for n in people.values() if n.name in convicted - acquitted]
        if len(them) != 1 or len(people) < 2:
            return []
        end = noun.idx + len(noun.text)
        return [Named(them[0].name, noun.idx, end)]
