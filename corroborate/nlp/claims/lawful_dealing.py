"""An innocent account of the deed: the accused's side tells how the accused came by the goods
or money the charge is about, lawfully - "his client bought the spices with receipts", "had
bought the cards in good faith", "bought the metal across the counter", "bought stones from
licensed miners", "paid the market price". No word of it denies, yet it answers the charge
(receiving, theft, smuggling): the thing was had by trade, not by the crime. Like an alibi
(``claims.alibis``) it clears only one the report accuses already, and only in the words of
the accused's side (``Answers._denied_in_content``): the police telling that X "bought the
spices at a low price from the thieves" is no denial, nor is a witness's word.

Read from the parse (``dealt_lawfully``): a verb of acquiring (the dealing lexicon's
``acquiring_verbs``), not negated, with an object - the goods - and a mark of lawful dealing on
the verb or on its object:

- a paper of a lawful sale after a preposition of having ("with receipts", "on a GST
  invoice", "only with proper permits"; not "without a bill", not "with no receipt");
- a lawful manner, a noun with the adjective that makes it one ("in good faith", "in
  ordinary trade", "at the market price"; not "at a low price");
- an open place of sale ("over the counter", "across the counter");
- a seller who may sell by law ("from licensed miners", "from a registered dealer");
- or, beside the verb, a verb of holding such a paper with no subject of its own ("bought
  fuel from filling stations and had receipts").

A verb of paying reads so when what is paid is a fair price ("he paid the going rate", "paid
the market price").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.dealing import dealing
from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.believed_lawful import believed_lawful
from corroborate.nlp.grammar import OWN_SUBJECT_DEPS, negated

__all__ = ["dealt_lawfully"]

_LEX = dealing()
# Prepositions of having a paper with a deal: "with receipts", "on an invoice", "against a
# bill", "under a permit" (not "without").
_HAVING_PREPOSITIONS = frozenset({"with", "on", "against", "under"})


def dealt_lawfully(act: Token) -> bool:
    """Whether a clause's verb tells a lawful deal by its subject (above), or the deed done in
    a belief that the thing was lawful ("had believed the wells were legal", "bought them
    believing them to be genuine": ``claims.believed_lawful``, the good faith told by a verb)."""
    if negated(act):
        return False
    if believed_lawful(act):
        return True
    lemma = act.lemma_.lower()
    objects = [c for c in act.children if c.dep_ == "dobj"]
    if lemma in legal().paying_verbs:  # "paid the market price"
        return any(_lawful_manner(o) for o in objects)
    if lemma not in _LEX.acquiring_verbs or not objects:
        return False
    phrases = [c for w in [act, *objects] for c in w.children if c.dep_ == "prep"]
    return any(_lawful_phrase(p) for p in phrases) or _papers_held_beside(act)


def _lawful_phrase(phrase: Token) -> bool:
    """ "with receipts", "in good faith", "across the counter", "from licensed miners"."""
    word = phrase.lower_
    for obj in (c for c in phrase.children if c.dep_ == "pobj"):
        if word in _HAVING_PREPOSITIONS and _a_paper(obj):
            return True
        if _lawful_manner(obj):
            return True
        if word in _LEX.open_sale_prepositions and obj.lemma_.lower() in _LEX.open_sale_nouns:
            return True
        if word == "from" and any(
            c.dep_ in ("amod", "compound") and c.lower_ in _LEX.licensed_adjectives
            for c in obj.children
        ):
            return True
    return False


def _a_paper(noun: Token) -> bool:
    """A paper of a lawful sale that is had: "receipts", "a GST invoice" - not "no receipt"."""
    if noun.lemma_.lower() not in _LEX.proof_nouns and noun.lower_ not in _LEX.proof_nouns:
        return False
    return not any(c.dep_ == "det" and c.lower_ == "no" for c in noun.children)


def _lawful_manner(noun: Token) -> bool:
    """ "good faith", "the market price", "the going rate": the noun with its adjective."""
    lemma = noun.lemma_.lower()
    return any(
        c.dep_ in ("amod", "compound") and (c.lower_, lemma) in _LEX.lawful_manners
        for c in noun.children
    )


def _papers_held_beside(act: Token) -> bool:
    """ "bought fuel from filling stations and had receipts": a verb of holding a paper joined
    to the deed (a conjunct, or the parser's second clause of the same verb of saying) with no
    subject of its own - the same subject holds it."""
    beside = [c for c in act.children if c.dep_ == "conj"]
    if act.dep_ in ("ccomp", "conj"):
        beside += [c for c in act.head.children
                   if c.dep_ in ("ccomp", "conj") and c.i > act.i]  # fmt: skip
    return any(
        v.lemma_.lower() in _LEX.having_verbs
        and not negated(v)
        and not any(c.dep_ in OWN_SUBJECT_DEPS for c in v.children)
        and any(c.dep_ == "dobj" and _a_paper(c) for c in v.children)
        for v in beside
    )
