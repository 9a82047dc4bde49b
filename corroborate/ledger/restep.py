"""The ledger rebuilt from a fresh resolution, stepping again only the documents whose inputs
changed: the update for new documents that reach stored names (``ledger.update``).

A document's record (``DocumentRecord``: its steps, the groups its claims name, what it adds
to entities) is made by ``record_document`` from three things only: its own stored analysis,
the short forms and acronyms resolution gives it, and the values of the references it read
while it was made - each node's entity (``m:``), each global spelling key and name a lookup
consulted (``k:``, ``n:``, found or not), each entity it read, as assembled (``e:``; of it
only what stepping can read, ``read_view``). The index stores all three
(``index_documents``, ``index_refs``, ``index_names``, ``index_entities``). So after
resolving every stored document again (``resolve``: the names cross documents through keys,
words, counts and the company reports keep, so no part of it is reused), a stored record is
the one ``record_document`` would make exactly when its document is unchanged, resolution
gives it the same short forms and acronyms, and none of its references has changed value:
it is reused, and only the other documents are stepped again. What its steps can join
(``reaches``) also depends on the speakers' organisations, which are no reference: it is
computed again for every record (cheap). The ledger is then assembled from all records as a
full build assembles it (``build.assemble_ledger``), and the corrections by hand applied to
it whole: equal to the full rebuild by construction, for any new, changed or removed
documents.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from corroborate.ledger.build import AnalysedDocument, record_document
from corroborate.ledger.index import (
    DocumentRecord,
    entity_to_json,
    node_ref,
    reaches,
    record_from_json,
)
from corroborate.records import Mention
from corroborate.resolve.entities import DocumentMentions, Resolution, resolve
from corroborate.resolve.statistics import DocumentNames, document_names
from corroborate.store import Store
from corroborate.store.rows import loads

__all__ = ["Restepped", "changed_refs", "read_view", "restep", "stored_analysis"]


@dataclass
class Restepped:
    """Resolution over every stored document, every document's record in resolution's
    order (published, id), and which documents were stepped again (the others reused, with
    their stored JSON where it is unchanged, so that it is not written out again)."""

    resolution: Resolution
    records: list[DocumentRecord]
    stepped: set[str]
    payloads: dict[str, str]  # the stored JSON of each record reused as it was
    names: list[DocumentNames]  # resolution's inputs of the ``dirty`` documents
    # Why resolution was not scoped to what the new documents reach (``ledger.reached``);
    # None when it was
    unreached: str | None = None


def restep(store: Store, dirty: set[str]) -> Restepped:
    """Every stored document's record, made again for ``dirty`` documents (new or changed)
    and for those whose inputs changed, reused from the index for the others. Resolution
    re-resolves only the components the new documents reach (``ledger.reached``) where it
    can, else every stored document."""
    # imported here: ``ledger.reached`` reads this module's ``read_view``
    from corroborate.ledger.delta import ResolutionDelta
    from corroborate.ledger.reached import resolve_reached

    heads = store.document_heads()
    # The order ``build_indexed`` steps documents in (undated first, as ``published or ""``).
    heads.sort(key=lambda h: (h[1] or "", h[0]))
    mentions: dict[str, list[Mention]] = {}
    found = resolve_reached(store, dirty)
    if isinstance(found, ResolutionDelta):
        # its documents and references are exactly what differs from the stored records
        resolution, trusted = found.resolution, True
        again = dirty | found.documents | store.documents_reading(found.refs)
    else:
        for document_id, mention in store.mentions():
            mentions.setdefault(document_id, []).append(mention)
        resolution = resolve(DocumentMentions(d, p, mentions.get(d, [])) for d, p, _ in heads)
        again = dirty | store.documents_reading(changed_refs(store, resolution))
        trusted = False
    payloads = store.index_payloads({d for d, _, _ in heads} - again)
    entities = resolution.index.by_id
    records: list[DocumentRecord] = []
    stepped: set[str] = set()
    kept: dict[str, str] = {}
    for document_id, _, content_hash in heads:
        payload = payloads.get(document_id)
        if payload is not None:
            stored = record_from_json(document_id, content_hash, loads(payload))
            if trusted or (
                stored.short == resolution.short.get(document_id, [])
                and stored.acronyms == resolution.acronyms.get(document_id, [])
            ):
                accuses = reaches(stored.steps, entities)
                if accuses == stored.accuses:
                    kept[document_id] = payload
                stored.accuses = accuses
                records.append(stored)
                continue
        short = resolution.short.get(document_id, [])
        acronyms = resolution.acronyms.get(document_id, [])
        analysed = stored_analysis(store, document_id, mentions.get(document_id))
        records.append(record_document(analysed, content_hash, short, acronyms,
                                       resolution.node_entity, resolution.index))  # fmt: skip
        stepped.add(document_id)
    named = []
    for d, p, _ in heads:
        if d in dirty:
            read = mentions[d] if d in mentions else [m for _, m in store.mentions(d)]
            named.append(document_names(DocumentMentions(d, p, read)))
    return Restepped(resolution, records, stepped, kept, named,
                     None if isinstance(found, ResolutionDelta) else found)  # fmt: skip


def changed_refs(store: Store, resolution: Resolution) -> set[str]:
    """The references (``m:``, ``k:``, ``n:``, ``e:``) whose value ``resolution`` gives
    otherwise than the stored index: an entity where there was none, none where there was
    one, another entity, or an entity that reads otherwise (``read_view``)."""
    index = resolution.index
    now: dict[str, str] = {}
    for key, eid in index.by_key_map.items():
        now["k:" + key] = eid
    for name, eid in index.by_name_map.items():
        now["n:" + name] = eid
    for node, eid in resolution.node_entity.items():
        now["m:" + node_ref(node)] = eid
    before = {_as_ref(name): eid for name, eid in store.index_table("index_names").items()}
    out = {ref for ref in now.keys() | before.keys() if now.get(ref) != before.get(ref)}
    finals = {eid: read_view(loads(f)) for eid, f in store.index_table("index_entities").items()}
    assembled = {eid: read_view(entity_to_json(e)) for eid, e in index.by_id.items()}
    out |= {"e:" + eid for eid in finals.keys() | assembled.keys()
            if finals.get(eid) != assembled.get(eid)}  # fmt: skip
    return out


def read_view(entity: dict[str, Any]) -> tuple[object, ...]:
    """What stepping can read of an entity (``entity_to_json``'s form): ``lookup`` hands it to
    ``ledger.claims``, ``ledger.link`` and ``parts.document_part``, which read its id, name
    and type, its aliases' names in order (a name found in a quote) and its affiliations'
    organisations and roles in order (a speaker's party, a judge's office) - never which
    document or join gave an alias or an affiliation, nor their dates. An earlier report
    that uses a short form moves the alias's document, not what any report reads of it."""
    return (
        entity["id"], entity["name"], entity["type"],
        tuple(a["name"] for a in entity["aliases"]),
        tuple((a["organization"], a["role"]) for a in entity["affiliations"]),
    )  # fmt: skip


def _as_ref(name: str) -> str:
    """``index_names`` keeps a node's entity as "node:" + node; records refer to it as "m:"."""
    return "m:" + name[5:] if name.startswith("node:") else name


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
