"""A second "of" phrase that shares its noun with the first: "the arrest of X, and of Y".

Writers repeat the preposition to keep two long phrases apart ("led to the arrest of the
landlord's son, X, and of the rent collector, Y"); the noun the second phrase belongs to is
left out, and the parser hangs the lone "of" wherever it can - on the clause's verb, or as a
conjunct of the first phrase's last word. Both phrases are the noun's: whose arrest, whose
conviction. This module reads only that grammar; which nouns own their "of" phrase is the
caller's.
"""

from __future__ import annotations

from spacy.tokens import Token

__all__ = ["gapped_phrases"]

# The words that join the repeated preposition to the phrase before it ("and of", "or of").
_JOINERS = frozenset({"and", "or"})


def gapped_phrases(prep: Token) -> list[Token]:
    """The prepositions after ``prep``'s phrase that repeat it with its noun left out: the
    same word, right after "and" (or ", and"), hung by the parser not on a noun of its own but
    on a verb or as a conjunct - "of" after the phrase "of X" in "the arrest of X, and of Y".
    Stops at the first that is not, so a later phrase of another noun is not taken."""
    out: list[Token] = []
    last = max(t.i for t in prep.subtree)
    sent_end = prep.sent.end
    doc = prep.doc
    for i in range(last + 1, sent_end):
        token = doc[i]
        if token.lower_ != prep.lower_ or token.pos_ != "ADP":
            continue
        before = doc[i - 1]
        if before.lower_ not in _JOINERS or token.i in {t.i for t in prep.subtree}:
            break
        hung = token.dep_ == "conj" or (token.dep_ == "prep" and token.head.pos_ in ("VERB", "AUX"))
        if not hung or not any(c.dep_ == "pobj" for c in token.children):
            break
        out.append(token)
    return out
