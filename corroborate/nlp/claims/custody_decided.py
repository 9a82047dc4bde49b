"""Custody a court decides on or finds grounds for, told by the infinitive of keeping.

South Asian courts - Nepal's district courts above all, whose order at the first hearing is
either custody for the trial or bail - are often reported by what the court decided or found
rather than by a verb of ordering:

- a deciding verb of a court whose infinitive keeps someone in custody: "the court decided to
  keep X in custody", "the bench agreed to keep him in judicial custody"
  (``custody_deciding_verbs``);
- a noun of grounds or of an order whose infinitive keeps someone in custody, which a court
  found, issued or passed: "the bench found sufficient grounds to keep X in custody", "the
  district court issued an order to keep him in judicial custody"; or which the court held or
  said were there: "the court held that the register entries were sufficient grounds to keep
  him in custody" (``custody_ground_nouns``).

Each is a remand (custody a court keeps someone in before trial). Not a keeping a court
refused, denied or did not decide ("decided not to keep X in custody", "found no grounds to
keep X in custody", "insufficient grounds"), not one only asked for by a party ("the
prosecutor said there were grounds to keep him in custody": the saying verb is no court's),
and not shelter or someone's own custody ("protective custody", "the custody of his aunt").
"Ordered" or "allowed" with such an infinitive is ``Custody._held_by_order``'s; this reading
is asked by ``Custody._kept_by_a_court``, the court that itself keeps someone in custody.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.court_detention import CourtDetention
from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.judicial_places import judicial_place
from corroborate.nlp.grammar import negated, prep_objects, to_infinitive

__all__ = ["CustodyDecided"]


class CustodyDecided(CourtDetention):
    """Remands told as custody a court decided on or found grounds for."""

    def _custody_decided(self, verb: Token, lemma: str) -> list[Draft]:
        """A remand of whom ``verb`` keeps in custody, where ``verb`` is the infinitive of a
        court's deciding verb or of grounds or an order a court found or gave."""
        lex = self.lex
        if lemma not in lex.holding_verbs or not to_infinitive(verb):
            return []
        if negated(verb) or not self._kept_in_custody(verb):
            return []
        decider = self._decider(verb)
        if decider is None or negated(decider):
            return []
        if not self._by_a_court(decider):
            return []
        return self._remand_of(verb, self._patients(verb))

    def _kept_in_custody(self, verb: Token) -> bool:
        """Whether the keeping verb's "in" phrase (on it, on its object, or parsed as its
        predicate) is custody or detention, or a court's place of holding ("in judicial
        custody", "in the district jail")."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "dobj")]
        ins = [c for h in heads for c in h.children if c.lower_ == "in" and c.dep_ == "oprd"]
        places = [o for p in ins for o in p.children if o.dep_ == "pobj"]
        places += [o for h in heads for o in prep_objects(h, ("in",))]
        return any(
            self._held_in(o) or judicial_place(o, self.lex) or self._a_prison(o) for o in places
        )

    def _decider(self, verb: Token) -> Token | None:
        """The verb that decides the keeping: a deciding verb it is the infinitive of ("decided
        to keep"), or the verb whose object ("found grounds to keep", "issued an order to
        keep") or whose clause's predicate ("held that ... were sufficient grounds to keep")
        is the noun of grounds or order the infinitive hangs on. None for any other, and for
        grounds denied ("no grounds", "insufficient grounds")."""
        lex = self.lex
        head = verb.head
        if verb.dep_ == "xcomp":
            return head if head.lemma_.lower() in lex.custody_deciding_verbs else None
        # the parser hangs the infinitive on the noun as a clause, or after "there were" as a
        # relative ("there were grounds to keep X")
        clause = verb.dep_ in ("acl", "relcl")
        if not clause or head.lemma_.lower() not in lex.custody_ground_nouns:
            return None
        wanting = lex.negative_words | lex.wanting_adjectives
        if any(c.dep_ == "neg" or c.lower_ in wanting for c in head.children):
            return None
        if head.dep_ == "dobj" and head.head.lemma_.lower() in lex.custody_finding_verbs:
            return head.head
        copula = head.head
        if head.dep_ == "attr" and copula.dep_ == "ccomp" and copula.head.pos_ == "VERB":
            if negated(copula):
                return None
            return copula.head
        return None
