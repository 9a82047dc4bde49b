"""The audit of everything in a store: what ``corroborate audit`` and the web app print.

It reads what ingest stored (documents with their attributions and mentions, figures, and
the ledger with its resolved entities) and resolves nothing again: the groups are looked up
among the stored entities by their names and aliases (the index the ledger was built with,
rebuilt from its entities in one pass), so an audit costs about the same on a large store
as on a small one, instead of resolving every mention of every document again.
"""

from __future__ import annotations

from corroborate.audit.report import Audit, build_audit
from corroborate.ledger.store import analysed_documents
from corroborate.nlp import names
from corroborate.records import Ledger
from corroborate.resolve.entities import EntityIndex
from corroborate.store.store import Store

__all__ = ["audit_store", "stored_index"]


def audit_store(store: Store) -> Audit:
    """The audit of the stored figures, set against the stored ledger."""
    ledger = store.ledger()
    return build_audit(analysed_documents(store), store.figures(), ledger, stored_index(ledger))


def stored_index(ledger: Ledger) -> EntityIndex:
    """Name lookups over the ledger's entities: every name and alias by its spelling key,
    and each alias in the document that showed it."""
    by_key: dict[str, str] = {}
    by_doc: dict[tuple[str, str], str] = {}
    for entity in sorted(ledger.entities, key=lambda e: e.id):
        by_key.setdefault(names.key(entity.name), entity.id)
        for alias in entity.aliases:
            by_key.setdefault(names.key(alias.name), entity.id)
            if alias.document_id is not None:
                by_doc.setdefault((alias.document_id, alias.name.lower()), entity.id)
    return EntityIndex(list(ledger.entities), by_key, by_doc)
