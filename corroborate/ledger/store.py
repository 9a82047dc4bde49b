"""The ledger and the evidence store: ``rebuild(store)`` recomputes the derived tables.

The ledger is a function of every stored document, so after an ingest it is rebuilt whole
from the stored documents, attributions and mentions (``build_ledger``) and swapped, read and
written in one write transaction (``Store.rebuild_ledger``), so that a concurrent ingest cannot
commit a document the new ledger misses. The ingest hook is ``update``: it adds what new
documents bring when they touch nothing stored (``ledger.update``), else resolves the store
again and steps again only the documents whose inputs changed (``ledger.restep``), writing
only what differs; both equal the full rebuild, which remains for a store without a current
index or with more than half of it new.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection

from corroborate.ledger.build import AnalysedDocument, build_indexed
from corroborate.ledger.corrections import apply_corrections
from corroborate.ledger.difference import difference
from corroborate.ledger.fingerprint import code_fingerprint
from corroborate.ledger.index import (
    DocumentRecord,
    entity_to_json,
    index_components,
    name_keys,
    node_ref,
    person_words,
    record_to_json,
)
from corroborate.ledger.update import Update, plan
from corroborate.nlp import names
from corroborate.records import Attribution, Claim, Ledger, Mention
from corroborate.resolve.entities import Resolution
from corroborate.store import Store
from corroborate.store.index import IndexRows
from corroborate.store.rows import dumps


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
    store.rebuild_indexed(_built)


def update(store: Store, on_update: Callable[[Update], None] | None = None) -> str | None:
    """The ingest hook: the ledger and its index brought up to date for the documents the
    index lacks or holds otherwise (``ledger.update``): the new documents' additions, or the
    ledger rebuilt from a fresh resolution reusing the records of the documents whose inputs
    did not change (``ledger.restep``), else a full rebuild. Returns None when updated (and
    passes the update to ``on_update``), else the reason for the full rebuild; read and
    written in one transaction either way."""
    reasons: list[str] = []

    def work(current: Store) -> tuple[Ledger, IndexRows, bool | set[str]]:
        found = plan(current)
        if isinstance(found, str):
            reasons.append(found)
            return (*_built(current), True)
        if on_update is not None:
            on_update(found)
        if not found.whole:  # the new documents' rows, added
            return found.ledger, index_rows(found.resolution, found.records), False
        # Whole: what differs is written, and of the per-document rows only those of the
        # documents whose record is not stored as it is.
        rewritten = found.rewritten()
        rows = index_rows(found.resolution, found.records, rewritten)
        rows.tables["index_meta"].append(("code", code_fingerprint()))
        return found.ledger, rows, rewritten

    store.update_indexed(work)
    return reasons[0] if reasons else None


def _built(current: Store) -> tuple[Ledger, IndexRows]:
    hashes = {s.document.id: s.content_hash for s in current.documents()}
    ledger, resolution, records = build_indexed(analysed_documents(current), hashes)
    # Canonical, as the store reads it back: corrections append what they make.
    corrected = apply_corrections(ledger, current.corrections()).canonical()
    index = index_rows(resolution, records)
    index.tables["index_meta"].append(("code", code_fingerprint()))  # an update keeps it
    return corrected, index


def index_rows(
    resolution: Resolution,
    records: list[DocumentRecord],
    documents: Collection[str] | None = None,
) -> IndexRows:
    """The ledger's index (``ledger.index``) as the store's rows; the per-document rows
    (``index_documents``, ``index_refs``) of ``documents`` only, when given (an update that
    writes those alone, ``store.index.replace_index``)."""
    rows = IndexRows()
    t = rows.tables
    nodes = sorted({n for r in records for n in r.nodes})
    keys = name_keys(nodes)
    pairs = [pair for r in records for pair in r.pairs]
    component = index_components(keys, pairs)
    by_spelling = {names.key(n[1]): c for n, c in component.items()}
    for node, ks in keys.items():
        t["index_keys"] += [(k, int(looks), node_ref(node), component[node]) for k, looks in ks]
    t["index_words"] = [(w, kind, node_ref(n)) for w, kind, n in person_words(nodes)]
    for r in records:
        if documents is not None and r.document_id not in documents:
            continue
        t["index_documents"].append((r.document_id, r.content_hash,
                                     dumps(record_to_json(r))))  # fmt: skip
        t["index_refs"] += [(ref, r.document_id) for ref in sorted(r.refs())]
    final = resolution.index.by_id
    for base in resolution.bases:
        c = by_spelling.get(names.key(base.name), "")
        t["index_entities"].append((base.id, c, dumps(entity_to_json(base)),
                                    dumps(entity_to_json(final[base.id]))))  # fmt: skip
    spelled: dict[str, tuple[str, str]] = {}
    for key, eid in resolution.index.by_key_map.items():
        spelled["k:" + key] = (eid, by_spelling.get(key, ""))
    for name, eid in resolution.index.by_name_map.items():
        spelled["n:" + name] = (eid, by_spelling.get(names.key(name), ""))
    for node, eid in resolution.node_entity.items():
        spelled["node:" + node_ref(node)] = (eid, by_spelling.get(names.key(node[1]), ""))
    t["index_names"] = [(name, eid, c) for name, (eid, c) in sorted(spelled.items())]
    return rows


def rebuild_and_compare(store: Store) -> str | None:
    """A full rebuild, stored with its index, compared with the ledger stored before it
    (``corroborate rebuild``): None when they are equal, else the first difference in words."""
    found: list[str | None] = []

    def build(current: Store) -> tuple[Ledger, IndexRows]:
        stored = current.ledger()
        rebuilt, index = _built(current)
        found.append(difference(stored, rebuilt))
        return rebuilt, index

    store.rebuild_indexed(build)
    return found[0]
