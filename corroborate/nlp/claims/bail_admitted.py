"""Bail told by the verb that admits to it: "Justice Y admitted X to bail against two
sureties", "X was admitted to bail by the High Court" - South Asian and British usage.

The parser makes "bail" a verb (an infinitive complement, "to bail") with no object of its
own; the one bailed is the object of the admitting verb (``bail_admitting_verbs``), or its
subject in the passive. Only a complement with no object: "refused to bail him out" is a
phrasal sense, and "declined to bail X" names its own (read as any bail verb is).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.parties import Parties
from corroborate.nlp.grammar import to_infinitive

__all__ = ["BailAdmitted"]


class BailAdmitted(Parties):
    """Whom a "to bail" complement releases."""

    def _admitted_to_bail(self, bail: Token) -> list[Named]:
        """The ones ``bail`` (a bail verb, "to bail") releases through the verb it
        completes: "admitted X to bail" (X), "X was admitted to bail" (X)."""
        head = bail.head
        to = to_infinitive(bail)
        if bail.dep_ != "xcomp" or not to:
            return []
        if head.lemma_.lower() not in self.lex.bail_admitting_verbs:
            return []
        if any(c.dep_ in ("dobj", "prt") for c in bail.children):
            return []  # "to bail him out", or a bail of its own object
        return [n for n in self._patients(head) if self._is_person(n)]
