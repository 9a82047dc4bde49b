"""Documents stepped again after a fresh resolution: only those whose inputs changed (the
update for new documents that reach stored names, ``ledger.update``).

A document's record (``DocumentRecord``: its steps, the groups its claims name, what it adds
to entities) is made by ``record_document`` from three things only: its own stored analysis,
the short forms and acronyms resolution gives it, and the values of the references it read
while it was made - each node's entity (``m:``), each global spelling key and name a lookup
consulted (``k:``, ``n:``, found or not), each entity it read, as assembled (``e:``; of it
only what stepping can read, ``delta.read_view``). The index stores all three
(``index_documents`` with its ``forms``, ``index_refs``, ``index_names``,
``index_entities``). So a stored record is the one ``record_document`` would make exactly
when its document is unchanged, resolution gives it the same short forms and acronyms, and
none of its references has changed value: a ``ResolutionDelta`` names the documents and
references that changed, and only their documents are stepped again (``stepped_again``,
``step_again``); the others' records are not read. What a record's steps can join
(``reaches``: the stored ``accuses``) also depends on the speakers' organisations, which a
record reads through the speaker's entity (``e:``, whose view holds its affiliations'
organisations), so a reused record's is exact as stored.

``restep`` is the whole form of it, for an update that assembles the ledger from every record
(corrections by hand in force): the same documents stepped again, every other record parsed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass

from corroborate.ledger.build import AnalysedDocument, record_document
from corroborate.ledger.delta import ResolutionDelta, resolution_delta
from corroborate.ledger.index import (
    DocumentRecord,
    reaches,
    record_from_json,
    record_to_json,
    steps_json,
)
from corroborate.records import Claim, Mention
from corroborate.resolve.entities import Resolution, resolve
from corroborate.resolve.nodes import DocumentMentions
from corroborate.store import Store
from corroborate.store.index_state import DocumentHashes
from corroborate.store.rows import dumps, loads

__all__ = ["Restepped", "Unmoved", "resolve_store", "restep", "step_again", "stepped_again",
           "stored_analysis", "unmoved"]  # fmt: skip


@dataclass
class Restepped:
    """Resolution over every stored document, every document's record in resolution's
    order (published, id), and which documents were stepped again (the others reused, with
    their stored JSON where it is unchanged, so that it is not written out again)."""

    resolution: Resolution
    records: list[DocumentRecord]
    stepped: set[str]
    payloads: dict[str, str]  # the stored JSON of each record reused as it was


def resolve_store(store: Store) -> tuple[Resolution, dict[str, list[Mention]]]:
    """Every stored document resolved again (today's resolution for an update), with the
    stored mentions it read, by document."""
    heads = store.document_heads()
    mentions: dict[str, list[Mention]] = defaultdict(list)
    for document_id, mention in store.mentions():
        mentions[document_id].append(mention)
    claims: dict[str, list[Claim]] = defaultdict(list)  # whom each reads as accused
    for document_id, claim in store.claims():
        claims[document_id].append(claim)
    # The order ``build_indexed`` steps documents in (undated first, as ``published or ""``).
    heads.sort(key=lambda h: (h[1] or "", h[0]))
    resolution = resolve(DocumentMentions(d, p, mentions[d], tuple(claims[d])) for d, p, _ in heads)
    return resolution, mentions


def stepped_again(store: Store, delta: ResolutionDelta, stored: Collection[str]) -> set[str]:
    """The stored documents whose record must be made again: the delta's documents (new,
    changed, or given other short forms) and those that read a reference whose value
    changed; no other's inputs changed. ``stored``: the stored documents, asked only about
    those (an update's ``DocumentHashes`` reads them by id, all in one query per 500 first:
    asked one at a time, the 41 reports one addition steps again at 5,000 court reports
    were 41 queries)."""
    candidates = delta.documents | store.documents_reading(delta.refs)
    if isinstance(stored, DocumentHashes):
        stored.read(candidates)
    return {d for d in candidates if d in stored}


def step_again(
    store: Store, delta: ResolutionDelta, hashes: Mapping[str, str], documents: Collection[str]
) -> dict[str, DocumentRecord]:
    """The records of ``documents`` made again from their stored analysis and the delta's
    resolution (read by key)."""
    resolution = delta.resolution
    out: dict[str, DocumentRecord] = {}
    for document_id in sorted(documents):
        analysed = stored_analysis(store, document_id)
        out[document_id] = record_document(
            analysed,
            hashes[document_id],
            resolution.short.get(document_id, []),
            resolution.acronyms.get(document_id, []),
            resolution.node_entity,
            resolution.index,
        )
    return out


@dataclass
class Unmoved:
    """Of the records made again (``step_again``), those that came out as stored: ``whole``,
    every per-document row (``index_documents``, ``index_refs``) the same, so not written
    again; ``grouped``, what grouping reads of them (date, steps, groups: ``steps_json``)
    and what their steps can join (``accuses``, the ``p:`` references) the same."""

    whole: set[str]
    grouped: set[str]


def unmoved(store: Store, made: Mapping[str, DocumentRecord]) -> Unmoved:
    """Which of the records ``made`` again are as stored, in whole or as grouping reads them
    (``Unmoved``). A stored document is stepped again when one of its references changed
    value (``stepped_again``), which does not say that its record changes: a name it
    mentions typed otherwise, an entity it looked up renamed, may leave its steps as they
    were (at PolNeAR train10, 30 of the 50 documents usa-today's article steps again come
    out as stored, and all 50 steps alike). Compared as the text each row holds (the same
    code wrote it: ``ledger.fingerprint``), so equal text is an equal record."""
    whole: set[str] = set()
    grouped: set[str] = set()
    for d, content_hash, payload, _, steps in store.index_rows_where(
        "index_documents", "document_id", set(made)
    ):
        record = made[d]
        as_json = record_to_json(record)
        if dumps(steps_json(as_json)) != steps:
            continue
        if dumps(as_json) == payload:
            grouped.add(d)
            if content_hash == record.content_hash:
                whole.add(d)
        elif loads(payload)["accuses"] == as_json["accuses"]:
            grouped.add(d)
    return Unmoved(whole, grouped)


def restep(store: Store, dirty: set[str]) -> Restepped:
    """Every stored document's record, made again for ``dirty`` documents (new or changed)
    and for those whose inputs changed, reused from the index for the others (every other
    record parsed: what an update needs when it assembles the ledger whole)."""
    resolution, mentions = resolve_store(store)
    delta = resolution_delta(store, resolution, dirty, mentions)
    heads = sorted(store.document_heads(), key=lambda h: (h[1] or "", h[0]))
    again = stepped_again(store, delta, {d for d, _, _ in heads})
    payloads = store.index_payloads({d for d, _, _ in heads} - again)
    made = step_again(store, delta, {d: h for d, _, h in heads}, again)
    entities = resolution.index.by_id
    records: list[DocumentRecord] = []
    kept: dict[str, str] = {}
    for document_id, _, content_hash in heads:
        if document_id in made:
            records.append(made[document_id])
            continue
        stored = record_from_json(document_id, content_hash, loads(payloads[document_id]))
        # Exact without computing it again (a speaker's organisations are read through
        # "e:", so a document whose speakers' organisations changed is stepped again), but
        # cheap on this path, which parses every record anyway.
        accuses = reaches(stored.steps, entities)
        if accuses == stored.accuses:
            kept[document_id] = payloads[document_id]
        stored.accuses = accuses
        records.append(stored)
    return Restepped(resolution, records, set(made), kept)


def stored_analysis(
    store: Store, document_id: str, mentions: list[Mention] | None = None
) -> AnalysedDocument:
    """A stored document with its stored analysis (``mentions``: already read, if they were)."""
    stored = store.document(document_id)
    assert stored is not None  # listed by the caller from the store, in this transaction
    return AnalysedDocument(
        stored.document,
        [a.attribution for a in store.attributions(document_id)],
        mentions if mentions is not None else [m for _, m in store.mentions(document_id)],
        [c for _, c in store.claims(document_id)],
    )
