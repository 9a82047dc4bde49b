"""Bail asked or got before any arrest ("anticipatory bail", "interim pre-arrest bail",
"protective bail"): South Asian procedure gives it only to one who fears his own arrest.

So its refusal keeps no one in custody (``Rulings``: no remand), and the one who obtains it
obtains his own, whatever else the report calls him: "Danish's father, Iftikhar, who
obtained pre-arrest bail in March", "their father, X, ... appeared before the Sessions Court
and obtained interim pre-arrest bail" - a relative gets such bail for himself, where he
would get ordinary bail for the son he is told as kin of (``Punishments._received``). Bail
got for another says so with "for" ("his counsel obtained pre-arrest bail for him").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon

__all__ = ["before_arrest"]


def before_arrest(noun: Token, lex: LegalLexicon) -> bool:
    """Whether the bail noun (or a plea for it) is asked before any arrest: a
    ``pre_arrest_words`` word before it in its phrase, as written - the tagger splits
    "pre-arrest", so the words are read from the text, not the tokens."""
    phrase = noun.doc[noun.left_edge.i : noun.i + 1].text.lower().split()
    return any(w in lex.pre_arrest_words for w in phrase)
