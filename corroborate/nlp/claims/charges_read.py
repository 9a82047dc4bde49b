"""A charge told as read to the accused: "the judge read out the charge to X, Y and Z", "the
charges were read over to X, who pleaded not guilty".

In a South Asian sessions court the charge is framed by reading it to the accused; at a
common-law arraignment the indictment is read to the defendant. Either way whom a charge is
read to is charged. ``ChargesRead`` adds to ``Parties`` that reading: a reading verb
(``charge_reading_verbs``) whose object (or passive subject) is a charge noun
(``charge_nouns``) gives a charge on the people of its "to" phrase - hung on the verb, on
its particle ("read out ... to", "read over to") or on the charge noun. A charge read to no
person ("read the charge to the court") names no one, and what else is read ("read out
the names to X") is no charge.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.parties import PASSIVE_SUBJECTS, Parties

__all__ = ["ChargesRead"]


class ChargesRead(Parties):
    """Charges put to the accused by reading them."""

    def _charges_read(self, verb: Token, lemma: str) -> list[Draft]:
        lex = self.lex
        if lemma not in lex.charge_reading_verbs:
            return []
        read = [c for c in verb.children if c.dep_ in ("dobj", *PASSIVE_SUBJECTS)]
        charges = [c for c in read if c.lemma_.lower() in lex.charge_nouns]
        if not charges or any(c.dep_ == "neg" for c in verb.children):
            return []
        heads = [verb, *charges, *(c for c in verb.children if c.dep_ == "prt")]
        recipients = [p for h in heads for p in h.children if p.dep_ in ("prep", "dative")
                      and p.lower_ == "to"]  # fmt: skip
        accused = [n for p in recipients for n in self._pobj_names(p) if not self._a_place(n)]
        if not accused:
            return []
        draft = Draft("charge", verb, "charged")
        draft.add(accused, "accused")
        return [draft]

    def _a_place(self, named: Named) -> bool:
        """Whether a name is typed a place: a charge is read to people (whom the tagger
        may type an organisation, as companies may be charged too), never to a place."""
        span = self.doc.char_span(named.start, named.end, alignment_mode="expand")
        m = self.by_token.get(span.root.i) if span is not None and len(span) else None
        return m is not None and m.type == "place"
