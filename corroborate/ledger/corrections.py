"""Corrections by hand: what a reader fixed in the machine-built ledger, applied on every rebuild.

Machine reading will get some entities wrong: two spellings of one man left apart, two
people joined under one name, someone read as accused who was only mentioned. A correction
says so once, with a reason, an author and a time (stored in their own table, never in the
derived ones), and ``apply_corrections`` applies every correction in force to each newly
built ledger: the one pure function over the built ledger, so that corrections survive every
rebuild and re-ingest, and undoing one is just not applying it any more.

Kinds (``Correction.data``):

- ``merge``: ``{"entities": [KEEP, OTHER, ...]}``: the others become aliases of KEEP, which
  keeps its id (checks outside the repository rely on that); their allegations become
  KEEP's, joined with KEEP's own for the same act.
- ``split``: ``{"entity": ID, "alias": NAME}``: NAME is not the same one as ID; it becomes an
  entity of its own (the id its name gives), taking the events whose quote names it and none
  of ID's other names.
- ``not_accused``: ``{"allegation": ID, "entity": ID}``: the entity is not accused in that
  allegation; an allegation left without accused is dropped.

A correction whose entities or allegation the ledger no longer has (the documents changed,
or were removed: ``corroborate remove``) does nothing; ``touches`` tells whether a
correction still changes a ledger, ``orphaned`` which corrections in force change nothing.
Such a correction is kept, in force: it applies again as soon as a document brings back
what it names (the ids are hashes of content, the same on every rebuild); only
``corroborate correct undo`` stops it.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from dataclasses import dataclass, field, replace
from typing import Any, Literal, get_args

from corroborate.ledger.inferred_events import events_rejoined
from corroborate.ledger.link import allegation_id
from corroborate.ledger.retold_setting import settings_of_person
from corroborate.ledger.status import confession_only, status_of
from corroborate.records import Alias, Allegation, Entity, Event, Ledger
from corroborate.resolve.entity_ids import entity_id, spelled_id

__all__ = [
    "CORRECTION_KINDS",
    "Correction",
    "CorrectionKind",
    "apply_corrections",
    "correction_id",
    "orphaned",
    "touches",
]

CorrectionKind = Literal["merge", "split", "not_accused"]
CORRECTION_KINDS: tuple[CorrectionKind, ...] = get_args(CorrectionKind)


@dataclass(frozen=True)
class Correction:
    """One correction by hand, as stored. ``undone_at`` set: no longer applied."""

    id: str
    kind: CorrectionKind
    data: dict[str, Any]
    reason: str
    author: str
    created_at: str
    undone_at: str | None = None
    position: int = 0

    @property
    def active(self) -> bool:
        return self.undone_at is None

    def entity_ids(self) -> list[str]:
        """Every entity the correction names (for the entity pages that show it)."""
        if self.kind == "merge":
            return list(self.data.get("entities", []))
        if self.kind == "split":
            made = split_entity_id(
                self.data.get("type", "person"), self.data["alias"], self.data["entity"]
            )
            return [self.data["entity"], made]
        return [self.data["entity"]]

    def describe(self, name_of: Any = None) -> str:
        """One line for people: what was corrected. Names come from ``name_of(id)`` when it
        knows the id, else from the names the correction recorded when it was made (an
        entity merged away is in no later ledger)."""
        recorded: dict[str, str] = self.data.get("names", {})

        def name_of_(entity: str) -> str:
            found = name_of(entity) if name_of else entity
            return recorded.get(entity, found) if found == entity else str(found)

        if self.kind == "merge":
            keep, *others = self.data["entities"]
            joined = ", ".join(name_of_(i) for i in others)
            return f"merged {joined} into {name_of_(keep)}"
        if self.kind == "split":
            return f"split {self.data['alias']!r} from {name_of_(self.data['entity'])}"
        return f"{name_of_(self.data['entity'])} not accused in {self.data['allegation']}"

    def applies_to(self, allegation: Allegation) -> bool:
        """Whether this correction changed ``allegation``: it names the allegation, or one
        of its accused (what a merge kept, or a split made)."""
        if self.kind == "not_accused":
            return self.data.get("allegation") == allegation.id
        return bool(set(self.entity_ids()) & set(allegation.accused))

    def to_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "kind": self.kind,
            **self.data,
            "reason": self.reason,
            "author": self.author,
            "created_at": self.created_at,
            "undone_at": self.undone_at,
        }


def correction_id(kind: str, data: dict[str, Any], created_at: str, author: str) -> str:
    """A short id from the correction's content and time (unique enough for one ledger)."""
    text = f"{kind}:{sorted(data.items())}:{created_at}:{author}"
    return "cor_" + hashlib.sha1(text.encode()).hexdigest()[:10]


def split_entity_id(type_: str, name: str, entity: str) -> str:
    """The id of the entity a split makes of the alias ``name`` of ``entity``: derived from
    the name as a build derives one, or, where that is ``entity``'s own id (an alias of the
    same spelling key: "KANO" of "Kano"), from the spelling too, as a build tells apart two
    entities of one key (``spelled_id``). Giving the split-off entity its source's id made
    the ledger list one id twice, which the store refused."""
    made = entity_id(type_, name)
    return spelled_id(type_, name) if made == entity else made


def apply_corrections(ledger: Ledger, corrections: Iterable[Correction]) -> Ledger:
    """``ledger`` with every active correction applied, in the order they were made (the
    ledger itself when none is in force)."""
    active = [c for c in corrections if c.active]
    if not active:
        return ledger
    state = _State.of(ledger)
    for correction in sorted(active, key=lambda c: (c.position, c.created_at)):
        if correction.kind == "merge":
            state.merge(correction)
        elif correction.kind == "split":
            state.split(correction)
        elif correction.kind == "not_accused":
            state.not_accused(correction)
    return state.ledger()


def touches(correction: Correction, ledger: Ledger) -> bool:
    """Whether ``correction`` changes ``ledger`` (False: what it names is gone)."""
    return apply_corrections(ledger, [replace(correction, undone_at=None)]) != ledger


def orphaned(built: Ledger, corrections: Iterable[Correction]) -> list[Correction]:
    """The corrections in force that change nothing in ``built`` (a ledger as built, before
    corrections), in the order they are applied: without one of them the corrected ledger is
    the same, because what it names is gone. Each is judged among all the others, since a
    correction may name what an earlier one made (a split of an alias a merge brought)."""
    active = sorted((c for c in corrections if c.active), key=lambda c: (c.position, c.created_at))
    if not active:
        return []
    corrected = apply_corrections(built, active)
    return [c for c in active if apply_corrections(built, [o for o in active if o is not c])
            == corrected]  # fmt: skip


@dataclass
class _State:
    entities: dict[str, Entity]
    allegations: dict[str, Allegation]
    order: list[str] = field(default_factory=list)  # entity ids, the built ledger's order

    @classmethod
    def of(cls, ledger: Ledger) -> _State:
        return cls(
            entities={e.id: replace(e, aliases=list(e.aliases)) for e in ledger.entities},
            allegations={a.id: replace(a) for a in ledger.allegations},
            order=[e.id for e in ledger.entities],
        )

    def ledger(self) -> Ledger:
        entities = [self.entities[i] for i in self.order if i in self.entities]
        entities += [e for i, e in self.entities.items() if i not in set(self.order)]
        # The built ledger's order, with what a correction made after what it came from.
        # a merge may bring a person's confessions of two acts together, as a build would
        allegations = settings_of_person(list(self.allegations.values()))
        return Ledger(entities=entities, allegations=allegations)

    def merge(self, c: Correction) -> None:
        keep_id, *others = c.data["entities"]
        keep = self.entities.get(keep_id)
        present = [self.entities[i] for i in others if i in self.entities and i != keep_id]
        if keep is None or not present:
            return
        note = f"merged by hand ({c.id}): {c.reason}"
        aliases = list(keep.aliases)
        known = {keep.name, *(a.name for a in aliases)}
        affiliations = list(keep.affiliations)
        for other in present:
            for name, reason, document in [(other.name, note, None)] + [
                (a.name, a.reason, a.document_id) for a in other.aliases
            ]:
                if name not in known:
                    aliases.append(Alias(name, reason if name != other.name else note, document))
                    known.add(name)
            affiliations += [f for f in other.affiliations if f not in affiliations]
            del self.entities[other.id]
        self.entities[keep_id] = replace(keep, aliases=aliases, affiliations=affiliations)
        gone = {o.id for o in present}
        for e in list(self.entities.values()):
            if any(f.organization in gone for f in e.affiliations):
                moved = [
                    replace(f, organization=keep_id) if f.organization in gone else f
                    for f in e.affiliations
                ]
                self.entities[e.id] = replace(e, affiliations=moved)
        for a in list(self.allegations.values()):
            if gone & set(a.accused):
                accused = list(dict.fromkeys(keep_id if i in gone else i for i in a.accused))
                self._replace(a, accused=accused)
        self._join_same(keep_id)

    def split(self, c: Correction) -> None:
        entity = self.entities.get(c.data["entity"])
        alias = c.data["alias"]
        if entity is None or alias not in {a.name for a in entity.aliases}:
            return
        new_id = split_entity_id(entity.type, alias, entity.id)
        if new_id in self.entities:
            return  # that name is an entity already: a merge undone, not a split
        remaining = [a for a in entity.aliases if a.name != alias]
        self.entities[entity.id] = replace(entity, aliases=remaining)
        self.entities[new_id] = Entity(new_id, alias, entity.type, [], [])
        self.order.append(new_id)
        other_names = [entity.name, *(a.name for a in remaining)]
        for a in list(self.allegations.values()):
            if entity.id not in a.accused:
                continue
            moving = [e for e in a.events if _names(e, alias) and not _names_any(e, other_names)]
            if not moving:
                continue
            staying = [e for e in a.events if e not in moving]
            accused_new = [new_id if i == entity.id else i for i in a.accused]
            if staying:
                self._replace(a, events=staying)
                new = Allegation(
                    id=allegation_id(new_id, a.act),
                    accused=accused_new,
                    act=a.act,
                    alleged_by=list(a.alleged_by),
                    status=a.status,
                    confession_only=a.confession_only,
                    quantities=[q for q in a.quantities if q.document_id in _docs(moving)],
                    events=moving,
                )
                self.allegations[new.id] = self._recomputed(new)
            else:
                self._replace(a, accused=accused_new)

    def not_accused(self, c: Correction) -> None:
        a = self.allegations.get(c.data["allegation"])
        if a is None or c.data["entity"] not in a.accused:
            return
        accused = [i for i in a.accused if i != c.data["entity"]]
        if not accused:
            del self.allegations[a.id]
            return
        self._replace(a, accused=accused)

    def _replace(self, a: Allegation, **changes: Any) -> None:
        self.allegations[a.id] = self._recomputed(replace(a, **changes))

    def _recomputed(self, a: Allegation) -> Allegation:
        names = {self.entities[i].name for i in a.accused if i in self.entities}
        # a merge or split gives the inferences over the joined reports that a build would
        events = events_rejoined(a.events)
        return replace(
            a,
            events=events,
            status=status_of(events, names),
            confession_only=confession_only(events),
        )

    def _join_same(self, keep_id: str) -> None:
        """After a merge, allegations of one act with the same principal accused become one,
        as a build would have made them (an allegation is its principal and act), under the
        id that build would give."""
        groups: dict[tuple[str, str], list[Allegation]] = {}
        for a in self.allegations.values():
            if keep_id in a.accused:
                groups.setdefault((a.accused[0], a.act), []).append(a)
        for (principal, act), same in groups.items():
            if len(same) < 2 and same[0].id == allegation_id(principal, act):
                continue
            events: list[Event] = []
            for a in same:
                events += [e for e in a.events if e not in events]
            for a in same:
                del self.allegations[a.id]
            joined = Allegation(
                id=allegation_id(principal, act),
                accused=list(dict.fromkeys(i for a in same for i in a.accused)),
                act=act,
                alleged_by=list(dict.fromkeys(s for a in same for s in a.alleged_by)),
                status=same[0].status,
                confession_only=same[0].confession_only,
                quantities=[q for a in same for q in a.quantities],
                events=events,
            )
            self.allegations[joined.id] = self._recomputed(joined)


def _names(event: Event, name: str) -> bool:
    return re.search(rf"(?<!\w){re.escape(name)}(?!\w)", event.quote, re.IGNORECASE) is not None


def _names_any(event: Event, names: list[str]) -> bool:
    return any(_names(event, n) for n in names)


def _docs(events: list[Event]) -> set[str]:
    return {e.document_id for e in events}
