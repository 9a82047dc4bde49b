"""A description noun whose relative clause stands between it and the name it introduces:
"the labour contractor who brought the two men, Mallesh alias Malli, were arrested", "a
caterer who supplied the feasts with meat from the company, Awang Sufri, 51". The name
renames the noun the clause is told of, not the clause's last noun - a thing ("the
company"), or a plural a single name cannot rename ("the two men").

``DescribedPeople._describing_noun`` asks this only where the word before the name's comma
is such a clause's last noun (``DescribedPeople._in_argument`` refuses it). The clause must
be told of its noun as its doer ("who", "that" as its subject): "the worker whom the owner
paid, X" is no clause of the worker's own deed, and the name may be anyone's there. Nothing
where the last noun may itself be the one named: only a plural and a body's, a place's or a
workplace's word are sure not to be ("the driver who hit a pedestrian, X": X is the
pedestrian; "the guard who opened the gate, X" is left as it was read). Nor where the name
is the first of a list ("who hired two labourers, X and Y": they are the labourers).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.description_nouns import BODIES_AND_PLACES, noun_key

__all__ = ["described_across_clause"]

# The relative words that make the clause's noun its doer ("the contractor who brought").
_DOER_RELATIVES = frozenset({"who", "that"})


def described_across_clause(
    last: Token, name: Span, lex: LegalLexicon, is_description: Callable[[Token], bool]
) -> Token | None:
    """The description noun a relative clause ending in ``last`` (the word before the comma
    before ``name``) is told of, where the name renames it and not ``last``; None elsewhere.
    ``is_description`` is the reader's test of a description noun."""
    clause = next((a for a in last.ancestors if a.dep_ == "relcl"), None)
    if clause is None or clause.i > last.i:
        return None
    holder = clause.head
    if holder.pos_ != "NOUN" or holder.i > clause.i or not is_description(holder):
        return None
    doer = any(c.dep_ == "nsubj" and c.lower_ in _DOER_RELATIVES for c in clause.children)
    if not doer or _may_be_named(last, lex):
        return None
    return None if _first_of_a_list(name) else holder


def _may_be_named(last: Token, lex: LegalLexicon) -> bool:
    """Whether the clause's last noun may itself be the one the name renames. Only two
    kinds never are: a plural, renamed by a list and never by one name ("the two men, X"),
    and a body's or a place's head word or a workplace ("the company", "the hospital",
    "the shop"). Any other singular noun may be a person's, whatever the lexicon knows of
    it ("the driver who hit a pedestrian, X": X is the pedestrian)."""
    if last.pos_ != "NOUN" or last.ent_type_ == "PERSON":
        return True
    if last.tag_ == "NNS":
        return False
    # (each set asked in turn: their union is never built)
    words = (noun_key(last), last.lower_)
    sets = (BODIES_AND_PLACES, lex.workplace_nouns, lex.body_nouns)
    return not any(w in things for w in words for things in sets)


def _first_of_a_list(name: Span) -> bool:
    """Whether ``name`` is followed, before the sentence's verb or end, by "and" or "or"
    and another capitalised word: "who hired two labourers, X and Y" lists the labourers."""
    doc = name.doc
    end = name.sent.end
    for i in range(name.end, min(end, name.end + 6)):
        word = doc[i]
        if word.pos_ in ("VERB", "AUX"):
            return False
        if word.lower_ in ("and", "or") and i + 1 < end and doc[i + 1].is_title:
            return True
    return False
