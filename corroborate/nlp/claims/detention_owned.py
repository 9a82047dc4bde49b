"""Custody a court orders told by its noun, whose holder is its possessive or its "of" phrase.

Wire copy from courts that hold suspects before trial by "detention" (most of Europe, Latin
America, the post-Soviet states) tells the remand as the court ordering the detention noun
itself, with the one held written as the noun's owner:

- "An investigating judge ordered his pre-trial detention for one month",
  "A judge on Monday ordered his preventive detention on a charge of receiving stolen goods",
  "charged him with money laundering and ordered his detention in the prison";
- "The court ordered the detention of X for two months", "a Riga court authorised the
  detention of X".

A court's order is a remand of that owner (``_detention_owned``), read beside the arrest the
detention noun itself tells. The "for"/"against" phrase ("ordered pre-trial detention for X")
is ``CourtDetention._detention_for``'s; a custody noun with no owner is never someone's here.

Not an order no court gives ("police ordered his detention", "the minister ordered the
detention of X"); a prosecution's own order ("the Public Prosecution ordered his detention
for 21 days") is one since ord82, as in the Gulf, Egypt and francophone Africa prosecutors
order suspects held pending investigation. Not one refused, not given or only asked for
("did not order his detention", "asked the court to order his detention": the order is an
infinitive, the court's own verb is the asking's or the refusal's), not shelter ("ordered
the protective custody of the witness"), and not custody given to a guardian ("ordered the
custody of the girl to her mother": the noun gives it "to" someone).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.courts import Courts
from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.ordered_held_passive import custody_not_shelter
from corroborate.nlp.grammar import negated, prep_objects, to_infinitive

__all__ = ["DetentionOwned"]

# "the custody of the girl to her mother", "custody of the boy with his aunt": custody given
# to someone, a guardian's, not a detention
_GIVEN_TO = ("to", "with")


class DetentionOwned(Courts):
    """Remands told as a court's order of someone's detention."""

    def _detention_owned(self, verb: Token, lemma: str) -> list[Draft]:
        """A remand of whom the detention noun a court orders belongs to: its possessive
        ("ordered his pre-trial detention") or its "of" phrase ("ordered the detention of
        X"). Empty for any other verb, a negated or infinitive order, or no court's."""
        lex = self.lex
        if lemma not in lex.custody_order_verbs or negated(verb) or to_infinitive(verb):
            return []
        detentions = [c for c in verb.children if c.dep_ == "dobj" and self._a_detention(c)]
        # "ordered the custody of the girl to her mother": the parser may hang the "to" on
        # the verb
        if not detentions or prep_objects(verb, ("to",)):
            return []
        # "the Public Prosecution ordered his detention" is a remand too (ord82)
        if not self._by_a_court_or_prosecution(verb):
            return []
        held = [n for d in detentions for o in _owners(d) for n in self._names(o)]
        draft = Draft("ruling", verb, "remanded")
        draft.add([n for n in held if self._is_person(n)], "accused")
        return [draft] if self._accused_in(draft) else []

    def _a_detention(self, noun: Token) -> bool:
        """Whether ``noun`` is custody or detention someone is held in (``custody_nouns``),
        not shelter and not custody given to a guardian."""
        return custody_not_shelter(noun, self.lex) and not prep_objects(noun, _GIVEN_TO)


def _owners(noun: Token) -> list[Token]:
    """Whom a detention noun is written as belonging to: its possessive ("his detention",
    "X's detention"; a length is no one's: "14 days' detention") or its "of" phrase."""
    owners = [c for c in noun.children if c.dep_ == "poss" and c.ent_type_ != "DATE"]
    return [*owners, *prep_objects(noun, ("of",))]
