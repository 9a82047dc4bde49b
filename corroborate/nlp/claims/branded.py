"""Organisations a sentence brands militant or terrorist: "X, a militant group", "X, which
was a militant group linked to a party", "X is a terrorist organisation".

``Branded`` adds to ``Answers`` one reading: a noun for a body of people (the lexicon's
``body_nouns``: group, outfit, organisation ...) that an accused noun modifies as an
adjective ("militant", "terrorist": ``accused_nouns``), said of an organisation in
apposition or by a copula (in a relative clause or not, never negated), gives an accusation
of that organisation. Only an organisation, and one that is no authority
(``Naming.can_do``): a person is described by the descriptions ("X, a militant"), and a
body the noun belongs to ("a leader of the militant group X") is an affiliation, not a
body so called.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.draft import Draft, Named, accusation_of

__all__ = ["Branded"]


class Branded(Answers):
    """An organisation called a militant or terrorist body, as accused."""

    def _branded(self, noun: Token) -> list[Draft]:
        lex = self.lex
        if noun.pos_ != "NOUN" or noun.lemma_.lower() not in lex.body_nouns:
            return []
        branding = [
            c for c in noun.children if c.dep_ in ("amod", "compound")
            and (c.lemma_.lower() in lex.accused_nouns or c.lower_ in lex.accused_nouns)
        ]  # fmt: skip
        if not branding:
            return []
        called = [
            n for n in self._said_of(noun)
            if self._an_organisation(n) and self.can_do(n)
        ]  # fmt: skip
        return accusation_of(noun, called)

    def _said_of(self, noun: Token) -> list[Named]:
        """Whom a noun is said of: the name it is in apposition to ("X, a militant group"),
        the subject of the copula it completes ("X is a terrorist outfit"), or the one a
        relative clause with that copula describes ("X, which was a militant group")."""
        if noun.dep_ == "appos":
            return [n for n in self._names(noun.head) if n.start < noun.idx]
        copula = noun.head
        if noun.dep_ != "attr" or copula.lemma_.lower() != "be":
            return []
        if any(c.dep_ == "neg" for c in copula.children):
            return []  # "X is not a terrorist organisation"
        if copula.dep_ == "relcl":
            return self._names(copula.head)
        return self._names_of_children(copula, frozenset({"nsubj"}))
