"""Whether a word names those who hold an accused: the police, the Rangers, the CTD,
investigators (``legal.json`` ``custodial_agents``).

One test for every reader that asks it: a confession told to them or taken by them is made in
custody ("told CTD officials", "coerced by police"), police who produce someone before a court
hold him, a phrasal verb of taking they do is an arrest ("police picked up X"). A word counts
by its lemma or as written: the lemmatizer's lemma of a plural can leave the list ("Mounties"
-> "mounty") where the word as written is in it.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal

__all__ = ["is_custodian"]

_AGENTS = legal().custodial_agents


def is_custodian(token: Token) -> bool:
    """Whether ``token`` names a custodial agent ("police", "Rangers", "CTD", "investigators")."""
    return token.lemma_.lower() in _AGENTS or token.lower_ in _AGENTS
