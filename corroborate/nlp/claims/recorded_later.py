"""A confession whose setting a later sentence tells by how it was recorded: "X withdrew his
confessional statement during the trial, claiming he was beaten. The tribunal found the
statement voluntary as it had been recorded by a magistrate" - the statement, "it", "the
confession" the report has just told, recorded before a magistrate, under Section 164 or by an
inspector, is the same confession, made where its recording says.

Only a confession (or its retraction) told in the same or the sentence before stands for "the
statement" or "it"; only the passive subject of a verb of recording (``recording_verbs``)
whose own phrase names a setting ("by a magistrate", "before the court", "by Chief Inspector
Y", "under Section 164"); only a definite noun with no owner of its own ("his statement was
recorded" is its owner's, read by ``Nouns``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.settings import Settings
from corroborate.nlp.kinds import setting_in

__all__ = ["RecordedLater"]

# How many sentences after the confession its recording may be told in.
_RECORDED_WAITS = 1
# Determiners that point back to a statement the report has told.
_DEFINITE = frozenset({"the", "this", "that"})
# Pronouns that stand for a statement.
_THING_PRONOUNS = frozenset({"it"})
# The phrases of a recording verb that say where or by whom it was recorded.
_WHERE_DEPS = frozenset({"agent", "prep"})


class RecordedLater(Settings):
    """A confession told again by how it was recorded (``_recorded_later``)."""

    # The accused of the last confession (or retraction of one) the report told, and the
    # number of its sentence; the number of the sentence read now. Set by ``Reader.run``.
    last_confessed: tuple[int, list[Named]] | None
    sentence_number: int

    def _recorded_later(self, token: Token) -> list[Draft]:
        """A confession draft for the accused of the confession told just before, when
        ``token`` is that confession told again as recorded somewhere ("the statement had
        been recorded before a magistrate", "it had been recorded by Inspector Y")."""
        if self.last_confessed is None:
            return []
        number, owners = self.last_confessed
        if not 0 <= self.sentence_number - number <= _RECORDED_WAITS:
            return []
        if not self._stands_for_statement(token):
            return []
        verb = token.head
        if token.dep_ != "nsubjpass" or verb.lemma_.lower() not in self.lex.recording_verbs:
            return []
        if not self._recorded_where(verb):
            return []
        draft = Draft("confession", token)
        draft.add(owners, "accused")
        return [draft]

    def _described_taker(self, verb: Token, taken: Token) -> list[Named]:
        """ "... a statement X recorded under Section 164 ... On Wednesday the constable
        resiled from it": a verb of taking back whose subject is a definite description that
        names no one ("the constable", "the accused"), and whose object stands for the
        statement told in that or the sentence before (``_stands_for_statement``), is the
        taking back of that statement by its one owner - the description is how the report
        calls them now."""
        if self.last_confessed is None or not self._stands_for_statement(taken):
            return []
        number, owners = self.last_confessed
        if not 0 <= self.sentence_number - number <= _RECORDED_WAITS or len(owners) != 1:
            return []
        subjects = [c for c in verb.children if c.dep_ == "nsubj"]
        described = [
            s for s in subjects if s.pos_ == "NOUN" and s.tag_ == "NN" and s.i not in self.by_token
            and any(c.dep_ == "det" and c.lower_ == "the" for c in s.children)
        ]  # fmt: skip
        if len(subjects) != 1 or not described:
            return []
        subject = described[0]
        return [Named(owners[0].name, subject.idx, subject.idx + len(subject.text))]

    def _stands_for_statement(self, token: Token) -> bool:
        """ "it", or "the statement" / "the confession" with no owner of its own (a
        possessive, an "of" or "by" phrase)."""
        if token.pos_ == "PRON":
            return token.lower_ in _THING_PRONOUNS
        lex = self.lex
        if token.lemma_.lower() not in lex.statement_or_confession_nouns:
            return False
        children = list(token.children)
        if any(c.dep_ == "poss" for c in children):
            return False
        if any(c.dep_ == "prep" and c.lower_ in ("of", "by") for c in children):
            return False
        return any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in children)

    def _recorded_where(self, verb: Token) -> bool:
        """Whether a phrase of the recording verb names where or by whom ("before a
        magistrate", "by Inspector Y", "under Section 164")."""
        text = self.doc.text
        for phrase in verb.children:
            if phrase.dep_ not in _WHERE_DEPS:
                continue
            last = phrase.right_edge
            if setting_in(text[phrase.left_edge.idx : last.idx + len(last.text)]) is not None:
                return True
            if self._told_to_custodians(phrase):
                return True
        return False
