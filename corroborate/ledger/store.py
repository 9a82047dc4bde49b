"""The ledger and the evidence store: ``rebuild(store)`` recomputes the derived tables.

The ledger is a function of every stored document, so after an ingest it is rebuilt whole
from the stored documents, attributions and mentions (``build_ledger``) and swapped, read and
written in one write transaction (``Store.rebuild_ledger``), so that a concurrent ingest cannot
commit a document the new ledger misses. ``ingest_paths(..., after_ingest=rebuild)`` runs it.
"""

from __future__ import annotations

from collections import defaultdict

from corroborate.ledger.build import AnalysedDocument, build_ledger
from corroborate.ledger.corrections import apply_corrections
from corroborate.ledger.difference import difference
from corroborate.records import Attribution, Claim, Ledger, Mention
from corroborate.store import Store


def analysed_documents(store: Store) -> list[AnalysedDocument]:
    """Every stored document with its stored attributions, mentions and claims."""
    attributions: dict[str, list[Attribution]] = defaultdict(list)
    for stored in store.attributions():
        attributions[stored.document_id].append(stored.attribution)
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for document_id, mention in store.mentions():
        mentions[document_id].append(mention)
    claims: dict[str, list[Claim]] = defaultdict(list)
    for document_id, claim in store.claims():
        claims[document_id].append(claim)
    return [
        AnalysedDocument(
            s.document, attributions[s.document.id], mentions[s.document.id], claims[s.document.id]
        )
        for s in store.documents()
    ]


def rebuild(store: Store) -> None:
    """Recompute the ledger from everything stored, apply the corrections made by hand, and
    store it (the ingest hook), reading and writing in one transaction."""
    store.rebuild_ledger(
        lambda current: apply_corrections(
            build_ledger(analysed_documents(current)), current.corrections()
        )
    )


def rebuild_and_compare(store: Store) -> str | None:
    """A full rebuild, stored, compared with the ledger stored before it (``corroborate
    rebuild``): None when they are equal, else the first difference in words."""
    found: list[str | None] = []

    def build(current: Store) -> Ledger:
        stored = current.ledger()
        rebuilt = apply_corrections(
            build_ledger(analysed_documents(current)), current.corrections()
        )
        found.append(difference(stored, rebuilt))
        return rebuilt

    store.rebuild_ledger(build)
    return found[0]
