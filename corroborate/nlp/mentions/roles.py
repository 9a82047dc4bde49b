"""Roles people hold in organisations, leader roles and lead verbs, as the lexicon gives
them, and the two readings every affiliation rule shares: a role as a singular phrase, and
whether an organisation name only modifies the noun after it (then it names no affiliation).
"""

from __future__ import annotations

import re

from corroborate.lexicon.name_words import name_words
from corroborate.records import Mention

__all__ = ["LEAD_VERBS", "ROLES", "_LEADER_RE", "_ROLE_RE", "_modifier", "_role", "is_modifier"]

# Roles people hold in organisations, and verbs whose subject leads their object: the
# lexicon's (``lexicon/data/name_words.json``).
ROLES = name_words().roles
LEAD_VERBS = name_words().lead_verbs
_ROLE_RE = "|".join(sorted(ROLES, key=len, reverse=True))
# Roles one person holds at a time: "the chief of the PAC" names someone; "the official" not.
_LEADER_RE = "|".join(sorted(name_words().leader_roles))
_JOINING = name_words().joining_words


def is_modifier(text: str, m: Mention) -> bool:
    """Whether a name only modifies a noun after it: "the Lyari gang war", "Rangers personnel"."""
    return _modifier(text, m)


def _modifier(text: str, org: Mention) -> bool:
    """Whether an organisation name only modifies a noun: "the Lyari gang war"."""
    # "the Maintenance of Public Order (MPO) law": the acronym in brackets between the name
    # and the noun, or the acronym's own closing bracket ("(MPO) law")
    nxt = re.match(r"(?:\s*\([^()]{1,20}\)|\))?\s+([a-z]+)", text[org.end : org.end + 40])
    # "PPP leaders", "MQM worker": a role after the name makes it an affiliation, not a modifier
    return nxt is not None and nxt.group(1) not in _JOINING | ROLES | {"leadership", "mna"}


def _role(words: str) -> str:
    """A role as a lower-case singular phrase: "Deputy Convener" -> "deputy convener"."""
    out = " ".join(words.lower().split())
    return out[:-1] if out.endswith(("workers", "members", "leaders", "aides")) else out
