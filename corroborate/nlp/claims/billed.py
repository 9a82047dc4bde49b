"""A sum charged is a price, not a charge: "X was charged £14,500 over three weeks".

"Charge" tells both a criminal charge ("charged with murder", "charged under Section 302")
and a price asked ("was charged £14,500", "patients were charged Rs 2,000 for the tests").
The grammar tells them apart: a price is a sum the verb governs as an object or a bare noun
phrase (not inside a preposition's phrase, where "charged for stealing Rs 5 crore" names what
is stolen), on a verb with no phrase of the offence charged ("with", "under": the lexicon's
``offence_prepositions``) - an amount NER reads as money or a currency sign, or a number as
the second object of a verb that already has one (the subject of a passive, the one billed in
the dative). Whoever is charged a price is accused of nothing by it, often the very victim of
an overcharging, so no charge draft is read there.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.draft import Draft

__all__ = ["a_price_charged"]

# The dependencies of a verb's own noun phrases (objects and bare noun adverbials): a sum
# there is what the verb asks; one inside a preposition's phrase is told of something else.
_OWN_PHRASES = frozenset({"dobj", "obj", "npadvmod", "dative", "attr", "oprd"})
# "charged with murder", "charged under Section 302": a criminal charge, whatever sum is told
_OFFENCE_PREPOSITIONS = legal().offence_prepositions
# Entity types of numbers that are no sum: "charged two weeks later".
_NO_SUM = frozenset({"DATE", "TIME", "ORDINAL", "PERCENT", "QUANTITY"})


def a_price_charged(draft: Draft) -> bool:
    """Whether ``draft`` is a charge whose verb governs a sum asked (see the module)."""
    cue = draft.cue
    if draft.kind != "charge" or cue.pos_ != "VERB":
        return False
    if any(c.dep_ == "prep" and c.lower_ in _OFFENCE_PREPOSITIONS for c in cue.children):
        return False
    phrases = [c for c in cue.children if c.dep_ in _OWN_PHRASES]
    if any(_money(t) for c in phrases for t in c.subtree):
        return True
    # a number as a second object: the passive's subject or a dative is the one billed
    # ("patients were charged Rs 2,000 for the tests")
    if not any(c.dep_ in ("nsubjpass", "dative") for c in cue.children):
        return False
    return any(_number(t) for c in phrases for t in c.subtree if t.i != c.i or c.dep_ != "dative")


def _money(token: Token) -> bool:
    return token.ent_type_ == "MONEY" or token.tag_ == "$"


def _number(token: Token) -> bool:
    return token.like_num and token.ent_type_ not in _NO_SUM
