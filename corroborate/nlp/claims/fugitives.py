"""Flight from the law as an accusation: "X, who is still at large", "X remains a fugitive",
"X has evaded arrest since January", "Police said X had fled". Whoever a verb of being or
staying puts out of the law's reach (``flight_states``, an ``absconder_nouns`` attribute), who
evades arrest or the police (``evading_verbs`` with an ``evaded_nouns`` object), or who flees
where the sentence ties the flight to the case (``fleeing_verbs``, ``flight_ties``) stands
accused of the report's act - a court report says it only of someone wanted in the case.
Only named people: "the killers remain at large" names no one. Never one the sentence
describes as a witness, a victim, the court's or a side's ("the prosecution witness, X, went
into hiding after threats"); one who flees (the everyday verb) not one the report has given
such a part or a relative's either ("the victim's brother, X, managed to flee").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.announced import in_flight
from corroborate.nlp.claims.draft import Draft, Named, accusation_of
from corroborate.nlp.claims.flight_ties import fled_from_the_law
from corroborate.nlp.claims.list_fellows import OTHER_PARTS
from corroborate.nlp.claims.parties import Parties

__all__ = ["Fugitives"]

# The parts whose bearer is never one at large: a relative may be ("the victim's brother, X,
# remains at large" is often the one the police want), so only a flight by the everyday verb
# asks that part too.
_NEVER_AT_LARGE = OTHER_PARTS - {"relative"}


class Fugitives(Parties):
    """Accusations told by someone's flight from the law."""

    def _fled(self, verb: Token) -> list[Draft]:
        # "is still at large", "remains on the run", "went into hiding": the same reading
        # of a flight state that passes over a group at large when counting (``counted``)
        fled = fled_from_the_law(verb, self.lex)
        if not (in_flight(verb, self.lex) or self._evades_the_law(verb) or fled):
            return []
        if any(c.dep_ == "neg" for c in verb.children):
            return []  # "X is no longer at large"
        agents = self._agents(verb)
        if fled and not agents and verb.dep_ == "xcomp":
            agents = self._agents(verb.head)  # "X managed to flee"
        accused = [n for n in agents if self._is_person(n) and not self._other_part(n, verb, fled)]
        return accusation_of(verb, accused)

    def _other_part(self, named: Named, verb: Token, fled: bool) -> bool:
        """Whether the sentence describes ``named`` in a part never at large ("the
        prosecution witness, X": ``_NEVER_AT_LARGE``), or - for one who flees, the everyday
        verb (``fled``) - in any other part (``OTHER_PARTS``, a relative's too), here or
        told by the report before."""
        parts = OTHER_PARTS if fled else _NEVER_AT_LARGE
        here = self._parts_described(named.name, verb.sent)
        told = self.parts_told.get(named.name, set()) if fled else set()
        return bool((here | told) & parts)

    def _evades_the_law(self, verb: Token) -> bool:
        """ "has evaded arrest", "eluded police"."""
        return verb.lemma_.lower() in self.lex.evading_verbs and any(
            c.dep_ == "dobj" and c.lemma_.lower() in self.lex.evaded_nouns for c in verb.children
        )
