"""A conviction appealed against: it stands on the appellant.

"X is appealing against his conviction for fraud", "X has challenged her conviction in the
High Court", "X, whose lawyers contest his conviction, ...": a verb of appealing
(``appealing_verbs``) with a conviction (``conviction_nouns``) as its object or its
"against" phrase tells that the conviction's owner was convicted - whatever the appeal
later brings, which a ruling on it tells as a ruling of its own. The owner is the
conviction's possessor ("his", resolved as every owner is), else the verb's subject where
the conviction has no owner ("X appealed against the conviction") and the report accuses
the subject already (a lawyer or a relative may appeal for the convict). A possessive
pronoun is resolved as every owner is ("X, her husband, is contesting her conviction": her
conviction, not his).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.antecedents import agrees
from corroborate.nlp.claims.courts import Courts
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.grammar import prep_objects

__all__ = ["ConvictionAppealed"]


class ConvictionAppealed(Courts):
    """Convictions an appeal against them tells (``_conviction_appealed``)."""

    def _conviction_appealed(self, verb: Token) -> list[Draft]:
        lex = self.lex
        if verb.lemma_.lower() not in lex.appealing_verbs or verb.pos_ != "VERB":
            return []
        appealed = [c for c in verb.children if c.dep_ == "dobj"]
        appealed += prep_objects(verb, ("against",))
        convictions = [c for c in appealed if c.lemma_.lower() in lex.conviction_nouns]
        if not convictions:
            return []
        held = [n for c in convictions for n in self._owners(c)
                if self._is_person(n) and self._owner_agrees(c, n)]  # fmt: skip
        if not held and not any(c.dep_ == "poss" for k in convictions for c in k.children):
            # only one the report accuses already: a lawyer or a relative may appeal too
            held = [n for n in self._names_of_children(verb, ACTIVE_SUBJECTS)
                    if self._is_person(n) and n.name in self.all_accused]  # fmt: skip
        draft = Draft("ruling", verb, "convicted")
        draft.add(held, "accused")
        return [draft] if self._accused_in(draft) else []

    def _owner_agrees(self, conviction: Token, owner: Named) -> bool:
        """Whether a possessive pronoun on the conviction may stand for the owner it was
        resolved to, by the sex the owner's name tells where the report first writes it
        ("Defence counsel said Yadav would challenge his conviction" after "acquitted his
        mother Shanti Yadav": not hers)."""
        pronouns = [c for c in conviction.children if c.dep_ == "poss" and c.pos_ == "PRON"]
        at = self.doc.text.find(owner.name)
        told = self.doc.char_span(at, at + len(owner.name), alignment_mode="expand")
        if not pronouns or at < 0 or told is None:
            return True
        return all(agrees(told, p) for p in pronouns)
