"""A warrant that orders custody, and whom a warrant or a court's custody is for.

A warrant (``warrant_nouns``) is most often the order to bring in someone still at large
(``claims.warrants``: an accusation). One whose compound names custody ("the investigating
judge issued a detention warrant against X", a "mandat de depot", a Korean court's detention
warrant) is the order that keeps a suspect the judge has heard in custody: a remand
(``court_detention``), and the lede's "a NOUN" it is issued against is the one the report
names later (``lede_indefinite``). The readers of warrants and of a court's custody name whom
it is for by the same prepositions (``FOR_OR_AGAINST``).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.judicial_places import custody_noun

__all__ = ["FOR_OR_AGAINST", "custody_warrant"]

# Whom a warrant or a court's custody is for: "a warrant against X", "detention for X"
FOR_OR_AGAINST = frozenset({"for", "against"})


def custody_warrant(noun: Token, lex: LegalLexicon) -> bool:
    """Whether ``noun`` is a warrant that names custody as what it orders ("detention
    warrant", "custody warrant") - not an arrest warrant, nor one for shelter ("protective
    custody", ``sheltering_words``)."""
    if noun.lemma_.lower() not in lex.warrant_nouns:
        return False
    return any(
        c.dep_ == "compound"
        and custody_noun(c, lex)
        and not any(s.lower_ in lex.sheltering_words for s in c.children)
        for c in noun.children
    )
