"""Making and undoing corrections by hand on a store: check what they name, store them, rebuild.

The one path for ``corroborate correct`` and the web app's correction form. Entities may be
named by id or by any of their names when that names exactly one entity; what is stored is
always the id (ids are hashes of content: the same after every rebuild). Every change
rebuilds the ledger (``ledger.store.rebuild``), which applies every correction in force.
"""

from __future__ import annotations

from typing import Any

from corroborate.errors import InputError
from corroborate.ledger.corrections import Correction, CorrectionKind
from corroborate.ledger.store import rebuild
from corroborate.nlp import names
from corroborate.records import Entity, Ledger
from corroborate.store import Store

__all__ = ["MAX_REASON", "find_entity", "merge", "not_accused", "split", "undo"]

MAX_REASON = 2000  # characters: a reason, not a document


def merge(store: Store, entities: list[str], reason: str, author: str) -> Correction:
    """Merge ``entities[1:]`` into ``entities[0]``, which keeps its id."""
    ledger = store.ledger()
    if len(entities) < 2:
        raise InputError(
            "ENTITY", None, "merge needs two entities or more", "name the one to keep first"
        )
    found = [find_entity(ledger, ref, "ENTITY") for ref in entities]
    ids = list(dict.fromkeys(e.id for e in found))
    if len(ids) < 2:
        raise InputError("ENTITY", None, "those names are all one entity already", "name two")
    names = {e.id: e.name for e in found}
    return _store(store, "merge", {"entities": ids, "names": names}, reason, author)


def split(store: Store, entity: str, alias: str, reason: str, author: str) -> Correction:
    """Make ``alias``, now a name of ``entity``, an entity of its own."""
    ledger = store.ledger()
    found = find_entity(ledger, entity, "ENTITY")
    if alias not in {a.name for a in found.aliases}:
        known = ", ".join(repr(a.name) for a in found.aliases) or "none"
        raise InputError(
            "--alias", None, f"{found.name} has no alias {alias!r}", f"its aliases: {known}"
        )
    data = {"entity": found.id, "alias": alias, "type": found.type, "names": {found.id: found.name}}
    return _store(store, "split", data, reason, author)


def not_accused(store: Store, allegation: str, entity: str, reason: str, author: str) -> Correction:
    """Record that ``entity`` is not accused in ``allegation``."""
    ledger = store.ledger()
    found = next((a for a in ledger.allegations if a.id == allegation), None)
    if found is None:
        raise InputError(
            "ALLEGATION",
            None,
            f"no allegation {allegation!r}",
            "corroborate ledger shows their ids",
        )
    accused = find_entity(ledger, entity, "ENTITY")
    if accused.id not in found.accused:
        raise InputError(
            "ENTITY", None, f"{accused.name} is not accused in {allegation}", "check the ids"
        )
    return _store(
        store, "not_accused", {"allegation": found.id, "entity": accused.id}, reason, author
    )


def undo(store: Store, correction_id: str) -> Correction:
    """Stop applying a correction (it stays listed, as undone) and rebuild."""
    found = next((c for c in store.corrections() if c.id == correction_id), None)
    if found is None:
        raise InputError(
            "ID", None, f"no correction {correction_id!r}", "corroborate correct list shows ids"
        )
    if not found.active:
        raise InputError(
            "ID", None, f"correction {correction_id} was undone already ({found.undone_at})"
        )
    undone = store.undo_correction(correction_id)
    rebuild(store)
    return undone


def find_entity(ledger: Ledger, ref: str, argument: str) -> Entity:
    """The one entity ``ref`` names: its id, else a name or alias of exactly one entity."""
    by_id = {e.id: e for e in ledger.entities}
    if ref in by_id:
        return by_id[ref]
    key = names.key(ref)
    matches = [
        e
        for e in ledger.entities
        if key in {names.key(n) for n in [e.name, *(a.name for a in e.aliases)]}
    ]
    if len(matches) == 1:
        return matches[0]
    if not matches:
        raise InputError(
            argument, None, f"no entity named {ref!r}", "corroborate ledger --format json lists ids"
        )
    listed = "; ".join(f"{e.id} {e.name}" for e in matches[:10])
    raise InputError(
        argument, None, f"{ref!r} names {len(matches)} entities ({listed})", "pass an id"
    )


def _store(
    store: Store, kind: CorrectionKind, data: dict[str, Any], reason: str, author: str
) -> Correction:
    reason = " ".join(reason.split())
    if not reason:
        raise InputError("--reason", None, "a correction needs a reason", "say why, for readers")
    if len(reason) > MAX_REASON:
        raise InputError("--reason", None, f"over {MAX_REASON} characters", "shorten it")
    author = " ".join(author.split())[:200] or "unknown"
    correction = store.add_correction(kind, data, reason, author)
    rebuild(store)
    return correction
