"""The audit of everything in a store: what ``corroborate audit`` and the web app print."""

from __future__ import annotations

from corroborate.audit.report import Audit, build_audit
from corroborate.ledger.build import entity_index
from corroborate.ledger.store import analysed_documents
from corroborate.store.store import Store

__all__ = ["audit_store"]


def audit_store(store: Store) -> Audit:
    """The audit of the stored figures, set against the stored ledger."""
    documents = analysed_documents(store)
    return build_audit(documents, store.figures(), store.ledger(), entity_index(documents))
