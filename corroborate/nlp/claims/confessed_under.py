"""A confession its maker's side says he made only because of coercion: "X told the court he
had confessed only because officers threatened his wife", "X said she confessed under
pressure", "he now says he admitted the theft after detectives beat him". The clause tells
he confessed, and by the reason it gives, that the confession was not his free word - the
accused's side takes it back as "his confession was extracted under torture" does
(``claims.coerced``), only with the verb of confessing rather than a statement noun.

Before, the reader read such a clause as one more confession and nothing taken back: the
verb of confessing is not negated ("he never confessed", ``_confession_disclaimed``) and no
statement is named for the coercion reader to find. Read only where the reason is one of
coercion - a clause or phrase on the verb of confessing ("because", "after", "until",
"under") that holds a word of coercion (``kinds.coercion``: threats, pressure, duress, a
promise) or a verb of harm not negated (``kinds.abuse_verbs``: "after detectives beat him")
- so "he said he confessed because he felt guilty" or "after detectives showed him the
video" takes nothing back. Said by the accused or his side only (a witness, the police or a
prosecutor who says so tells nothing of his), and only of one the report accuses or told
confessing.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.coerced import CoercedStatements
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.claims.spoken_for import may_speak_for_the_accused
from corroborate.nlp.grammar import negated

__all__ = ["ConfessedUnder"]

# the phrases on a verb that give its reason or what came before it: "under pressure",
# "after being beaten", "until they beat him"
_REASON_PREPS = frozenset({"under", "after", "until", "till"})


class ConfessedUnder(CoercedStatements):
    """A confession its maker's side says was made under coercion, by its verb."""

    def _confessed_under_coercion(self, verb: Token) -> list[Named]:
        """Who, by the reported clause of ``verb`` (a verb of saying), confessed only under
        coercion: the subject of a verb of confessing or admitting in that clause, not
        negated, whose reason is coercion (``_coerced_reason``) - a name, or a pronoun for
        the side that speaks - where the speaker is the accused or his lawyer or kin, and
        the one named is accused or told confessing in the report."""
        # the clause test first: most verbs of saying report no confession at all
        act = self._coerced_confessing(verb)
        if act is None:
            return []
        speaker = self._speaker_of(verb)
        if speaker is None:
            return []
        if not may_speak_for_the_accused(speaker, self.lex.role_nouns):
            return []
        known = self.accused_so_far | self.confessors | set(self.all_accused)
        subjects = [c for c in act.children if c.dep_ in ACTIVE_SUBJECTS]
        who = [n for s in subjects for n in self._names(s)] or self._side_of(speaker)
        return [n for n in who if n.name in known]

    def _coerced_confessing(self, verb: Token) -> Token | None:
        """The first verb of confessing or admitting in a reported clause of ``verb``, not
        negated, whose reason is coercion (``_coerced_reason``); None where there is none."""
        lex = self.lex
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            for act in self._coordinated(clause):
                lemma = act.lemma_.lower()
                if lemma not in lex.confess_verbs and lemma not in lex.admission_verbs:
                    continue
                if negated(act) or not any(self._coerced_reason(c) for c in act.children):
                    continue
                return act
        return None

    def _coerced_reason(self, child: Token) -> bool:
        """Whether a clause or phrase on a verb of confessing gives coercion as its reason
        or what came before it: an adverbial clause ("because officers threatened his
        wife", "after detectives beat him") or a phrase of "under", "after", "until" ("under
        pressure", "after being beaten") holding a word of coercion or a verb of harm not
        negated."""
        if child.dep_ != "advcl" and not (child.dep_ == "prep" and child.lower_ in _REASON_PREPS):
            return False
        words = " ".join(t.text for t in child.subtree)
        if self.kinds.coercion.search(words):
            return True
        abuse = self.kinds.abuse_verbs
        return any(t.lemma_.lower() in abuse and not negated(t) for t in child.subtree)
