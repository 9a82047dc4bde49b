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

The same holds of a sentence and of an acquittal, and of one left unappealed: "the suspended
sentence of X was not appealed", "X, whose sentence was not appealed", "X appealed her
sentence" tell a sentence passed on X (``appealed_sentence_nouns``: convicted); "prosecutors
did not appeal the acquittal of X", "the prosecution appealed X's acquittal" tell an acquittal
given (acquitted). Whether the verb is negated does not matter: appealed or not, the ruling was
made. The verdict's holder is its owner - its possessor, its "of" phrase, or what a "whose"
clause describes; not a possessor beside an "of" phrase, who gave it ("the judge's acquittal
of X"); never, for an acquittal, the one who appeals it (the prosecution or a complainant),
and only one the report accuses already (an acquittal appealed in another case names
someone outside this one).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.antecedents import agrees
from corroborate.nlp.claims.courts import Courts
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.claims.whose_owner import whose_antecedent
from corroborate.nlp.grammar import prep_objects

__all__ = ["ConvictionAppealed"]


class ConvictionAppealed(Courts):
    """Convictions an appeal against them tells (``_conviction_appealed``)."""

    def _conviction_appealed(self, verb: Token) -> list[Draft]:
        lex = self.lex
        if verb.lemma_.lower() not in lex.appealing_verbs or verb.pos_ != "VERB":
            return []
        # what is appealed: the object, the "against" phrase, or the passive subject ("the
        # sentence of X was not appealed")
        appealed = [c for c in verb.children if c.dep_ == "dobj" or c.dep_ in PASSIVE_SUBJECTS]
        appealed += prep_objects(verb, ("against",))
        drafts = self._verdicts_appealed(verb, appealed, lex.conviction_nouns, "convicted")
        drafts += self._verdicts_appealed(verb, appealed, lex.appealed_sentence_nouns, "convicted")
        drafts += self._verdicts_appealed(verb, appealed, lex.acquittal_nouns, "acquitted")
        return drafts

    def _verdicts_appealed(
        self, verb: Token, appealed: list[Token], nouns: frozenset[str], outcome: str
    ) -> list[Draft]:
        """The ruling ``outcome`` on the holders of the appealed verdicts among ``appealed``
        whose word is one of ``nouns``."""
        verdicts = [c for c in appealed if c.lemma_.lower() in nouns]
        if not verdicts:
            return []
        held = [n for c in verdicts for n in self._verdict_holders(c)
                if self._is_person(n) and self._owner_agrees(c, n)]  # fmt: skip
        if outcome == "acquitted":
            # only one the report accuses already: "the state has appealed the acquittal of X
            # in another case" names someone outside this one (a held-out report did)
            held = [n for n in held if n.name in self.all_accused]
        owned = any(c.dep_ == "poss" for k in verdicts for c in k.children)
        if not held and not owned and outcome != "acquitted" and verb.dep_ != "relcl":
            # only one the report accuses already: a lawyer or a relative may appeal too; an
            # acquittal is appealed by the other side
            held = [n for n in self._names_of_children(verb, ACTIVE_SUBJECTS)
                    if self._is_person(n) and n.name in self.all_accused]  # fmt: skip
        draft = Draft("ruling", verb, outcome)
        draft.add(held, "accused")
        return [draft] if self._accused_in(draft) else []

    def _verdict_holders(self, verdict: Token) -> list[Named]:
        """Whom a verdict is on: its owner, else what a "whose" clause describes ("X, whose
        sentence was not appealed")."""
        # "the judge's acquittal of the officers", "the trial court's sentence of X": where an
        # "of" phrase names whom it is on, the possessive is the one who gave it
        owners = [n for n in self._owners(verdict) if not self._a_court(n)]
        if prep_objects(verdict, ("of",)):
            givers = {n.name for c in verdict.children if c.dep_ == "poss" for n in self._names(c)}
            owners = [n for n in owners if n.name not in givers]
        if not owners and (whose := whose_antecedent(verdict)) is not None:
            owners = self._names(whose)
        return owners

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
