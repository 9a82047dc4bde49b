"""Sentences served outside prison: "placed on probation for three years", "imposed a
community corrections order on X", "was given a supervision order".

A court that puts someone on probation, or makes a community, supervision or corrections
order against them, has convicted and sentenced them as surely as one that jails them; the
reports of the UK, Ireland, Australia and New Zealand tell such sentences this way. A bare
"order" is any decision (its content read elsewhere); only one whose compound names the
sentence (``sentence_order_words``) is a sentence. ``Rulings`` asks these two questions.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon

__all__ = ["on_probation", "sentence_order"]


def sentence_order(noun: Token, lex: LegalLexicon) -> bool:
    """Whether a noun is an order that sentences: "a community corrections order", "a
    two-year supervision order" - a ruling noun with a word of ``sentence_order_words`` in
    its compounds (an "order" of any other kind tells no outcome by itself)."""
    if noun.lemma_.lower() not in lex.ruling_nouns:
        return False
    compounds = [t for c in noun.children if c.dep_ == "compound" for t in c.subtree]
    return any(t.lemma_.lower() in lex.sentence_order_words for t in compounds)


def on_probation(verb: Token, pobj: Token, lex: LegalLexicon) -> bool:
    """ "placed on probation", "put on probation for two years": a noun of
    ``probation_nouns`` that a verb of placing (``remand_verbs``) puts someone on."""
    return pobj.lemma_.lower() in lex.probation_nouns and verb.lemma_.lower() in lex.remand_verbs
