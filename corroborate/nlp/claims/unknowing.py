"""Knowledge denied, read where the parse hides it or a pronoun hides whose it is (lfd26):

- ``described_as_unknowing``: a copula whose predicate noun carries a relative clause (its
  subject "who") that denies knowing - "she was an illiterate woman who never knew the papers
  were false", "his client was a driver who did not know what the sacks held". The relative
  pronoun stands for the predicate, so for the copula's subject, as in
  ``ClearingActs._described_as_cleared`` ("a student who had nothing to do with it"), which
  asks ``_clears`` and so never the verb of knowing (``no_part.denies_knowing`` is asked
  apart, with its own guard on who the subject is).
- ``owners_pronoun``: a he or she that agrees with the possessive on the speaker's own noun
  ("Her counsel told the court she ...", "His father said he ...") is that possessive's owner,
  not the speaker: the report has just named the speaker as someone's, and goes on about that
  someone. "His wife said she did not know" does not agree, so "she" may still be the wife.
- ``client_subjects``: the client nouns that know or not - the verb's own subject or, for a
  conjunct with none, the earlier verb's ('her client had been told the box held seeds and
  "did not know what was in it"'). A client noun is a lawyer's word for whom he or she acts
  for, so the one who does not know is that client whoever "she" resolves to (den89).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.no_part import denies_knowing
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS, PASSIVE_SUBJECTS
from corroborate.nlp.grammar import subjects_through_conjuncts

__all__ = ["client_subjects", "described_as_unknowing", "owners_pronoun"]

_CLIENTS = legal().client_nouns
# the subject pronoun each possessive determiner agrees with
_AGREEING = {"his": frozenset({"he"}), "her": frozenset({"she"})}


def described_as_unknowing(act: Token) -> bool:
    """Whether ``act`` is an unnegated copula whose predicate (or a noun inside its phrase:
    the parser may hang the clause there) carries a "who" clause denying knowledge."""
    if act.lemma_.lower() != "be" or any(c.dep_ == "neg" for c in act.children):
        return False
    return any(
        rel.dep_ == "relcl"
        and any(s.dep_ in ACTIVE_SUBJECTS and s.tag_ == "WP" for s in rel.children)
        and denies_knowing(rel)
        for attr in act.children if attr.dep_ == "attr"
        for rel in attr.subtree
    )  # fmt: skip


def owners_pronoun(speaker: Token, subject: Token) -> bool:
    """Whether ``subject`` is a he or she agreeing with a possessive on ``speaker``'s noun."""
    return any(
        c.dep_ == "poss" and subject.lower_ in _AGREEING.get(c.lower_, frozenset())
        for c in speaker.children
    )


def client_subjects(act: Token) -> list[Token]:
    """The subjects of ``act`` (through a conjunct with none of its own) that are client
    nouns: "her client", "my clients"."""
    subjects = subjects_through_conjuncts(act, ACTIVE_SUBJECTS | PASSIVE_SUBJECTS)
    return [s for s in subjects if s.lemma_.lower() in _CLIENTS]
