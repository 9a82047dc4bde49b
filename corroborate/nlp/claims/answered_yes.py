"""A confession told as an answer of yes: "Asked by journalists outside the court whether he
had killed the jeweller, X said: 'Yes, I did it'". The question tells the deed and whose it
is; the answer only agrees. Read from the parse: a verb of saying (``reporting_cues``), not
negated, by one the report already accuses, with an adverbial "asked" (``question_verbs``)
whose content clause has a pronoun for the teller as subject and names a crime he did
(``own_deed.tells_own_crime``), and whose reply opens with a word of yes
(``affirmative_answers``). Asked by the press (``public_audiences``) it is public
(``audience.asked_by_press``, which ``Settings`` asks); "No, I was not there" is no confession.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.draft import Draft, confession_of
from corroborate.nlp.own_deed import tells_own_crime
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

__all__ = ["AnsweredYes"]

_QUESTIONS = legal().question_verbs
_YES = legal().affirmative_answers


class AnsweredYes(Answers):
    """An accused's yes to a question about his own crime, as his confession."""

    def _answered_yes(self, verb: Token) -> list[Draft]:
        if verb.lemma_.lower() not in self.kinds.reporting_cues:
            return []
        if any(c.dep_ == "neg" for c in verb.children):
            return []
        asked = [c for c in verb.children if c.dep_ == "advcl" and c.lemma_.lower() in _QUESTIONS]
        if not any(self._asks_own_crime(a) for a in asked) or not self._replies_yes(verb):
            return []
        return confession_of(verb, [n for n in self._agents(verb) if n.name in self.accused_so_far])

    @staticmethod
    def _asks_own_crime(asked: Token) -> bool:
        """ "asked whether he had killed the jeweller": a he or she asked of his own crime."""
        for clause in (c for c in asked.children if c.dep_ == "ccomp"):
            subjects = [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]
            if any(s.lower_ in PERSONAL_PRONOUNS for s in subjects):
                return bool(tells_own_crime(subjects))
        return False

    @staticmethod
    def _replies_yes(verb: Token) -> bool:
        """Whether the reply opens with yes: on the verb or on its reported clause."""
        heads = [verb, *(c for c in verb.children if c.dep_ == "ccomp")]
        return any(
            c.dep_ == "intj" and c.lower_ in _YES and c.i > verb.i
            for h in heads for c in h.children
        )  # fmt: skip
