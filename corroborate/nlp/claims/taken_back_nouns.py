"""Retractions told by a noun, not a verb: "X's retraction of his confession", "his later claim
of torture", "the appellant's version that he was coerced", "the recanted confession" - and
whose confession a noun with no owner of its own is (the one the report says confessed).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.coerced_owners import sole_confessor
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.plea_owners import plea_owner
from corroborate.nlp.claims.police_interviews import police_record
from corroborate.nlp.claims.retractions import Retractions

__all__ = ["TakenBackNouns"]


class TakenBackNouns(Retractions):
    """A confession taken back, told by a noun."""

    def _nouns_taken_back(self, noun: Token) -> list[Draft]:
        """The retraction a noun tells: one of taking back ("X's retraction of the
        confession") or a claim of coercion ("X's claim that he confessed under torture"),
        its owner the one who takes the confession back."""
        if noun.pos_ not in ("NOUN", "PROPN") or self._negated_noun(noun):
            return []
        lemma = noun.lemma_.lower()
        pleaded = self._pleaded_coerced(noun)
        if pleaded:
            return pleaded
        if lemma in self.kinds.retraction_cues:
            takers = self._retraction_noun_owners(noun)
        elif lemma in self.lex.innocence_claims:
            takers = self._coercion_claimants(noun)
        else:
            return []
        if not takers:
            return []
        draft = Draft("retraction", noun)
        draft.add(takers, "accused")
        return [draft]

    def _pleaded_coerced(self, noun: Token) -> list[Draft]:
        """ "The judge rejected the defence claim that the statement had been extracted under
        torture", "the court rejected the argument of X's lawyer that the statement his client
        gave police had been taken at two in the morning, without a lawyer": a plea noun whose
        owner is the accused's side (``plea_owners``) says what a verb of saying would - read
        as one (``CoercedStatements._coerced_confession``, the plea's owner its speaker): the
        confession it tells and its taking back, whatever the court made of the plea."""
        if plea_owner(noun, self.lex.side_plea_nouns) is None:
            return []
        coerced = self._coerced_confession(noun)
        if coerced is None:
            return []
        coerced_by = self._coerced_by(noun, coerced)
        if not coerced_by:  # "the defence claim" where two confessed: whose, unsaid
            return []
        draft = Draft("retraction", noun)
        draft.add(coerced_by, "accused")
        # the confession the plea tells, for one the report has not yet told confessed: where
        # it has, that confession (and where it was made) stands as told, the plea adding
        # only its taking back
        new = [n for n in coerced_by if n.name not in self.confessors]
        if not new:
            return [draft]
        told = Draft("confession", noun, taken_back=coerced)
        told.add(new, "accused")
        return [told, draft]

    def _retraction_noun_owners(self, noun: Token) -> list[Named]:
        """Who a noun of taking back says took a confession back: its owner ("X's retraction
        of the confession", "his recantation"), where what it takes back is a confession (or a
        statement, or nothing said) and the owner is one the report says confessed - a
        witness retracts testimony too."""
        taken = [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        confession = any(self._a_confession(o) for o in taken)
        if (
            taken
            and not confession
            and not any(o.lemma_.lower() in self.lex.statement_nouns for o in taken)
        ):
            return []  # "the retraction of the report", "the withdrawal of the case"
        return self._possessors(noun, confession)

    def _possessors(self, noun: Token, told: bool) -> list[Named]:
        """The people a noun's possessive names ("X's", "his", "the appellant's"): those the
        report says confessed (a lone surname for the full name), or, where the noun's own
        phrase ``told`` the confession, any person."""
        possessives = [c for c in noun.children if c.dep_ == "poss"]
        owners = [n for c in possessives for n in self._names(c)]
        before = self.confessors | self._confessions_owned_before(noun)
        confessed = [c for n in owners if (c := self._as_confessor(n, before))]
        if not owners and any(self._unnamed_accused(c) for c in possessives):
            # "The appellant's version that he was coerced", "his claim", the word left
            # unresolved: the one the report says confessed, if only one did
            return self._sole_confessor(noun)
        return confessed or [n for n in owners if told and self._is_person(n)]

    def _confessions_owned_before(self, noun: Token) -> set[str]:
        """Whose confession the noun's own sentence told before it ("held that the
        confession of X was voluntary and that his later claim of torture ..."): the owners
        of a confession noun there, persons - the sentence's confession is not yet among
        ``confessors``."""
        return {
            n.name for t in noun.doc[noun.sent.start : noun.i]
            if self._a_confession(t) or police_record(t, self.lex)
            for n in self._owners(t) + self._givers_of(t) if self._is_person(n)
        }  # fmt: skip

    def _unnamed_accused(self, word: Token) -> bool:
        """A pronoun or a noun for the accused ("the appellant", "the convict")."""
        return word.pos_ == "PRON" or word.lemma_.lower() in self.lex.accused_nouns

    def _coercion_claimants(self, noun: Token) -> list[Named]:
        """Who a claim noun says was coerced into confessing: its owner, one the report says
        confessed, where what the claim holds - a clause ("Rana's claim that he had confessed
        under torture", "the appellant's version that he was coerced") or an "of" phrase
        ("his later claim of torture") - says so. Whoever reports the claim (a court that
        rejects it), the claim is the owner's taking back of his confession."""
        # what the claim holds; never a relative clause on it ("the claim he made in court")
        held = [c for c in noun.children if c.dep_ in ("acl", "ccomp") and c.i > noun.i]
        held += [o for p in noun.children if p.dep_ == "prep" and p.lower_ == "of"
                 for o in p.children if o.dep_ == "pobj"]  # fmt: skip
        if not any(self._coercion_in(h) for h in held) and not self._abuse_against(noun, held):
            return []
        # a claim that tells the confession itself ("that he had confessed under torture")
        # needs no confession told before it
        confessing = self.lex.confess_verbs | self.lex.confession_nouns
        told = any(t.lemma_.lower() in confessing for h in held for t in h.subtree)
        if told:
            return self._possessors(noun, told)
        # "The judge admitted the statement, despite X's claim that it had been beaten out
        # of him": a statement its sentence weighs before the claim, which the claim says
        # was coerced, is the claimant's confession - one the report accuses
        found = self._possessors(noun, False)
        if found:
            return found
        claimants = [n for n in self._possessors(noun, True) if n.name in self.accused_so_far]
        return claimants if self._statement_weighed(noun, claimants) else []

    def _statement_weighed(self, noun: Token, claimants: list[Named]) -> bool:
        """Whether the sentence of a claim noun names, before it, a statement or a statement
        under caution (what a court admits or a lawyer attacks) that is no one's but the
        claimants' - the one the claim speaks of ("the statement of the victim" is another's,
        which a claim that it was fabricated disputes, taking nothing back)."""
        words = self.lex.statement_or_confession_nouns
        own = {n.name for n in claimants}
        return bool(own) and any(
            (t.lemma_.lower() in words or police_record(t, self.lex))
            and {n.name for n in self._owners(t)} <= own
            for t in noun.doc[noun.sent.start : noun.i]
        )  # fmt: skip

    def _abuse_against(self, noun: Token, held: list[Token]) -> bool:
        """Whether a claim of harm done to the claimant stands against a confession its own
        sentence weighs ("the judge admitted X's caution interview, rejecting his claim that
        he had been slapped and denied a lawyer"): what the claim holds is its subject, a
        pronoun, harmed (``abuse_verbs``, passive, not negated), and a confession (or a
        statement under caution) comes before the claim in the sentence. A claim of harm
        with no confession beside it ("his claim that he was beaten by the victim's sons")
        tells a defence, not a confession taken back."""
        harmed = any(
            t.lemma_.lower() in self.kinds.abuse_verbs
            and not any(c.dep_ == "neg" for c in t.children)
            and any(c.dep_ == "nsubjpass" and c.pos_ == "PRON" for c in t.children)
            for h in held for t in h.subtree
        )  # fmt: skip
        weighed = noun.doc[noun.sent.start : noun.i]
        return harmed and any(self._a_confession(t) or police_record(t, self.lex) for t in weighed)

    def _sole_confessor(self, noun: Token) -> list[Named]:
        """Whose a confession noun with no owner of its own is ("The recanted confession was
        excluded", "the confession, withdrawn at trial, ..."): the one person the report has
        said confessed, where there is exactly one; else no one (a guess between two)."""
        return sole_confessor(self.confessors, noun)

    @staticmethod
    def _negated_noun(noun: Token) -> bool:
        """ "no retraction", "never a claim of torture": a noun its determiner negates."""
        return any(c.dep_ in ("det", "neg") and c.lower_ in ("no", "never") for c in noun.children)
