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
from corroborate.nlp.claims.draft import Draft, Named, confession_of
from corroborate.nlp.grammar import NOUN_SUBJECTS
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
        speakers = self._agents(verb) or self._apposed_in_question(verb, asked)
        # one the report has not yet accused answers of his own deed in the first person
        # ("Yes, I hit him with the rod"); "Yes, he did" tells of another
        own = self._replies_own_deed(verb)
        return confession_of(verb, [n for n in speakers if own or n.name in self.accused_so_far])

    def _apposed_in_question(self, verb: Token, asked: list[Token]) -> list[Named]:
        """The speaker the parser apposed to the question's last noun when the verb of
        saying has no subject: "Asked whether he had killed the man, X, his face covered,
        said: ..." reads X as "the man"'s apposition - the name that closes the question,
        just before the verb's own words."""
        if any(c.dep_ in NOUN_SUBJECTS for c in verb.children):
            return []
        for question in asked:
            names = [t for t in question.subtree if t.dep_ == "appos" and t.pos_ == "PROPN"]
            if names:
                named = self._name_at(names[-1])
                return [named] if named is not None else []
        return []

    @staticmethod
    def _replies_own_deed(verb: Token) -> bool:
        """Whether the yes goes on in the first person: "Yes, I hit him" - an "I" the
        subject of the reported clause the yes opens."""
        return any(
            c.dep_ == "ccomp"
            and any(i.dep_ == "intj" and i.lower_ in _YES for i in c.children)
            and any(s.dep_ == "nsubj" and s.lower_ == "i" for s in c.children)
            for c in verb.children
        )

    @staticmethod
    def _asks_own_crime(asked: Token) -> bool:
        """ "asked whether he had killed the jeweller": a he or she asked of his own crime."""
        for clause in (c for c in asked.children if c.dep_ == "ccomp"):
            subjects = [c for c in clause.children if c.dep_ in NOUN_SUBJECTS]
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
