"""Involvement in a crime as an accusation: "X and Y were involved in the attack", "two other
men, X and Y, were also involved in the murder". The one said to be involved (``involved_words``)
in an act the lexicon names (a crime noun, or any phrase ``acts.act_of`` reads as an act) stands
accused - unless the sentence negates it ("was not involved": a denial, read by ``Answers``) or
calls it false ("falsely involved").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.acts import act_of
from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.grammar import prep_objects

__all__ = ["Involvement"]


class Involvement(Answers):
    """Accusations told as involvement in a named crime."""

    def _involved(self, verb: Token) -> list[Draft]:
        lex = self.lex
        if verb.lower_ not in lex.involved_words:
            return []
        if any(c.dep_ == "neg" or c.lower_ in lex.false_adverbs for c in verb.children):
            return []
        acts = prep_objects(verb, ("in",))
        crime = any(
            a.lemma_.lower() in lex.crime_nouns
            or act_of(self.doc[a.left_edge.i : a.right_edge.i + 1].text)
            for a in acts
        )
        if not crime:
            return []
        subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS]
        # or hung on its "were" ("two other men, X and Y, were also involved", the subject
        # parsed as the auxiliary's)
        subjects += [c for aux in verb.children if aux.dep_ in ("aux", "auxpass")
                     for c in aux.children if c.dep_ in ACTIVE_SUBJECTS]  # fmt: skip
        # "two other men, X and Y, were involved": the names in apposition to the subject
        subjects += [a for s in subjects for a in s.children if a.dep_ == "appos"]
        draft = Draft("accusation", verb)
        draft.add([n for s in subjects for n in self._names(s) if self._is_person(n)], "accused")
        return [draft]
