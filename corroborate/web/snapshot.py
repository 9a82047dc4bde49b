"""What the web app serves, read from the store once per change and indexed for every request.

The ledger is derived and stored whole (``Store.replace_ledger``), so the server reads it, and
the documents, once and answers each request from these in-memory indexes until the store's
change marker moves. Queries mirror ``corroborate ledger``: ``select`` gives the same
allegations as ``ledger.render.select`` for the same entity name, without scanning every name
on every request.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any

from corroborate.ledger.corrections import Correction
from corroborate.nlp import names
from corroborate.records import Allegation, Entity, Event, Ledger
from corroborate.store import Store, StoredDocument
from corroborate.web.search import Hit, Query, rank, snippet

SNIPPETS = 50  # documents a search shows with a snippet (the home page lists 50)
# The event kinds that can have set each status (ledger.status's rules), to date the change.
_STATUS_KINDS: dict[str, frozenset[str]] = {
    "convicted": frozenset({"ruling"}),
    "acquitted": frozenset({"ruling"}),
    "upheld": frozenset({"ruling"}),
    "overturned": frozenset({"ruling"}),
    "dismissed": frozenset({"ruling"}),
    "charged": frozenset({"charge", "ruling"}),
    "retracted": frozenset({"retraction"}),
    "contested": frozenset({"denial"}),
    "corroborated": frozenset({"corroboration", "allegation"}),
}


@dataclass(frozen=True)
class StatusChange:
    """An allegation and the event that gave it its current status."""

    allegation: Allegation
    event: Event


@dataclass
class Filters:
    """``GET /api/ledger``'s filters; dates are ISO 8601 prefixes, compared as text."""

    entity: str | None = None
    status: str | None = None
    confession_only: bool | None = None
    since: str | None = None
    until: str | None = None

    def empty(self) -> bool:
        return all(v is None or v == "" for v in vars(self).values())


@dataclass
class Snapshot:
    """The ledger and the documents' metadata at one change marker, indexed."""

    marker: str
    ledger: Ledger
    documents: dict[str, StoredDocument]
    entities: dict[str, Entity] = field(default_factory=dict)
    allegations: dict[str, Allegation] = field(default_factory=dict)
    against: dict[str, list[Allegation]] = field(default_factory=dict)
    by: dict[str, list[Allegation]] = field(default_factory=dict)
    events_in: dict[str, list[tuple[Allegation, Event]]] = field(default_factory=dict)
    corrections: list[Correction] = field(default_factory=list)  # undone ones too
    _document_text: list[tuple[StoredDocument, str, str, str]] = field(default_factory=list)
    _keys: dict[str, list[str]] = field(default_factory=dict)
    _words: list[tuple[str, frozenset[str]]] = field(default_factory=list)
    _position: dict[str, int] = field(default_factory=dict)
    _entity_text: list[tuple[Entity, str]] = field(default_factory=list)
    _allegation_text: list[tuple[Allegation, str]] = field(default_factory=list)

    @classmethod
    def read(cls, store: Store, marker: str) -> Snapshot:
        documents = {s.document.id: s for s in store.documents()}
        snapshot = cls(
            marker=marker,
            ledger=store.ledger(),
            documents=documents,
            corrections=store.corrections(),
        )
        snapshot._index()
        return snapshot

    def _index(self) -> None:
        self.entities = {e.id: e for e in self.ledger.entities}
        self.allegations = {a.id: a for a in self.ledger.allegations}
        self._position = {a.id: i for i, a in enumerate(self.ledger.allegations)}
        keys: dict[str, list[str]] = defaultdict(list)
        for e in self.ledger.entities:
            for name in dict.fromkeys([e.name, *(a.name for a in e.aliases)]):
                keys[names.key(name)].append(e.id)
            keys[e.id].append(e.id)  # an id finds its entity, as in the CLI
        self._keys = {k: list(dict.fromkeys(v)) for k, v in keys.items()}
        self._words = [(e.id, frozenset(names.words(e.name))) for e in self.ledger.entities]
        against: dict[str, list[Allegation]] = defaultdict(list)
        by: dict[str, list[Allegation]] = defaultdict(list)
        events_in: dict[str, list[tuple[Allegation, Event]]] = defaultdict(list)
        for a in self.ledger.allegations:
            for entity_id in a.accused:
                against[entity_id].append(a)
            for entity_id in dict.fromkeys(i for n in a.alleged_by for i in self._exact(n)):
                by[entity_id].append(a)
            for event in a.events:
                events_in[event.document_id].append((a, event))
        self.against, self.by, self.events_in = dict(against), dict(by), dict(events_in)
        self._document_text = []
        for stored in self.documents.values():
            d = stored.document
            head = " ".join(filter(None, [d.id, d.title, d.outlet]))
            full = head + "\n" + d.text
            self._document_text.append((stored, head, full, full.lower()))
        self._entity_text = [
            (e, " | ".join([e.name, *(a.name for a in e.aliases)])) for e in self.ledger.entities
        ]
        self._allegation_text = [(a, self._describe(a)) for a in self.ledger.allegations]

    # --- the ledger's queries -----------------------------------------------------------

    def _exact(self, name: str) -> list[str]:
        return self._keys.get(names.key(name), []) or self._keys.get(name, [])

    def matching(self, name: str) -> list[str]:
        """Entity ids a name means, as ``corroborate ledger --entity`` reads it: any of an
        entity's names (spelling variants included) or its id, else every entity whose name
        holds all the name's words."""
        exact = self._exact(name)
        if exact:
            return exact
        wanted = set(names.words(name))
        return [i for i, words in self._words if wanted and wanted <= words]

    def select(self, filters: Filters) -> Ledger:
        """The ledger narrowed by ``filters``; entities narrowed to those the allegations left
        accuse (the whole ledger when there are no filters)."""
        if filters.empty():
            return self.ledger
        if filters.entity:
            found = dict.fromkeys(
                a.id for i in self.matching(filters.entity) for a in self.against.get(i, [])
            )
            allegations = sorted(
                (self.allegations[i] for i in found), key=lambda a: self._position[a.id]
            )
        else:
            allegations = list(self.ledger.allegations)
        if filters.status:
            allegations = [a for a in allegations if a.status == filters.status]
        if filters.confession_only is not None:
            allegations = [a for a in allegations if a.confession_only == filters.confession_only]
        if filters.since or filters.until:
            allegations = [a for a in allegations if _dated_within(a, filters.since, filters.until)]
        named = {i for a in allegations for i in a.accused}
        return Ledger([e for e in self.ledger.entities if e.id in named], allegations)

    def timeline(self, allegations: Iterable[Allegation]) -> list[Allegation]:
        """Allegations in time order of their first dated event (undated last)."""
        return sorted(allegations, key=lambda a: (_first_date(a) is None, _first_date(a) or ""))

    def latest_changes(self, limit: int = 20) -> list[StatusChange]:
        """Allegations by the date of the event that gave them their status, newest first."""
        changes = [StatusChange(a, _status_event(a)) for a in self.ledger.allegations if a.events]
        dated = [c for c in changes if c.event.date]
        dated.sort(key=lambda c: c.event.date or "", reverse=True)
        return dated[:limit]

    # --- search -------------------------------------------------------------------------

    def search_hits(self, text: str) -> dict[str, list[Hit[Any]]]:
        """Documents (id, title, outlet, text), entities (any name) and allegations (act,
        accused, alleged by) holding every word of ``text`` as a whole word, best first
        (``web.search``); documents with a snippet of the text around the first match."""
        query = Query(text)
        if not query:
            return {"documents": [], "entities": [], "allegations": []}
        documents: list[Hit[Any]] = []
        for stored, head, full, lowered in self._document_text:
            # A substring test on text lower-cased once first: most documents fail it, and it
            # is far cheaper than the whole-word expressions that decide on the rest.
            if all(w in lowered for w in query.words) and query.matches(full):
                score = 5 * query.count(head) + query.count(stored.document.text)
                documents.append(Hit(stored, score))
        # Snippets for the best only: a page shows SNIPPETS documents, the rest are counted.
        documents = [
            Hit(h.item, h.score, snippet(query, h.item.document.text)) if i < SNIPPETS else h
            for i, h in enumerate(rank(documents))
        ]
        wanted = " ".join(text.lower().split())
        entities: list[Hit[Any]] = []
        for entity, names_text in self._entity_text:
            if query.matches(names_text):
                exact = any(
                    n.lower() == wanted for n in [entity.name, *(a.name for a in entity.aliases)]
                )
                entities.append(Hit(entity, (100 if exact else 0) - len(entity.name) / 1000))
        allegations: list[Hit[Any]] = [
            Hit(a, query.count(described))
            for a, described in self._allegation_text
            if query.matches(described)
        ]
        return {
            "documents": documents,
            "entities": rank(entities),
            "allegations": rank(allegations),
        }

    def search(self, query: str, limit: int = 20) -> dict[str, list[Any]]:
        """``search_hits``' items, at most ``limit`` of each."""
        return {k: [h.item for h in v[:limit]] for k, v in self.search_hits(query).items()}

    def candidates(self, name: str) -> list[Entity]:
        """The entities a name could mean (``matching``), for an answer that lists them."""
        return [self.entities[i] for i in self.matching(name) if i in self.entities]

    def _describe(self, a: Allegation) -> str:
        accused = [self.entities[i].name for i in a.accused if i in self.entities]
        return " | ".join([a.act, *accused, *a.alleged_by])

    def corrections_of_entity(self, entity_id: str) -> list[Correction]:
        return [c for c in self.corrections if entity_id in c.entity_ids()]

    def corrections_of_allegation(self, allegation_id: str) -> list[Correction]:
        return [c for c in self.corrections if c.data.get("allegation") == allegation_id]

    def name(self, entity_id: str) -> str:
        entity = self.entities.get(entity_id)
        return entity.name if entity else entity_id


def _first_date(a: Allegation) -> str | None:
    return next((e.date for e in a.events if e.date), None)


def _dated_within(a: Allegation, since: str | None, until: str | None) -> bool:
    # Prefix comparison: until=2020 keeps 2020-12-31, since=2019-03 keeps 2019-03-01, and a
    # partial date (a month, a year: "2019") is within where its period meets the range.
    for e in a.events:
        if not e.date:
            continue
        if since and e.date[: len(since)] < since[: len(e.date)]:
            continue
        if until and e.date[: len(until)] > until[: len(e.date)]:
            continue
        return True
    return False


def _status_event(a: Allegation) -> Event:
    kinds = _STATUS_KINDS.get(a.status)
    if kinds:
        for event in reversed(a.events):
            if event.kind in kinds and (
                a.status not in {"convicted", "acquitted"} or event.outcome
            ):
                return event
    return a.events[-1] if a.status != "alleged" else a.events[0]
