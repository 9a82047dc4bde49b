"""Flight from the law as an accusation: "X, who is still at large", "X remains a fugitive",
"X has evaded arrest since January". Whoever a verb of being or staying puts out of the law's
reach (``flight_states``, an ``absconder_nouns`` attribute), or who evades arrest or the police
(``evading_verbs`` with an ``evaded_nouns`` object), stands accused of the report's act - a
court report says it only of someone wanted in the case. Only named people: "the killers
remain at large" names no one.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.announced import in_flight
from corroborate.nlp.claims.draft import Draft, accusation_of
from corroborate.nlp.claims.parties import Parties

__all__ = ["Fugitives"]


class Fugitives(Parties):
    """Accusations told by someone's flight from the law."""

    def _fled(self, verb: Token) -> list[Draft]:
        # "is still at large", "remains on the run", "went into hiding": the same reading
        # of a flight state that passes over a group at large when counting (``counted``)
        if not (in_flight(verb, self.lex) or self._evades_the_law(verb)):
            return []
        if any(c.dep_ == "neg" for c in verb.children):
            return []  # "X is no longer at large"
        accused = [n for n in self._agents(verb) if self._is_person(n)]
        return accusation_of(verb, accused)

    def _evades_the_law(self, verb: Token) -> bool:
        """ "has evaded arrest", "eluded police"."""
        return verb.lemma_.lower() in self.lex.evading_verbs and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.lex.evaded_nouns for c in verb.children
        )
