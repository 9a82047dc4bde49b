"""The ledger updated for new documents, without a full rebuild, where that is provably equal.

``plan(store)`` looks at the documents the stored index (``ledger.index``) does not hold yet,
or holds otherwise. When they are new and touch nothing stored (``added``), resolution,
stepping and grouping run over the new documents alone, and their entities, allegations and
index rows are added to the stored ones. That is the full rebuild's result exactly when

- the index was made by this code (``fingerprint``) from the stored documents as they are;
- no name of a new document shares a blocking key with a stored name (``index_keys``): its
  components are new, so every merge rule decides them as over the whole store, and the
  index's components of stored names stay as they are;
- no one-word person name, new or stored, ends or begins a longer one of the other side
  (``lone_names`` looks lone names up by word, not by key); so its counts of the reports
  naming a person (``RARE_COMPANY``) are unchanged for stored people, complete for new ones;
- no lookup of a new document consults a stored spelling or name, and no entity it reads,
  adds to, accuses or answers is stored (its references against ``index_names`` and the
  stored entities): its steps read only new entities and can join only new allegations;
- no stored document consulted a spelling or name the new entities bring, mentions a new
  name, or names a group a new document names (``index_refs``): no stored document's steps
  and no stored allegation change;
- no active correction by hand names a new entity or allegation.

Otherwise (``Apart`` says why) the update takes what resolution decides otherwise than the
stored index (``ledger.delta.ResolutionDelta``) from a resolution of only the stored
components the new documents reach, summed from the statistics stored per name
(``ledger.reached.resolve_reached``); where that names why it cannot answer (a stored
document changed or removed, a story to weigh, ...: ``Update.unreached``), every stored
document is resolved again and compared with the index whole (``resolution_delta``). Then
the update works by that delta (``by_delta``): only the
documents whose inputs changed are stepped again (``ledger.restep``), only the allegations
whose principal their steps reach, before or after, are regrouped, from the records that
reach them (``ledger.regroup``; a record that came out as grouping reads it stored regroups
nothing for itself, ``regroup.moved``), and only the entities, allegations and index rows
the delta names (and the records that came out otherwise than stored) are written: exact by
construction, whatever the new, changed or removed documents touch. With corrections by
hand in force (``Wholly``) the ledger is instead assembled from every record and corrected
whole, as a rebuild corrects it. A full rebuild (``Fallback``)
remains for a store without an index, an index made by other code, and more new or changed
documents than ``MAX_SHARE`` of the store.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

from corroborate.ledger.build import (
    assemble_ledger,
    group_steps,
    record_document,
)
from corroborate.ledger.corrections import apply_corrections
from corroborate.ledger.delta import ResolutionDelta, resolution_delta
from corroborate.ledger.fingerprint import code_fingerprint
from corroborate.ledger.index import DocumentRecord, name_keys, node_ref, person_words
from corroborate.ledger.reached import Unreached, resolve_reached
from corroborate.ledger.regroup import regroup
from corroborate.ledger.restep import (
    resolve_store,
    restep,
    step_again,
    stepped_again,
    stored_analysis,
    unmoved,
)
from corroborate.records import Entity, Ledger
from corroborate.resolve.blocking import Node
from corroborate.resolve.entities import Resolution, resolve
from corroborate.resolve.nodes import DocumentMentions, mention_nodes
from corroborate.resolve.statistics import DocumentNames, document_names
from corroborate.store import Store
from corroborate.store.derived import LedgerChange
from corroborate.store.index import IndexChange
from corroborate.store.index_state import DocumentHashes

__all__ = ["MAX_SHARE", "Apart", "Fallback", "Update", "Wholly", "by_delta", "dirty_names", "plan"]

# Above this share of the store, new documents are rebuilt whole: the update's point look-ups
# would cost more than reading everything once, and a first ingest has no index to update.
MAX_SHARE = 0.5

Fallback = Literal[
    "no index",
    "the index was made by other code",
    "too many new documents",
]
# Why an update that steps documents again assembles the ledger from every record instead of
# replacing only what the delta reaches (``by_delta``).
# (A stored untied description - "the agent" of ``ledger.described_elsewhere`` - no longer
# is one: an update regroups every candidate of such a step, ``regroup.drawn_in``.)
Wholly = Literal["corrections by hand are in force"]
# Why new documents cannot simply be added to the stored ledger (then it is rebuilt from a
# fresh resolution with stored records reused, ``ledger.restep``).
Apart = Literal[
    "a stored document changed or was removed",
    "names reach stored components",
    "lookups read stored names or entities",
    "stored documents read new names",
    "a correction by hand names the new entities",
]


@dataclass
class Update:
    """What the update stores. ``whole``: the ledger and index (``records``: every
    document's) replace the stored ones; else they are added to them (the new documents'
    alone). ``stepped``: the documents stepped again (the others' records reused); ``apart``:
    why they were not simply added (None: they were). ``by_delta``: the ledger holds only
    the entities and allegations ``ledger_change`` names (their new values), ``records``
    only those stepped again, and only the index rows ``index_change`` names are written;
    else ``whole`` (``wholly``: why). ``documents``: how many are stored."""

    ledger: Ledger  # by delta: only the new values of what ``ledger_change`` names
    resolution: Resolution
    records: list[DocumentRecord]
    whole: bool = False
    stepped: set[str] = field(default_factory=set)
    apart: Apart | None = None
    payloads: dict[str, str] = field(default_factory=dict)  # reused records stored as they are
    removed: set[str] = field(default_factory=set)  # indexed documents no longer stored
    documents: int = 0
    by_delta: ResolutionDelta | None = None
    ledger_change: LedgerChange = field(default_factory=LedgerChange)
    index_change: IndexChange = field(default_factory=IndexChange)
    wholly: Wholly | None = None
    # resolution's inputs of the new or changed documents (``ledger.name_rows``), stored
    names: list[DocumentNames] = field(default_factory=list)
    # why a whole update resolved every stored document (``ledger.reached.Unreached``, or
    # corrections by hand in force); None: it resolved only what the new documents reach
    # (``resolve_reached``), or it was not whole
    unreached: Unreached | Wholly | None = None
    # by delta: the documents stepped again whose record came out as stored, every row of
    # it (``ledger.restep.unmoved``): not in ``records``, not written again
    as_stored: set[str] = field(default_factory=set)

    def rewritten(self) -> set[str]:
        """The documents whose index rows a ``whole`` update writes: those whose record is
        not stored as it is, and those removed."""
        return ({r.document_id for r in self.records} - set(self.payloads)) | self.removed


def plan(store: Store, max_share: float = MAX_SHARE) -> Update | Fallback:
    """The update for the documents the index lacks or holds otherwise, or why a full
    rebuild is needed."""
    # Which documents differ, as the database compares them (``store.index_state``): the
    # hashes of only the few an update adds or steps again are read.
    state = store.index_state()
    if not state.indexed:
        return "no index"
    if store.index_code() != code_fingerprint():
        return "the index was made by other code"
    stored, dirty = state.stored, state.dirty
    if len(dirty) > max_share * len(stored):
        return "too many new documents"
    if state.gone:  # an indexed document changed or was removed
        apart: Update | Apart = "a stored document changed or was removed"
    else:
        apart = added(store, sorted(dirty), stored)
    if isinstance(apart, Update):
        return apart
    removed = state.gone - dirty  # indexed, no longer stored
    brought = dirty_names(store, dirty)
    if any(c.active for c in store.corrections()):
        found = _whole(store, dirty, apart, removed, "corrections by hand are in force")
        found.names, found.unreached = brought, "corrections by hand are in force"
        return found
    reached = resolve_reached(store, dirty, bool(state.gone))
    if isinstance(reached, ResolutionDelta):
        delta, unreached = reached, None
    else:  # resolved whole, the delta found by whole comparisons
        resolution, mentions = resolve_store(store)
        delta, unreached = resolution_delta(store, resolution, dirty, mentions), reached
    found = by_delta(store, delta, stored, removed, apart)
    found.names, found.unreached = brought, unreached
    return found


def dirty_names(store: Store, dirty: set[str]) -> list[DocumentNames]:
    """Resolution's inputs of the new or changed documents (``resolve.statistics``), which
    the update stores beside the index for the next update's ``resolve_reached``."""
    published = store.published(dirty)
    out = []
    for d in sorted(dirty):
        mentions, claims = [m for _, m in store.mentions(d)], tuple(c for _, c in store.claims(d))
        out.append(document_names(DocumentMentions(d, published[d], mentions, claims)))
    return out


def by_delta(
    store: Store,
    delta: ResolutionDelta,
    stored: DocumentHashes,
    removed: set[str],
    apart: Apart,
) -> Update:
    """The update that steps again only the documents the delta reaches, regroups only the
    allegations their steps reach (``ledger.regroup``) and names only the index rows that
    change: what it reads and writes follows the delta, not the store."""
    again = stepped_again(store, delta, stored)
    made = step_again(store, delta, stored, again)
    # Records that came out as stored: no allegation regrouped for them, no row written.
    same = unmoved(store, made)
    regrouped = regroup(store, delta, made, removed, same.grouped)
    ledger = Ledger(entities=regrouped.entities, allegations=regrouped.allegations)
    index_change = IndexChange(
        (again - same.whole) | removed,
        set(delta.entities),
        set(delta.names),
        {node_ref(n) for n in delta.nodes},
    )
    records = sorted((r for d, r in made.items() if d not in same.whole),
                     key=lambda r: (r.published or "", r.document_id))  # fmt: skip
    return Update(ledger, delta.resolution, records, True, again, apart, removed=removed,
                  documents=len(stored), by_delta=delta, ledger_change=regrouped.change,
                  index_change=index_change, as_stored=same.whole)  # fmt: skip


def _whole(store: Store, dirty: set[str], apart: Apart, removed: set[str], why: Wholly) -> Update:
    """The update that assembles the ledger from every record (reused ones parsed) and
    applies the corrections by hand to it whole."""
    done = restep(store, dirty)
    built = assemble_ledger(done.resolution, done.records)
    ledger = apply_corrections(built, store.corrections()).canonical()
    return Update(ledger, done.resolution, done.records, True, done.stepped, apart,
                  done.payloads, removed, len(done.records), wholly=why)  # fmt: skip


def added(store: Store, new: list[str], stored: DocumentHashes) -> Update | Apart:
    """The ledger's additions for ``new`` documents that touch nothing stored (see above),
    or why they touch something."""
    docs = sorted((stored_analysis(store, d) for d in new),
                  key=lambda d: (d.document.published or "", d.document.id))  # fmt: skip
    # The names first (``DocumentRecord.nodes``): most documents meet stored names, and
    # that needs no resolution to see.
    nodes = sorted({n for d in docs for m in d.mentions for n in mention_nodes(m)})
    keys = {k for ks in name_keys(nodes).values() for k, _ in ks}
    if _keys_meet(store, keys) or _lone_words_meet(store, nodes):
        return "names reach stored components"
    resolution = resolve(d.names_read() for d in docs)
    index = resolution.index
    records = [
        record_document(
            d,
            stored[d.document.id],
            resolution.short.get(d.document.id, []),
            resolution.acronyms.get(d.document.id, []),
            resolution.node_entity,
            index,
        )  # fmt: skip
        for d in docs
    ]
    if _reads_stored(store, records):
        return "lookups read stored names or entities"
    brought = {"k:" + k for k in index.by_key_map} | {"n:" + n for n in index.by_name_map}
    if store.stored_values("index_names", "name", brought):
        return "names reach stored components"
    brought |= {"m:" + node_ref(n) for r in records for n in r.nodes}
    brought |= {"g:" + g for r in records for g in r.groups}
    if store.stored_values("index_refs", "ref", brought):
        return "stored documents read new names"
    # A stored report that writes a new report's name without reading its entity holds no
    # "m:" reference of it (``noted_lookups``), but still names it (``_names_written``).
    if _names_written(store, {node_ref(n) for r in records for n in r.nodes}):
        return "stored documents read new names"
    groups: dict[str, Entity] = {}
    for r in records:
        for gid, group in r.groups.items():
            groups.setdefault(gid, group)  # the first document that names it, as a build
    entities = {e.id: e for e in index.entities} | groups
    ledger = Ledger(
        entities=list(entities.values()),
        allegations=group_steps([s for r in records for s in r.steps], entities),
    )
    named = set(entities) | {a.id for a in ledger.allegations}
    if store.stored_values("entities", "id", set(entities)):
        return "names reach stored components"
    for c in store.corrections():
        if c.active and _strings(c.data) & named:
            return "a correction by hand names the new entities"
    brings = [document_names(d.names_read()) for d in docs]
    return Update(ledger.canonical(), resolution, records, stepped=set(new),
                  documents=len(stored), names=brings)  # fmt: skip


def _reads_stored(store: Store, records: list[DocumentRecord]) -> bool:
    read = {ref for r in records for ref in r.read if ref[:2] in ("k:", "n:")}
    if store.stored_values("index_names", "name", read):
        return True
    # "a:" + id + TAB + a name asked about (``entity_index.alias_ref``)
    ids = {ref[2:].split("\t")[0] for r in records for ref in r.read if ref[:2] in ("e:", "a:")}
    ids |= {c.entity_id for r in records for c in r.contributions}
    ids |= {p for r in records for p in r.accuses} | {g for r in records for g in r.groups}
    return bool(store.stored_values("entities", "id", ids))


def _names_written(store: Store, refs: set[str]) -> bool:
    """Whether a stored report writes one of the names ``refs`` (node references): mentions
    it (``index_mentioned``) or declares it or its alias (``index_declared``)."""
    return bool(
        store.stored_values("index_mentioned", "node", refs)
        or store.stored_values("index_declared", "node", refs)
        or store.stored_values("index_declared", "other", refs)
    )


def _keys_meet(store: Store, keys: set[str]) -> bool:
    """Whether a new name shares a blocking key with a stored one: then the two may be in
    one component of the index (``index_components``), which only the index written again
    keeps as a full rebuild writes it. A block by pairs (``variant:``, ``ends:``, ...) links
    its holders only where a rule compares them (``blocking.by_pairs``); asked here by key
    all the same, a bound from above:
    a new name in a stored block only takes the scoped update instead."""
    return bool(store.stored_values("index_keys", "key", keys))


def _lone_words_meet(store: Store, nodes: list[Node]) -> bool:
    """Whether a one-word person name of a new document is the first or last word of a
    stored longer one, or the reverse (``index_words``): ``lone_names`` finds a lone name's
    full name by word, which no blocking key holds."""
    words = person_words(nodes)
    lone = {w for w, kind, _ in words if kind == "lone"}
    ends = {w for w, kind, _ in words if kind == "end"}
    return bool(store.stored_words(lone, "end") or store.stored_words(ends, "lone"))


def _strings(value: object) -> set[str]:
    if isinstance(value, str):
        return {value}
    if isinstance(value, dict):
        return set(value) | {s for v in value.values() for s in _strings(v)}
    if isinstance(value, list):
        return {s for v in value for s in _strings(v)}
    return set()
