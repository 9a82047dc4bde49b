"""One the law itself investigates: "The company is also being investigated for corporate
manslaughter", "X Ltd, which police said is also being investigated", "police are probing
Y".

``Sought._part_probed`` reads a probe of someone's part ("the role of X is being probed");
a verb of probing one a name (``party_probing_verbs``: investigate, probe) with the named
person or firm itself as its passive subject - its agent, if any, the law - or as the object
of an active verb whose subject is the law makes that person or firm a suspect of the
report's act. A firm the text investigates is accused by the text, as a person is; the
name, a "the company" for the one business named, or a "which" for either.

Not a probe only announced or refused ("would be investigated", "was not investigated"),
nor one by anyone but the law ("investigated by the newspaper"); not what is not a party
("the death of X is being investigated": the death is the subject, not X).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft, Named, accusation_of
from corroborate.nlp.claims.sought import Sought
from corroborate.nlp.grammar import negated_or_possible

__all__ = ["ProbedParty"]

# The mention types a probe may make a suspect of: people and firms (not places).
_PARTIES = frozenset({"person", "organization"})


class ProbedParty(Sought):
    """Reads a person or firm the law investigates (``_party_probed``)."""

    def _party_probed(self, verb: Token, lemma: str) -> list[Draft]:
        lex = self.lex
        if lemma not in lex.party_probing_verbs or verb.pos_ not in ("VERB", "AUX"):
            return []
        if negated_or_possible(verb, lex.modal_auxiliaries):
            return []
        if self._passive(verb):
            if not self._by_the_law_if_anyone(verb):
                return []
            objects = [c for c in verb.children if c.dep_ == "nsubjpass"]
            objects = [_antecedent(o) or o for o in objects + _relatives(verb)]
        elif self._by_the_police(verb):
            objects = [c for c in verb.children if c.dep_ == "dobj"]
        else:
            return []
        probed = [n for o in objects for n in self._names(o) if self._a_party(n)]
        return accusation_of(verb, probed)

    def _a_party(self, named: Named) -> bool:
        """Whether ``named`` is a person's or a firm's name, not a place's."""
        mentions = [m for m in self.by_token.values() if m.name == named.name]
        return any(m.type in _PARTIES for m in mentions) or self._is_person(named)


def _relatives(verb: Token) -> list[Token]:
    """A relative "which" or "that" the parser made the plain subject of the passive
    ``verb`` when a verb of saying stands between ("X Ltd, which police said is being
    investigated")."""
    return [c for c in verb.children if c.dep_ == "nsubj" and c.tag_ in ("WDT", "WP")]


def _antecedent(pronoun: Token) -> Token | None:
    """The noun a relative "which", "that" or "who" subject stands for: the head of the
    relative clause its verb is, or is the said clause of ("X, which police said is ...")."""
    if pronoun.tag_ not in ("WDT", "WP"):
        return None
    clause = pronoun.head
    while clause.dep_ == "ccomp" and clause.head.i != clause.i:
        clause = clause.head
    return clause.head if clause.dep_ == "relcl" else None
