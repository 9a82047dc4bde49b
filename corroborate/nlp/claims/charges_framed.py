"""The steps of a case before its verdict, read from a verb: charges framed or a case
registered against someone ("framed charges against X"), and a person declared an
absconder. ``_names_charge`` and ``_none_brought`` also tell, for the readings of a ruling,
whether a noun is a charge or case and whether the report says none was brought.

Split out of ``rulings.py``.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.parties import Parties

__all__ = ["ChargesFramed"]


class ChargesFramed(Parties):
    """Charges framed against someone, an absconder declared."""

    def _framed(self, verb: Token) -> list[Draft]:
        """ "framed charges against X", "registered a case against X"."""
        out: list[Draft] = []
        for noun in verb.children:
            if noun.dep_ in ("dobj", "nsubjpass") and self._names_charge(noun):
                if self._none_brought(noun):
                    continue  # "police filed no charges against X"
                draft = Draft("charge", verb, "charged")
                # "framed charges of murder against X": the parser may hang the "against"
                # phrase on the offence the charge noun's "of" names
                offences = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                            for o in p.children if o.dep_ == "pobj"]  # fmt: skip
                for prep in (c for n in (noun, *offences) for c in n.children):
                    if prep.dep_ == "prep" and prep.lower_ == "against":
                        draft.add(self._pobj_names(prep), "accused")
                for prep in verb.children:
                    if prep.dep_ == "prep" and prep.lower_ == "against":
                        draft.add(self._pobj_names(prep), "accused")
                out.append(draft)
        return out

    def _names_charge(self, noun: Token) -> bool:
        """A charge or case noun, or a paper named by one: "the charges", "a case", "a
        charge sheet", "the case file" (a charge noun as its compound)."""
        nouns = self.lex.charge_nouns
        compounds = (c.lemma_.lower() for c in noun.children if c.dep_ == "compound")
        return noun.lemma_.lower() in nouns or any(c in nouns for c in compounds)

    def _none_brought(self, noun: Token) -> bool:
        """Whether a charge or case noun says none was brought: "no charges", "neither
        case" (its determiner a negative word of the lexicon)."""
        return any(c.dep_ == "det" and c.lower_ in self.lex.negative_words for c in noun.children)

    def _declares_absconder(self, verb: Token) -> bool:
        return any(
            t.lemma_.lower() in self.lex.absconder_nouns
            for c in verb.children
            if c.dep_ in ("oprd", "attr", "xcomp", "dobj", "ccomp", "acomp")
            for t in c.subtree
        )
