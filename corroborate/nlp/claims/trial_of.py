"""Who a trial is of: "the bench ordered a fresh trial of their brother-in-law, X", "the
trial of the two remaining accused, X and Y, is set for March".

A trial noun (``tried_nouns``) names in its "of" phrase the person tried, who stands accused
whatever the trial's fate; the charge nouns read only what a charge is "against" or whose it
is ("X's trial"), so a trial told by its "of" went unread, and with it a defendant named
nowhere else in a report of a retrial. Only a person the phrase names (its object, the
names co-ordinated or in apposition with it: "of their cousin, X"); never a trial asked for
or not held ("demanded the trial of X", "did not order a retrial of X"), where no one has
been tried, nor the "of" of a noun inside the phrase ("the trial of X's killer" names the
killer, not X).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.not_done import NotDone

__all__ = ["TrialOf"]


class TrialOf(NotDone):
    """The accusation a trial noun's "of" phrase tells."""

    def _trial_of(self, noun: Token) -> list[Draft]:
        """An accusation of the people a trial noun's "of" phrase names, none where the
        trial is asked for or not done."""
        lex = self.lex
        if noun.lemma_.lower() not in lex.tried_nouns or noun.dep_ == "compound":
            return []
        preps = [c for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"]
        tried = [n for p in preps for n in self._pobj_names(p)]
        objects = [o for p in preps for o in p.children
                   if o.dep_ == "pobj" and o.i not in self.by_token]  # fmt: skip
        if objects and not tried:
            # "the trial of the two remaining accused, X and Y": the parser hangs the names
            # in apposition to the common noun on the trial noun, across its object, in
            # apposition or, after a comma, as a conjunct
            tried = [n for a in noun.children if a.i > objects[0].i and _apposed(a, objects[0])
                     for n in self._names(a)]  # fmt: skip
        tried = [n for n in tried if self._is_person(n)]
        if not tried:
            return []
        governing = self._governing_verb(noun)
        if governing is not None and (
            governing.lemma_.lower() in lex.request_verbs
            or (noun.head.i == governing.i and self._not_done(governing))
        ):
            return []
        draft = Draft("accusation", noun)
        draft.add(list(dict.fromkeys(tried)), "accused")
        return [draft]


def _apposed(word: Token, obj: Token) -> bool:
    """Whether ``word``, hung on the trial noun after its object ``obj``, renames that
    object: an apposition, or a conjunct right after a comma that follows the object ("the
    trial of the two remaining accused, X and Y" with X made the noun's conjunct) - not one
    joined by "and" ("the trial of the accused and X's appeal")."""
    if word.dep_ == "appos":
        return True
    before = word.doc[word.left_edge.i - 1]
    return word.dep_ == "conj" and before.text == "," and before.i == obj.right_edge.i + 1
