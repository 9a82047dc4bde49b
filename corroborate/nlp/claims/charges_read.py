"""Charges read to the accused in open court: "Judge X read out the charge to A, B and C",
"the charges were read over to A, who pleaded not guilty".

In South Asian (and some African) court reporting a charge is framed by reading it to the
accused, who then plead. The ones it is read to - the "to" phrase of a verb of reading
(``charge_reading_verbs``) whose object, or passive subject, is the charge itself
(``charge_read_nouns``, or a noun with it as its compound: "the charge sheet") - are charged.
A case, an FIR or a complaint is read to others as well (a court, the press), so those do
not count. The list the "to" phrase opens is extended by ``ListFellows``.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.parties import Parties

__all__ = ["ChargesRead"]

# The dependencies of the charge read: the verb's object, or its passive subject.
_READ = frozenset({"dobj", "nsubjpass"})


class ChargesRead(Parties):
    """Those a charge is read to, as charged."""

    def _charges_read(self, verb: Token, lemma: str) -> list[Draft]:
        lex = self.lex
        if lemma not in lex.charge_reading_verbs:
            return []
        if not any(c.dep_ in _READ and self._the_charge(c) for c in verb.children):
            return []  # "read out the verdict to X", "read the statement to reporters"
        people = [
            n for p in verb.children if p.dep_ == "prep" and p.lower_ == "to"
            for n in self._pobj_names(p) if self._is_person(n)
        ]  # fmt: skip
        if not people:
            return []
        draft = Draft("charge", verb, "charged")
        draft.add(people, "accused")
        return [draft]

    def _the_charge(self, noun: Token) -> bool:
        """The charge itself: "the charge", "the charges", "the charge sheet"."""
        nouns = self.lex.charge_read_nouns
        compounds = (c.lemma_.lower() for c in noun.children if c.dep_ == "compound")
        return noun.lemma_.lower() in nouns or any(c in nouns for c in compounds)
