"""Custody ordered in the passive: "X was ordered held", "X was ordered to remain in detention".

Wire copy from courts that hold suspects before trial often leaves the court out of the
order's own clause and names it beside it - as the speaker, or in the clause after:

- "A customs officer, X, was ordered held in detention for 30 days, the Basic Court said";
- "X was ordered detained pending trial after a judge heard the charges against him";
- "X was ordered to remain in custody for two more months when the court heard the case".

The one ordered held is the passive's subject; the order is a remand of him
(``_ordered_held_passively``). Who gave it: the passive's "by" phrase, which must be a court
or a prosecution ("was ordered held by the Public Prosecution"; never "by police"), or, with
no "by" phrase, a court or a defendant the sentence names - without one, the order may be
anyone's ("was ordered detained" by a police chief), and a sentence already given reads the
staying as custody after the verdict, which the sentence's own ruling tells.

Not an order negated ("was not ordered held"), not staying anywhere but in custody ("was
ordered to remain in the country"), and not a holding verb the passive only wants done ("was
ordered to hold a hearing": only holding or staying verbs whose place is custody count).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.courts import Courts
from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.parties import PASSIVE_SUBJECTS
from corroborate.nlp.grammar import negated, passive_agents, prep_objects

__all__ = ["OrderedHeldPassive", "custody_not_shelter"]


class OrderedHeldPassive(Courts):
    """Remands told as "X was ordered held" or "X was ordered to remain in custody"."""

    def _ordered_held_passively(self, verb: Token, lemma: str) -> list[Draft]:
        """A remand of the subject of a passive order whose complement ``verb`` holds him
        ("was ordered held", "detained", "kept") or keeps him in custody ("was ordered to
        remain in detention"). Empty for any other verb or an order no court is told
        giving."""
        lex = self.lex
        order = verb.head
        if verb.dep_ != "xcomp" or order.lemma_.lower() not in lex.custody_order_verbs:
            return []
        if not self._passive(order) or negated(order):
            return []
        places = prep_objects(verb, ("in",))
        if lemma in lex.remaining_verbs:
            if not any(custody_not_shelter(p, lex) for p in places):
                return []  # "was ordered to remain in the country"
        elif lemma not in lex.holding_verbs:
            return []
        # "X was ordered held by the Public Prosecution": the parser may hang the "by" phrase
        # on the complement
        agents = passive_agents(order) or passive_agents(verb)
        if agents:
            if not any(
                self._a_court_word(a) or self._a_prosecution(a) for a in _with_compounds(agents)
            ):
                return []  # "was ordered detained by the police chief"
        elif not self._names_trial(order.sent):
            return []
        held = self._names_of_children(order, PASSIVE_SUBJECTS)
        draft = Draft("ruling", verb, "remanded")
        draft.add([n for n in held if self._is_person(n)], "accused")
        return [draft] if self._accused_in(draft) else []


def custody_not_shelter(noun: Token, lex: LegalLexicon) -> bool:
    """Whether a noun is custody or detention one is held in (``custody_nouns``), not
    shelter ("protective custody"); ``DetentionOwned`` asks it of the noun a court orders."""
    if noun.lemma_.lower() not in lex.custody_nouns:
        return False
    return not any(c.lower_ in lex.sheltering_words for c in noun.children)


def _with_compounds(words: list[Token]) -> list[Token]:
    """``words`` with the compounds of each, however deep ("the Baku Grave Crimes Court")."""
    return [w for d in words for w in (d, *(c for c in d.subtree if c.dep_ == "compound"))]
