"""A confession told as what an accused told those who hold him: "X, who told investigators
after his arrest that he had been paid to carry the bags, wept", "X had told the police that
he was paid to pose as the owner", "Y told investigators that the clerk had supplied the
seal", "X told detectives that he and the clerk had supplied the seal". Court reports call
such an account the accused's statement to police, and the court later weighs it as his
confession (custodial) - whatever words tell the deed, so no crime word is asked of the clause
(unlike ``NestedSpeech``, where the teller is only named inside another's report). But what
is told must not be about others only: where no clause of it has the teller for its subject
(he, she, I, we, or his name), it admits nothing when it tells no deed at all ("told gardai
that the man had simply fallen": an account) or another's crime ("told detectives that his
cousin had struck the man": the finger pointed elsewhere). Another's part in a scheme told with
no crime word ("that the clerk had supplied the seal") is still read as the accused's
statement, as the open sets' gold weighs it. A clause whose subject the parse does not give is
left as before.

Read from the parse: a verb of telling (``informing_verbs``), not negated, whose audience is a
custodial agent (``audience.audience_setting``: "investigators", "the police", "CTD
officials"), with a content clause that is not itself negated and clears no one
(``Answers._denied_in_content``: "told police that he was at home that night" is a denial).
Only a teller the report has already accused is a confessor: a witness or a victim tells the
police what happened too.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.audience import audience_setting
from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.own_deed import tells_own_crime
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

__all__ = ["ToldCustodians"]


class ToldCustodians(Answers):
    """An accused's account told to the police or investigators, as his custodial confession."""

    def _told_custodians(self, verb: Token, lemma: str) -> list[Draft]:
        if lemma not in self.lex.informing_verbs or self._passive(verb):
            return []
        if any(c.dep_ == "neg" for c in verb.children):
            return []  # "X never told the police that he had been there"
        if audience_setting(verb, "confession") != "custodial":
            return []
        clauses = [c for c in verb.children if c.dep_ == "ccomp"]
        # the clause and the verbs joined to it, not the clauses they govern in turn: "that
        # Y had supplied the seal and arranged that the file did not go ..." is not negated
        told = [v for c in clauses for v in (c, *c.conjuncts)]
        if not told or any(c.dep_ == "neg" for v in told for c in v.children):
            return []  # "told police that he had not seen the boy"
        if self._denied_in_content(verb):
            return []
        tellers = [n for n in self._agents(verb) if n.name in self.accused_so_far]
        if not tellers or self._told_of_others(told, tellers):
            return []
        draft = Draft("confession", verb)
        draft.add(tellers, "accused")
        return [draft]

    def _told_of_others(self, told: list[Token], tellers: list[Named]) -> bool:
        """Whether what was told is about others only and admits nothing: every subject of
        the told clauses stands for someone other than the teller, and they tell another's
        crime ("that his cousin had struck him") or no deed ("that the man had simply
        fallen"). False where no clause has a subject the parse gives (the account is read as
        before) or where one is the teller's."""
        subjects = [c for v in told for c in v.children if c.dep_ in _SUBJECTS]
        subjects += [c for s in subjects for c in s.conjuncts]  # "he and the clerk"
        if not subjects or any(self._the_teller(s, tellers) for s in subjects):
            return False
        # another's crime ("his cousin had struck the man"), or no deed at all ("the man had
        # simply fallen": nothing done to anything)
        crime = any(tells_own_crime([s]) for s in subjects)
        return crime or not any(c.dep_ in _DONE for v in told for c in v.children)

    def _the_teller(self, subject: Token, tellers: list[Named]) -> bool:
        """Whether a clause's subject is the teller: his name, or a pronoun that can stand
        for him ("he", "I", "we"; "they" for several tellers) and that the report does not
        resolve to someone else."""
        names = {n.name for n in tellers}
        if subject.i in self.by_token:
            return any(n.name in names for n in self._names(subject))
        if subject.pos_ != "PRON":
            return False
        first = subject.morph.get("Person", []) == ["1"]
        several = subject.lower_ == "they" and len(tellers) > 1
        return subject.lower_ in PERSONAL_PRONOUNS or first or several


_SUBJECTS = ACTIVE_SUBJECTS | PASSIVE_SUBJECTS
# What a verb does something to or with: a deed, not a mere happening.
_DONE = frozenset({"dobj", "dative", "xcomp", "ccomp"})
