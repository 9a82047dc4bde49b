"""The audit of everything in a store: what ``corroborate audit`` and the web app print.

It reads what ingest stored and resolves nothing again: the groups are looked up among the
stored ledger's entities by their names and aliases (the index the ledger was built with,
rebuilt from its entities in one pass), and the mentions are read only for the documents
with a statement that could contest the figures. An audit costs the reading of the stored
rows, not the resolution of every mention of every document again (which grew faster than
the store: issue 14 measured 37 s on 842 articles against 2 s on 85).

What it reads grows with the figures, not with the store, where it can: the figures first;
the ledger only when a figure names a group; the groups looked up among the organisations
alone; and only when a figure's group is one of the ledger's organisations, the
attributions ingest marked as complaints of unequal treatment (``Store.complaints``: a
contesting statement is a group's or its spokesman's complaint, so with no such group there
is none to read), their documents and mentions, and the full index of names, people
included, that says who speaks for a group. No attribution is read to be tested against a
pattern here: what grows with the store is the ledger and the figures, not every statement.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection

from corroborate.audit.report import GROUP_TYPES, Audit, build_audit, group_rows, names_a_group
from corroborate.ledger.build import AnalysedDocument
from corroborate.nlp import names
from corroborate.records import Attribution, EnforcementFigure, Ledger
from corroborate.resolve.entity_index import EntityIndex
from corroborate.store.store import Store

__all__ = ["audit_store", "stored_index"]


def audit_store(store: Store) -> Audit:
    """The audit of the stored figures, set against the stored ledger."""
    figures = store.figures()
    if not any(names_a_group(f) for f in figures):
        # No group to look up: no entity, allegation or statement to set the figures against.
        return build_audit([], figures, Ledger(), EntityIndex([], {}, {}), _outlets(store, figures))
    ledger = store.ledger()
    # An index of the organisations alone finds an organisation for every group name the
    # full index would (a person's key can only shadow one); finding none, no group is an
    # entity, and no statement can contest for one.
    keys: dict[str, str] = {}  # spelling keys, computed once for both indexes
    organisations = stored_index(ledger, GROUP_TYPES, keys)
    _, rows = group_rows(figures, organisations)
    if not any(row.entity_id for row in rows.values()):
        return build_audit([], figures, ledger, organisations, _outlets(store, figures))
    # Only a complaint can contest, and ingest marked them: the complaining attributions
    # (through an index), their documents and those documents' mentions are all it reads.
    attributions: dict[str, list[Attribution]] = defaultdict(list)
    for found in store.complaints():
        attributions[found.document_id].append(found.attribution)
    documents = []
    for document_id, complaining in sorted(attributions.items()):
        stored = store.document(document_id)
        if stored is not None:
            mentions = [m for _, m in store.mentions(document_id)]
            documents.append(AnalysedDocument(stored.document, complaining, mentions))
    outlets = _outlets(store, figures) | {
        d.document.id: d.document.outlet or d.document.id for d in documents
    }
    return build_audit(documents, figures, ledger, stored_index(ledger, keys=keys), outlets)


def _outlets(store: Store, figures: list[EnforcementFigure]) -> dict[str, str]:
    """Document id -> outlet, for the documents that give figures."""
    outlets = {}
    for document_id in sorted({f.document_id for f in figures}):
        stored = store.document(document_id)
        if stored is not None:
            outlets[document_id] = stored.document.outlet or document_id
    return outlets


def stored_index(
    ledger: Ledger, types: Collection[str] | None = None, keys: dict[str, str] | None = None
) -> EntityIndex:
    """Name lookups over the ledger's entities (of ``types``, else all): every name and
    alias by its spelling key, and each alias in the document that showed it. ``keys``
    (name -> spelling key) is filled and reused, for a second index over the same ledger."""
    keys = {} if keys is None else keys

    def key(name: str) -> str:
        if name not in keys:
            keys[name] = names.key(name)
        return keys[name]

    by_key: dict[str, str] = {}
    by_doc: dict[tuple[str, str], str] = {}
    chosen = [e for e in ledger.entities if types is None or e.type in types]
    for entity in sorted(chosen, key=lambda e: e.id):
        by_key.setdefault(key(entity.name), entity.id)
        for alias in entity.aliases:
            by_key.setdefault(key(alias.name), entity.id)
            if alias.document_id is not None:
                by_doc.setdefault((alias.document_id, alias.name.lower()), entity.id)
    return EntityIndex(chosen, by_key, by_doc)
