"""The ledger and the evidence store: ``rebuild(store)`` recomputes the derived tables.

The ledger is a function of every stored document, so after an ingest it is rebuilt whole
from the stored documents, attributions and mentions (``build_ledger``) and swapped, read and
written in one write transaction (``Store.rebuild_ledger``), so that a concurrent ingest cannot
commit a document the new ledger misses. The ingest hook is ``update``: it adds what new
documents bring when they touch nothing stored (``ledger.update``), else resolves again what
the new documents reach (``ledger.reached``; the whole store where it cannot) and steps again
only the documents whose inputs changed (``ledger.restep``), writing only what differs; both
equal the full rebuild, which remains for a store without a current
index or with more than half of it new. ``remove`` deletes documents and updates the ledger
the same way, in the same transaction.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection
from dataclasses import dataclass, field

from corroborate.ledger.build import AnalysedDocument, assemble_ledger, build_indexed
from corroborate.ledger.corrections import Correction, apply_corrections, orphaned
from corroborate.ledger.difference import difference
from corroborate.ledger.fingerprint import code_fingerprint
from corroborate.ledger.index_rows import document_rows, index_rows, named_rows, statistics_rows
from corroborate.ledger.paused_gc import paused_gc
from corroborate.ledger.update import Update, plan
from corroborate.records import Attribution, Claim, Ledger, Mention
from corroborate.resolve.statistics import document_names
from corroborate.store import Store
from corroborate.store.index import IndexRows
from corroborate.store.store import Written

__all__ = [
    "Removed",
    "analysed_documents",
    "index_rows",
    "rebuild",
    "rebuild_and_compare",
    "remove",
    "update",
]


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
    store it with its index (the ingest hook), reading and writing in one transaction."""
    with paused_gc():
        store.rebuild_indexed(_built)


def update(store: Store, on_update: Callable[[Update], None] | None = None) -> str | None:
    """The ingest hook: the ledger and its index brought up to date for the documents the
    index lacks or holds otherwise (``ledger.update``): the new documents' additions, or the
    ledger rebuilt from a fresh resolution reusing the records of the documents whose inputs
    did not change (``ledger.restep``), else a full rebuild. Returns None when updated (and
    passes the update to ``on_update``), else the reason for the full rebuild; read and
    written in one transaction either way."""
    done = _Done()
    with paused_gc():
        store.update_indexed(_updating(done))
    if on_update is not None and done.update is not None:
        on_update(done.update)
    return done.reason


@dataclass(frozen=True)
class Removed:
    """What ``remove`` did: the rows deleted per table ("documents" first, then what the
    per-document stage stored from them), the ledger now stored, how it was brought up to
    date (``update``: the update made, None for a full rebuild, whose reason is ``reason``),
    and the corrections by hand in force that now change nothing (``corrections.orphaned``:
    what they name is gone; they stay stored and in force)."""

    rows: dict[str, int]
    ledger: Ledger
    orphaned: list[Correction]
    update: Update | None
    reason: str | None


def remove(store: Store, document_ids: Collection[str], *, commit: bool = True) -> Removed:
    """Delete stored documents with everything stored from them and bring the ledger and its
    index up to date as an ingest would (``update``: a removed document is one the index
    holds and the store no longer does), in one transaction: the stored ledger afterwards is
    the full rebuild's (``rebuild_and_compare``), and a failure leaves the store as it was.
    UnknownDocumentError, nothing removed, when one of the ids is not stored. ``commit=False``
    does it all and rolls it back (a dry run)."""
    done = _Done()
    with paused_gc():
        rows = store.remove_indexed(document_ids, _updating(done, built=True), commit=commit,
                                    written=_read_back(done))  # fmt: skip
    assert done.ledger is not None  # set by the work, or it raised
    # No whole ledger as built only when the update merely added documents: nothing was
    # removed (no ids), and no correction in force names what was added.
    orphans = orphaned(done.built, done.corrections) if done.built is not None else []
    return Removed(rows, done.ledger, orphans, done.update, done.reason)


def _read_back(done: _Done) -> Callable[[Store], None]:
    """After an update by delta, whose ledger holds only what it changed, the ledger now
    stored (what ``remove`` reports; read in its transaction, so a dry run sees it too)."""

    def read(current: Store) -> None:
        if done.update is not None and done.update.by_delta is not None:
            done.ledger = current.ledger()

    return read


@dataclass
class _Done:
    """What an update's work made, read after its transaction: the update (or the reason
    for a full rebuild), the ledger as built and as stored, and the corrections applied."""

    update: Update | None = None
    reason: str | None = None
    built: Ledger | None = None
    ledger: Ledger | None = None
    corrections: list[Correction] = field(default_factory=list)


def _updating(
    done: _Done, *, built: bool = False
) -> Callable[[Store], tuple[Ledger, IndexRows, Written]]:
    """The work of ``Store.update_indexed`` (and ``remove_indexed``): the update ``plan``
    finds, else a full rebuild; says in ``done`` what it made, with the ledger as built
    when ``built`` (for ``orphaned``: an ingest does not pay for assembling it again)."""

    def work(current: Store) -> tuple[Ledger, IndexRows, Written]:
        done.corrections = current.corrections()
        found = plan(current)
        if isinstance(found, str):
            done.reason = found
            done.built, done.ledger, index = _fresh(current)
            return done.ledger, index, True
        done.update, done.ledger = found, found.ledger
        if not found.whole:  # the new documents' rows, added
            # Only the additions: no whole ledger as built (nothing was removed).
            return found.ledger, index_rows(found.resolution, found.records,
                                            named=found.names), False  # fmt: skip
        if found.by_delta is not None:
            # Only what changed: no whole ledger as built, which ``orphaned`` needs only
            # when corrections are in force (then the update is not by delta).
            rows = IndexRows()
            document_rows(rows, found.records)
            delta = found.by_delta
            named_rows(rows, delta.resolution, delta.spellings, delta.entities, delta.names,
                       delta.nodes)  # fmt: skip
            statistics_rows(rows, found.names)
            rows.named |= found.removed
            return found.ledger, rows, (found.ledger_change, found.index_change)
        if built:
            done.built = assemble_ledger(found.resolution, found.records)
        # Whole: what differs is written, and of the per-document rows only those of the
        # documents whose record is not stored as it is.
        rewritten = found.rewritten()
        rows = index_rows(found.resolution, found.records, rewritten, found.names)
        rows.named |= found.removed
        rows.tables["index_meta"].append(("code", code_fingerprint()))
        return found.ledger, rows, rewritten

    return work


def _built(current: Store) -> tuple[Ledger, IndexRows]:
    _, corrected, index = _fresh(current)
    return corrected, index


def _fresh(current: Store) -> tuple[Ledger, Ledger, IndexRows]:
    """A full rebuild: the ledger as built, with the corrections by hand applied, and its
    index."""
    hashes = {s.document.id: s.content_hash for s in current.documents()}
    analysed = analysed_documents(current)
    ledger, resolution, records = build_indexed(analysed, hashes)
    # Canonical, as the store reads it back: corrections append what they make.
    corrected = apply_corrections(ledger, current.corrections()).canonical()
    named = [document_names(d.names_read()) for d in analysed]
    index = index_rows(resolution, records, named=named)
    index.tables["index_meta"].append(("code", code_fingerprint()))  # an update keeps it
    return ledger, corrected, index


def rebuild_and_compare(store: Store) -> str | None:
    """A full rebuild, stored with its index, compared with the ledger stored before it
    (``corroborate rebuild``): None when they are equal, else the first difference in words."""
    found: list[str | None] = []

    def build(current: Store) -> tuple[Ledger, IndexRows]:
        stored = current.ledger()
        rebuilt, index = _built(current)
        found.append(difference(stored, rebuilt))
        return rebuilt, index

    with paused_gc():
        store.rebuild_indexed(build)
    return found[0]
