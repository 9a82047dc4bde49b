"""Entity ids: derived from the name alone, so the same wherever and whenever the same
documents are resolved (a stored ledger, an update, a rebuild all agree).

``ent_`` + 12 hex digits of SHA-1 over the type and the canonical name's spelling key; for
the second of two people whose names share a key, the spelling itself too (``spelled_id``).
"""

from __future__ import annotations

import hashlib

from corroborate.nlp import names

__all__ = [
    "entity_id",
    "spelled_id",
]


def entity_id(type_: str, name: str) -> str:
    digest = hashlib.sha1(f"{type_}:{names.key(name)}".encode()).hexdigest()
    return "ent_" + digest[:12]


def spelled_id(type_: str, name: str) -> str:
    """The id of an entity whose spelling key another entity already has: the key and the
    spelling itself, so still derived from the name alone."""
    digest = hashlib.sha1(f"{type_}:{names.key(name)}:{name.lower()}".encode()).hexdigest()
    return "ent_" + digest[:12]
