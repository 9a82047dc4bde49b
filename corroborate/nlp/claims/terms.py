"""A sentence told by its term alone: "gave X 14 years", "awarded X death", "handed him life".

The term (``LegalLexicon.awarded_terms``; years and months only counted) is the object of a verb
of awarding (``verdict_verbs``: sentenced). It is a penalty, never a crime with a victim: the
claim reader asks here before it reads "death" as a killing (``Rulings._term_awarded`` reads the
sentence; ``Descriptions`` and ``ClaimReader`` leave the name beside it out of any victim)."""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon

__all__ = ["a_term", "awarded_term"]


def a_term(noun: Token, lex: LegalLexicon) -> bool:
    """A term a court awards: "life", "death", a counted "14 years" (not "years of work")."""
    lemma = noun.lemma_.lower()
    if lemma not in lex.awarded_terms:
        return False
    counted = any(c.dep_ in ("nummod", "quantmod") or c.like_num for c in noun.children)
    return lemma not in lex.counted_terms or counted


def awarded_term(noun: Token, lex: LegalLexicon) -> bool:
    """Whether ``noun`` is a term that a verb of awarding gives: its object (or its passive
    subject, "life was given to X"), the verb one whose outcome with a verdict is sentenced."""
    verb = noun.head
    if noun.dep_ not in ("dobj", "npadvmod", "nsubjpass", "attr") or verb.pos_ != "VERB":
        return False
    lemma = verb.lemma_.lower()
    particle = next((c.lower_ for c in verb.children if c.dep_ == "prt"), None)
    phrasal = f"{lemma}_{particle}" if particle else lemma
    return lex.verdict_verbs.get(phrasal) == "sentenced" and a_term(noun, lex)
