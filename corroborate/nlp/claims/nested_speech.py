"""A confession told inside another's report: "Police said X told them he had shot Y", "The
prosecutor said X told detectives that he had strangled Y". The attribution is the outer
teller's (the police say something of X); what X himself said - a clause whose subject is
"he", the teller X's own, and whose deed is a crime (``own_deed.tells_own_crime``) - is X's
confession, made where the clause of telling says (``Settings``: whom he told, or the police
whose report it is).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft, confession_of
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.claims.settings import Settings
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import NOUN_SUBJECTS
from corroborate.nlp.own_deed import tells_own_crime

__all__ = ["NestedSpeech"]

# The pronouns by which a teller speaks of himself in the clause he tells.
_SELF = frozenset({"he", "she"})


class NestedSpeech(Settings):
    """A confession told as the clause of a telling inside another's report."""

    def _told_within_report(self, verb: Token) -> list[Draft]:
        """A confession draft for the named subject of ``verb``, a verb of telling that is
        itself the reported clause of another's ("Police said X told them ..."), when the
        clause it tells has "he" or "she" for subject and tells a crime ("he had shot Y")."""
        reporting = self.kinds.reporting_cues
        if verb.lemma_.lower() not in reporting or verb.dep_ != "ccomp":
            return []
        if verb.head.lemma_.lower() not in reporting:
            return []
        if any(c.dep_ == "neg" for c in verb.children):
            return []  # "X never told them he had shot Y"
        if not any(self._tells_own_crime(c) for c in verb.children):
            return []
        # "he" in the clause binds the teller, so a teller named is a person even where the
        # entity recogniser typed the name otherwise - never the police or an agency
        subjects = [c for c in verb.children if c.dep_ in ACTIVE_SUBJECTS]
        if not subjects or any(is_custodian(t) for s in subjects for t in s.subtree):
            return []
        tellers = [n for n in self._names_of_children(verb, ACTIVE_SUBJECTS)
                   if self._is_person(n) or all(t.pos_ == "PROPN" for t in subjects)]  # fmt: skip
        return confession_of(verb, tellers)

    @staticmethod
    def _tells_own_crime(clause: Token) -> bool:
        """Whether ``clause`` is the told clause, its subject "he"/"she" (the teller), its
        deed a crime; not negated ("he had not shot anyone")."""
        if clause.dep_ != "ccomp" or any(c.dep_ == "neg" for c in clause.children):
            return False
        subjects = [c for c in clause.children if c.dep_ in NOUN_SUBJECTS]
        if len(subjects) != 1 or subjects[0].lower_ not in _SELF:
            return False
        return bool(tells_own_crime(subjects))
