"""Whether a word names those who hold an accused: the police, the Rangers, the CTD,
investigators (``legal.json`` ``custodial_agents``); and plain "officers", whom nothing
beside the noun gives another service (``plain_custodial_nouns``).

One test for every reader that asks it: a confession told to them or taken by them is made in
custody ("told CTD officials", "coerced by police"), police who produce someone before a court
hold him, a phrasal verb of taking they do is an arrest ("police picked up X"). A word counts
by its lemma or as written: the lemmatizer's lemma of a plural can leave the list ("Mounties"
-> "mounty") where the word as written is in it.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal

__all__ = ["is_custodian", "plain_custodian", "unqualified_custodian"]

_AGENTS = legal().custodial_agents
# "officers": the police's only where nothing beside the noun names another service
_PLAIN = legal().plain_custodial_nouns
_PLAIN_MODIFIERS = legal().plain_custodial_modifiers
# What may stand beside such a noun and leave it plain: "the", "two" officers. Not a
# possessive: "our officers" are the speaker's, a police commissioner's force or a bank's
# staff, and only who speaks tells which.
_BARE_DEPS = frozenset({"det", "nummod", "punct"})


def is_custodian(token: Token) -> bool:
    """Whether ``token`` names a custodial agent ("police", "Rangers", "CTD", "investigators")."""
    return token.lemma_.lower() in _AGENTS or token.lower_ in _AGENTS


def plain_custodian(noun: Token) -> bool:
    """Whether ``noun`` is a plain custodial noun ("officers", ``plain_custodial_nouns``) with
    nothing beside it that names another service: "told officers", "told the arresting
    officers" - not "bank officers", "court officers", "the returning officer", "officers of
    the bank", nor "our officers" (whose depends on who speaks). Only as the one told of an
    accused's deed (``nlp.audience``), as "admitted to officers" reads (``kinds.json``)."""
    if noun.lemma_.lower() not in _PLAIN and noun.lower_ not in _PLAIN:
        return False
    for child in noun.children:
        if child.dep_ == "amod" and child.lower_ in _PLAIN_MODIFIERS:
            continue
        if child.dep_ in _BARE_DEPS:
            continue
        if child.dep_ == "prep" and child.lower_ != "of" or child.dep_ in ("relcl", "acl"):
            continue  # "officers at the station", "officers who questioned him": no service
        return False  # "bank officers", "officers of the bank", "our officers"
    return True


def unqualified_custodian(token: Token) -> bool:
    """Whether ``token`` names a custodial agent (``is_custodian``) that no common noun or
    adjective before it gives another trade: "RAB", "the CTD", "ICAC officers", "the
    investigating inspector" - not "the labour inspector", "the tax inspector", whom an
    accused's word reaches outside custody. A proper noun before it names where the agency
    serves ("Punjab police"); a custodian before it names the agency ("ICAC officers")."""
    return is_custodian(token) and not any(
        c.dep_ in ("compound", "amod")
        and c.i < token.i
        and c.pos_ in ("NOUN", "ADJ")
        and not is_custodian(c)
        and c.lower_ not in _PLAIN_MODIFIERS
        for c in token.children
    )
