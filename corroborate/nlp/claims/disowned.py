"""A confession the accused's side disowns by its grounds: "X claimed that his confession had
been extracted under torture", "his lawyer said the confession was coerced". Said by the
accused or for them (a lawyer, a relative - never the police, a prosecutor or a judge), a
clause telling that the confession was got by force takes it back: a retraction by whose
confession it is.

Read from the parse: a reporting verb whose clause has a confession noun
(``confession_nouns``) as its subject, and whose verb is one of coercion
(``coercion_verbs``: "extracted", "coerced") or carries a phrase of it ("under torture",
"under duress": ``coercion_nouns``). The retractor is the confession's owner ("his
confession", "the confession of X"), else the speaker. The words are the lexicon's.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.answers import Answers
from corroborate.nlp.claims.draft import Draft
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS

__all__ = ["Disowned"]

# Who may speak for the accused: their lawyer or their family (as ``Answers`` reads denials).
_SPEAKING_FOR = frozenset({"defence", "relative"})


class Disowned(Answers):
    """Retractions told as the confession's coercion, said by the accused's side."""

    def _disowned(self, verb: Token) -> list[Draft]:
        lex = self.lex
        speaker = next((c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS), None)
        role = lex.role_nouns.get(speaker.lemma_.lower()) if speaker is not None else None
        if speaker is None or (role is not None and role not in _SPEAKING_FOR):
            return []
        out: list[Draft] = []
        for clause in (c for c in verb.children if c.dep_ == "ccomp"):
            subjects = [c for c in clause.children if c.dep_ in ACTIVE_SUBJECTS | PASSIVE_SUBJECTS]
            confessions = [s for s in subjects if s.lemma_.lower() in lex.confession_nouns]
            if not confessions or not self._coerced(clause):
                continue
            retractors = [n for c in confessions for n in self._owners(c)]
            if not retractors:  # "the confession": the speaker's, if the report told it
                retractors = [n for n in self._names(speaker) if n.name in self.confessors]
            draft = Draft("retraction", verb)
            draft.add(retractors, "accused")
            out.append(draft)
        return out

    def _coerced(self, clause: Token) -> bool:
        """Whether a clause tells of coercion: its verb is one ("was extracted", "coerced")
        or has a phrase of it ("under torture", "through pressure")."""
        lex = self.lex
        if any(c.dep_ == "neg" for c in clause.children):
            return False  # "the confession was not coerced"
        if clause.lemma_.lower() in lex.coercion_verbs:
            return True
        phrases = [c for c in clause.children if c.dep_ in ("prep", "agent")]
        return any(
            t.lemma_.lower() in lex.coercion_nouns
            for p in phrases for t in p.children if t.dep_ == "pobj"
        )  # fmt: skip
