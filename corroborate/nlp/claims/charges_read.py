"""A charge told as read to the accused: "the judge read out the charge to X, Y and Z", "the
charges were read over to X, who pleaded not guilty".

In a South Asian sessions court the charge is framed by reading it to the accused; at a
common-law arraignment the indictment is read to the defendant. Either way whom a charge is
read to is charged. ``ChargesRead`` adds to ``Parties`` that reading: a verb of reading
(``charge_reading_verbs``) whose object, or passive subject, is the charge itself
(``charge_read_nouns``, or a noun with one as its compound: "the charge sheet") gives a charge
on the people of its "to" phrase - hung on the verb, on its particle ("read out ... to",
"read over to") or on the charge noun. A case, an FIR or a complaint is read to others as
well (a court, the press), so those do not count; a charge read to no person ("read the
charge to the court") names no one. The list the "to" phrase opens is extended by
``ListFellows`` ("to former SHO A, ASI B and constables C and D").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.parties import PASSIVE_SUBJECTS, Parties

__all__ = ["ChargesRead"]


class ChargesRead(Parties):
    """Those a charge is read to, as charged."""

    def _charges_read(self, verb: Token, lemma: str) -> list[Draft]:
        if lemma not in self.lex.charge_reading_verbs:
            return []
        read = [c for c in verb.children if c.dep_ in ("dobj", *PASSIVE_SUBJECTS)]
        charges = [c for c in read if self._the_charge(c)]
        if not charges or any(c.dep_ == "neg" for c in verb.children):
            return []  # "read out the verdict to X", "read the statement to reporters"
        heads = [verb, *charges, *(c for c in verb.children if c.dep_ == "prt")]
        # a charge is read to people (whom the tagger may type an organisation, as companies
        # may be charged too), never to a place (``Parties._not_places``)
        people = self._not_places([
            n for h in heads for p in h.children if p.dep_ in ("prep", "dative")
            and p.lower_ == "to" for n in self._pobj_names(p)
        ])  # fmt: skip
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
