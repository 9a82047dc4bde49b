"""Who did an act a report counts: "X is the third suspect to confess after Y and Z" - X did it,
and so did Y and Z before; and "such a statement", the kind of statement the report has just
told ("gave a confessional statement ... the third suspect to make such a statement").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS

__all__ = ["Ordinals"]

# Verbs that say what their subject is: "X is / became the third suspect to ...".
_COPULAS = frozenset({"be", "become"})


class Ordinals(Answers):
    """The doers of an act told by its count; a statement told again by "such"."""

    # The lemmas of the confession nouns told so far ("statement" of "a confessional
    # statement"): what "such a statement" stands for. Set by ``Reader.run``.
    confession_words: set[str]
    # The act of the last confession told by each such word: what "such a statement" was
    # about when its own sentence names no act. Set by ``Reader.run``.
    confession_acts: dict[str, str]

    def _counted_doers(self, verb: Token) -> list[Named]:
        """ "X is the third suspect to confess after Y and Z", "X became the second accused
        to make such a statement after Y": an infinitive on a noun counted by an ordinal,
        that noun said of X by a copula - X did the act, and those named after "after" did
        it before (people only: "after the raid" names none). The parser hangs the
        infinitive on the noun or on the copula; both are read."""
        noun = verb.head
        if noun.pos_ in ("VERB", "AUX") and noun.lemma_.lower() in _COPULAS:
            noun = next((c for c in noun.children if c.dep_ == "attr"), noun)
        modifiers = [c for c in noun.children if c.dep_ in ("amod", "advmod")]
        counted = any(c.ent_type_ == "ORDINAL" for c in modifiers)
        copula = noun.head
        if not counted or noun.dep_ != "attr" or copula.lemma_.lower() not in _COPULAS:
            return []
        if not any(c.dep_ == "aux" and c.lower_ == "to" for c in verb.children) and not any(
            c.dep_ == "auxpass" and c.tag_ == "VB" for c in verb.children
        ):
            return []  # not an infinitive: "the third suspect, who confessed"
        doers = self._names_of_children(copula, ACTIVE_SUBJECTS)
        before = [
            n for c in verb.children if c.dep_ == "prep" and c.lower_ == "after"
            for n in self._pobj_names(c) if self._is_person(n)
        ]  # fmt: skip
        return doers + before

    def _confessed_act(self, cue: Token, act: str | None) -> str | None:
        """The act of a confession: its sentence's; for "such a statement" that names none,
        the act of the confession it stands for. Remembers each confession noun's act."""
        lemma = cue.lemma_.lower()
        if act is None and self._told_again(cue):
            return self.confession_acts.get(lemma)
        if act is not None and cue.pos_ in ("NOUN", "PROPN"):
            self.confession_acts[lemma] = act
        return act

    def _told_again(self, noun: Token) -> bool:
        """ "such a statement", "such statements": a noun marked by "such" whose word a
        confession the report told before was named by - the same kind of statement."""
        marks = [c for c in noun.children if c.dep_ in ("predet", "amod", "det")]
        such = any(c.lower_ == "such" for c in marks)
        return such and noun.lemma_.lower() in self.confession_words
