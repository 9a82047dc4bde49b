"""The resolution an update by delta hands on (``ledger.reached``): the stored index
overlaid with what the reached components decide (``Overlay``, read by key only), the
entities assembled again from their contributions (``assembled_entities``), and each spelling
key's component (``StoredSpellings``)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterator, Mapping
from typing import Any

from corroborate.ledger.delta import entity_refs
from corroborate.ledger.index import (
    contributions_to,
    entity_from_json,
    entity_to_json,
    node_ref,
    parse_node,
    record_from_json,
)
from corroborate.ledger.index_rows import Spelling
from corroborate.nlp import names
from corroborate.records import Affiliation, Alias, Entity, Mention
from corroborate.resolve import parts
from corroborate.resolve.blocking import Node
from corroborate.resolve.entities import Resolution
from corroborate.resolve.entity_index import EntityIndex
from corroborate.resolve.nodes import DocumentMentions
from corroborate.store import Store
from corroborate.store.rows import dumps, loads

__all__ = ["FinalEntities", "Overlay", "StoredSpellings", "assembled_entities"]


class _Finals:
    """The entities of the reached components as documents make them (``now``) and the
    entities of other components whose contributions changed (also in ``now``, listed in
    ``outside``), with the stored finals of both (``before``, JSON)."""

    def __init__(self) -> None:
        self.now = FinalEntities()
        self.before: dict[str, str] = {}
        self.outside: set[str] = set()


class FinalEntities(Mapping[str, Entity]):
    """The final entities of an update's components: those assembled again (``made``), and
    those whose base and contributions are as stored, kept as their stored JSON (``stored``)
    and parsed only when read. Most entities of a reached component are the second kind, and
    their index row is the stored text again (``json_of``): parsing each and writing it back
    was most of assembling at train."""

    def __init__(self) -> None:
        self.made: dict[str, Entity] = {}
        self.stored: dict[str, str] = {}
        self._parsed: dict[str, Entity] = {}

    def __getitem__(self, entity_id: str) -> Entity:
        if entity_id in self.made:
            return self.made[entity_id]
        if entity_id not in self._parsed:
            self._parsed[entity_id] = entity_from_json(loads(self.stored[entity_id]))
        return self._parsed[entity_id]

    def __contains__(self, entity_id: object) -> bool:
        return entity_id in self.made or entity_id in self.stored

    def __iter__(self) -> Iterator[str]:
        yield from self.made
        yield from (e for e in self.stored if e not in self.made)

    def __len__(self) -> int:
        return len(self.made.keys() | self.stored.keys())

    def json_of(self, entity_id: str) -> str:
        """The entity's final as its index row holds it (``index_rows.entity_row``)."""
        if entity_id in self.made:
            return dumps(entity_to_json(self.made[entity_id]))
        return self.stored[entity_id]


def assembled_entities(
    store: Store,
    docs: list[DocumentMentions],
    dirty: set[str],
    refs: set[str],
    base_changed: set[str],
    base_of: dict[str, Entity],
    entities_before: Mapping[str, tuple[str, str, str]],
    overlay: Overlay,
    short: Mapping[str, list[tuple[str, Node]]],
) -> _Finals:
    """The entities whose base changed or to which a document's contributions changed,
    assembled again (``parts.assemble``) from every document's contributions: the new
    documents' and those of the stored documents reading a changed reference made again
    (``parts.document_part``: a name's entity, a lookup, an entity whose base changed), the
    others' read from their stored records (``c:`` references)."""
    out = _Finals()
    out.before = {e: v[2] for e, v in entities_before.items()}
    # An entity whose base changed only in its aliases changes no document's part
    # (``parts.document_part`` reads names, types and lookups, never an alias): "a:" moves
    # alone, and its "e:" readers' parts are not made again.
    changed = refs | {
        r for e in base_changed
        for r in entity_refs(e, entity_to_json(base_of[e]) if e in base_of else None,
                             loads(entities_before[e][1]) if e in entities_before else None)
        if r.startswith("e:")
    }  # fmt: skip
    # the stored reports whose short forms changed (a lone name decided otherwise) too
    again = (store.documents_reading(changed) | short.keys()) - dirty
    parts_now: dict[str, list[parts.Contribution]] = {}
    parts_before: dict[str, list[parts.Contribution]] = {}
    order: dict[str, tuple[str, str]] = {}
    for doc in docs:
        parts_now[doc.id] = overlay.part(doc.id, doc.published, doc.mentions, short[doc.id], [])
        order[doc.id] = parts.resolution_order(doc.published, doc.id)
    for d, payload in store.index_payloads(again).items():
        record = record_from_json(d, "", loads(payload))
        mentions = [m for _, m in store.mentions(d)]
        parts_now[d] = overlay.part(d, record.published, mentions, short.get(d, record.short),
                                    record.acronyms)  # fmt: skip
        parts_before[d] = record.contributions
        order[d] = parts.resolution_order(record.published, d)
    touched = set(base_changed)
    for d, contributions in parts_now.items():
        if contributions != parts_before.get(d):
            touched |= {c.entity_id for c in contributions}
            touched |= {c.entity_id for c in parts_before.get(d, [])}
    # A new document indexed before (its index row deleted by hand): its stored
    # contributions are in the stored finals, and it is made again here.
    stale = {r[0][2:] for r in store.index_rows_where("index_refs", "document_id", dirty)
             if r[0].startswith("c:")}  # fmt: skip
    touched |= stale
    outside = touched - base_of.keys() - entities_before.keys()
    stored_outside = {r[0]: r for r in store.index_rows_where("index_entities", "entity_id",
                                                               outside)}  # fmt: skip
    for e, row in stored_outside.items():
        out.before[e] = row[3]
    assembled = {e for e in touched if e in base_of or e in stored_outside}  # else gone
    # Where documents only add contributions to an entity whose base is as stored, its
    # stored final stands for every other document's (``parts.assembled_with``): an entity
    # every report gives a short form is not read from all of them again.
    grown = _only_added(assembled - base_changed - stale, parts_now, parts_before)
    finals = {e: out.before[e] for e in grown if e in out.before}
    ordered = store.published({a.document_id for e in finals for a in _contributed(finals[e])})
    for e, final in sorted(finals.items()):
        base = base_of[e] if e in base_of else entity_from_json(loads(stored_outside[e][2]))
        added = [(order[d], c) for d, contributions in parts_now.items()
                 if not any(c.entity_id == e for c in parts_before.get(d, []))
                 for c in contributions if c.entity_id == e]  # fmt: skip
        made = parts.assembled_with(base, entity_from_json(loads(final)), added,
                                    lambda d: _order_of(ordered, d))  # fmt: skip
        if made is not None:
            out.now.made[e] = made
            if e not in base_of:
                out.outside.add(e)
    # The other contributing documents' contributions to the other entities, each stored
    # record read once for all of them (an entity many reports name shares its readers).
    readers = {e: store.documents_reading({"c:" + e}) - dirty - parts_now.keys()
               for e in sorted(assembled - out.now.made.keys())}  # fmt: skip
    stored_given: dict[str, list[tuple[tuple[str, str], parts.Contribution]]] = defaultdict(list)
    for d, payload in store.index_payloads(set().union(*readers.values())).items():
        record = loads(payload)
        at = parts.resolution_order(record["published"], d)
        for c in contributions_to(record, assembled):
            stored_given[c.entity_id].append((at, c))
    for e in sorted(assembled - out.now.made.keys()):
        if e in base_of:
            base = base_of[e]
        else:
            base = entity_from_json(loads(stored_outside[e][2]))
            out.outside.add(e)
        # documents reading "c:e" hold a contribution to e (``DocumentRecord.refs``)
        given = list(stored_given.get(e, []))
        for d, contributions in parts_now.items():
            given += [(order[d], c) for c in contributions if c.entity_id == e]
        out.now.made[e] = parts.assemble(base, given)
    for e in base_of:
        if e not in out.now.made:  # its base and its contributions as stored
            out.now.stored[e] = entities_before[e][2]
    return out


def _only_added(
    entities: set[str],
    parts_now: Mapping[str, list[parts.Contribution]],
    parts_before: Mapping[str, list[parts.Contribution]],
) -> set[str]:
    """Those of ``entities`` to which every document made again gives what it gave before,
    or gave nothing before: documents only add to them."""
    out = set(entities)
    for d, contributions in parts_now.items():
        before = parts_before.get(d, [])
        for e in {c.entity_id for c in before} & out:
            if [c for c in before if c.entity_id == e] != [
                c for c in contributions if c.entity_id == e
            ]:
                out.discard(e)
    return out


def _contributed(final_json: str) -> list[Any]:
    """The aliases and affiliations of a stored final (JSON) that carry a document."""
    final = loads(final_json)
    return [Alias(**a) for a in final["aliases"] if a["document_id"] is not None] + [
        Affiliation(**a) for a in final["affiliations"] if a["document_id"] is not None
    ]


def _order_of(published: Mapping[str, str | None], document_id: str) -> tuple[str, str] | None:
    if document_id not in published:
        return None
    return parts.resolution_order(published[document_id], document_id)


class _View(Mapping[Any, Any]):
    """A map answered from ``own`` where ``mine(key)`` (absent there: absent), else from the
    store (``fetch`` of some keys), each stored answer kept. Read by key only: the update by
    delta never reads a resolution whole, and reading the store whole here would make it
    O(store) again, so iterating it raises."""

    def __init__(self, own: Mapping[Any, Any], mine: Callable[[Any], bool],
                 fetch: Callable[[list[Any]], Mapping[Any, Any]]) -> None:  # fmt: skip
        self.own, self.mine, self.fetch = own, mine, fetch
        self.cache: dict[Any, Any] = {}
        self.missing: set[Any] = set()

    def __getitem__(self, key: Any) -> Any:
        if self.mine(key):
            return self.own[key]
        if key in self.cache:
            return self.cache[key]
        if key in self.missing:
            raise KeyError(key)
        found = self.fetch([key])
        if key not in found:
            self.missing.add(key)
            raise KeyError(key)
        self.cache[key] = found[key]
        return found[key]

    def __contains__(self, key: object) -> bool:
        try:
            self[key]
        except KeyError:
            return False
        return True

    def get(self, key: Any, default: Any = None) -> Any:
        try:
            return self[key]
        except KeyError:
            return default

    def __iter__(self) -> Iterator[Any]:
        raise TypeError(_BY_KEY)

    def __len__(self) -> int:
        raise TypeError(_BY_KEY)


_BY_KEY = "a resolution of what new documents reach is read by key, never whole"


class Overlay:
    """The stored index overlaid with what the reached components decide: a name of their
    spelling keys is answered from them (found or not), any other from the stored index; an
    entity of theirs (or one whose contributions changed) from them, any other stored."""

    def __init__(self, store: Store, spelled: set[str], node_entity: dict[Node, str],
                 by_key: dict[str, str], by_name: dict[str, str], base_of: dict[str, Entity],
                 gone: set[str]) -> None:  # fmt: skip
        self.store = store
        self.node_entity = _View(
            node_entity, lambda n: names.key(n[1]) in spelled,
            lambda ns: self._names("node:", [node_ref(n) for n in ns], parse_node),
        )  # fmt: skip
        self.by_key = _View(by_key, lambda k: k in spelled, lambda ks: self._names("k:", ks, str))
        self.by_name = _View(
            by_name, lambda n: names.key(n) in spelled, lambda ns: self._names("n:", ns, str)
        )  # fmt: skip
        self.by_id = _View(
            base_of, lambda e: e in self.by_id.own or e in gone,
            lambda es: self._entities(es, 3),
        )  # fmt: skip
        # the entities as their components made them: the reached ones', else stored
        self.bases = _View(base_of, lambda e: e in base_of or e in gone,
                           lambda es: self._entities(es, 2))  # fmt: skip

    def _names(self, prefix: str, wanted: list[Any], key: Callable[[str], Any]) -> dict[Any, str]:
        rows = self.store.index_rows_where("index_names", "name", {prefix + w for w in wanted})
        return {key(r[0][len(prefix) :]): r[1] for r in rows}

    def _entities(self, ids: list[str], column: int) -> dict[str, Entity]:
        """Stored entities by id: their base (``column`` 2) or final (3) JSON."""
        rows = self.store.index_rows_where("index_entities", "entity_id", set(ids))
        return {r[0]: entity_from_json(loads(r[column])) for r in rows}

    def part(self, document_id: str, published: str | None, mentions: list[Mention],
             short: list[tuple[str, Node]],
             acronyms: list[tuple[str, Node]]) -> list[parts.Contribution]:  # fmt: skip
        """What one document adds to entities, looked up in the overlaid index."""
        by_doc = parts.document_lookups(document_id, mentions, short, acronyms,
                                        self.node_entity.get)  # fmt: skip
        index = EntityIndex([], self.by_key, by_doc, self.by_name, by_id=self.by_id)
        return parts.document_part(document_id, published, mentions, short, acronyms,
                                   self.node_entity.get, self.by_id.__getitem__,
                                   index).contributions  # fmt: skip

    def resolution(self, short: dict[str, list[tuple[str, Node]]], dirty: set[str]) -> Resolution:
        """The overlaid index as a ``Resolution`` read by key (a name costs a look-up): its
        entities and bases by id, no list of them (``_Unlisted``)."""
        index = EntityIndex(_Unlisted(), self.by_key, {}, self.by_name, by_id=self.by_id)
        return Resolution(
            index,
            self.bases,  # type: ignore[arg-type]  # by id (``index_rows.named_rows``)
            self.node_entity,  # type: ignore[arg-type]
            _StoredShort(self.store, short, "short"),  # type: ignore[arg-type]
            _StoredShort(self.store, {d: [] for d in dirty}, "acronyms"),  # type: ignore[arg-type]
            {},
        )


class _StoredShort(Mapping[str, list[tuple[str, Node]]]):
    """Each document's short forms (or acronyms): the new documents' as made here, the
    others' as their stored records hold them. Read by key only."""

    def __init__(self, store: Store, own: dict[str, list[tuple[str, Node]]], field: str) -> None:
        self.store, self.own, self.field = store, own, field

    def __getitem__(self, document_id: str) -> list[tuple[str, Node]]:
        if document_id in self.own:
            return self.own[document_id]
        payload = self.store.index_payloads({document_id}).get(document_id)
        if payload is None:
            raise KeyError(document_id)
        return [(w, (n[0], n[1])) for w, n in loads(payload)[self.field]]

    def __iter__(self) -> Iterator[str]:
        raise TypeError(_BY_KEY)

    def __len__(self) -> int:
        raise TypeError(_BY_KEY)


class _Unlisted(list[Entity]):
    """The entities of a resolution read by id only (``EntityIndex.by_id``): listing them
    would read the stored index whole."""

    def __iter__(self) -> Iterator[Entity]:
        raise TypeError(_BY_KEY)

    def __len__(self) -> int:
        raise TypeError(_BY_KEY)

    def __getitem__(self, i: Any) -> Any:
        raise TypeError(_BY_KEY)


class StoredSpellings(Mapping[str, Spelling]):
    """Each spelling key's index component and names (``ledger.index_rows.Spelling``): those
    of the reached components as laid out again (``own``), any other as stored (every name
    has its ``key:`` blocking key in ``index_keys``, in its component). Read by key only.

    The holders of a ``key:`` blocking key are not all spelled so: two names joined by a
    hyphen hold the ``key:`` of each half too ("Bo Ezeh-Ada Obiora", an organisation, holds
    ``key:b ezh``, the key of the person "Bo Ezeh"), so only the holders whose own spelling
    key it is are its names, as ``index_rows.spellings_of`` groups them."""

    def __init__(self, store: Store, own: dict[str, Spelling]) -> None:
        self.store, self.own = store, own
        self.cache: dict[str, Spelling | None] = {}

    def __getitem__(self, key: str) -> Spelling:
        if key in self.own:
            return self.own[key]
        if key not in self.cache:
            rows = self.store.index_rows_where("index_keys", "key", {"key:" + key})
            spelled = [(parse_node(r[2]), r[3]) for r in rows]
            spelled = [(n, c) for n, c in spelled if names.key(n[1]) == key]
            found = frozenset(n for n, _ in spelled)
            self.cache[key] = (min(c for _, c in spelled), found) if spelled else None
        spelling = self.cache[key]
        if spelling is None:
            raise KeyError(key)
        return spelling

    def __iter__(self) -> Iterator[str]:
        raise TypeError(_BY_KEY)

    def __len__(self) -> int:
        raise TypeError(_BY_KEY)
