"""The allegations and entities an update by delta changes, regrouped from the records of the
documents that reach them, not from every record (``ledger.update``).

An allegation is keyed by its principal and act, and ``build.group_steps`` is decomposable by
principal: the allegations against a principal P are made from the steps whose ``reach``
holds P (its own steps, patronage steps naming P as co-accused, answers naming P or spoken
for P), and, for a patronage step of another principal Q naming P, from every step of Q
(whether every report names P decides whether P stays on Q's allegation or gets its own).
Every document's record lists what its steps reach (``p:`` references), so those steps are
read from the index. What grouping reads of an entity (its name, type and affiliations'
organisations) is part of what stepping reads (``delta.read_view``): an entity that reads
otherwise has its readers stepped again, and its own allegations are regrouped.

So the allegations to regroup are those against the principals the changed records reach,
before (their stored ``p:`` references) and after (their new ``accuses``), against the
entities that read otherwise, against the co-accused their patronage steps name (a new
report of Q's allegation that does not name P takes P off it) and against every candidate of
an untied description one of whose candidates is regrouped (which one it joins reads them
all: ``drawn_in``); each is made again from the
steps of the records that reach it, in resolution's document order (published, id) as a full
build orders them (the order decides which of two steps telling one event is kept, and the
figures' order), and the stored allegations against those principals (found through the
events of the documents that reached them) are replaced. Entities: those the delta names,
and the groups a changed record names or named (a group is the first document's, in that
order, that names it).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable, Iterator, Mapping
from dataclasses import dataclass

from corroborate.ledger.build import group_steps
from corroborate.ledger.delta import ResolutionDelta
from corroborate.ledger.index import DocumentRecord, steps_record_from_json
from corroborate.ledger.link import Step
from corroborate.records import Allegation, Entity
from corroborate.store import Store
from corroborate.store.derived import LedgerChange
from corroborate.store.rows import loads

__all__ = ["Regrouped", "drawn_in", "moved", "regroup"]


@dataclass
class Regrouped:
    """The new values of the entities and allegations an update changes (``change`` names
    every one replaced: those gone have no new value), and how many stored records were read
    to regroup them."""

    entities: list[Entity]
    allegations: list[Allegation]
    change: LedgerChange
    read: int


def regroup(
    store: Store,
    delta: ResolutionDelta,
    made: Mapping[str, DocumentRecord],
    removed: set[str],
    unmoved: Collection[str] = (),
) -> Regrouped:
    """The ledger's changes for the records ``made`` again and the documents ``removed``.
    ``unmoved``: those of ``made`` whose date, steps, groups and ``accuses`` are as stored
    (``restep.unmoved``); grouping reads them as if they had not been made again
    (``moved``)."""
    made = moved(delta, made, unmoved)
    changed = set(made) | removed
    before = store.document_refs(changed)
    principals = {ref[2:] for ref, _ in before if ref.startswith("p:")}
    principals |= {p for r in made.values() for p in r.accuses}
    principals |= {ref[2:] for ref in delta.refs if ref.startswith("e:")}
    stored_readers = {d for _, d in store.readers({"p:" + p for p in principals})}
    records = dict(made)
    records |= _stored_records(store, stored_readers - changed)
    # Principals whose allegations the regrouped ones decide, regrouped too (and theirs, in
    # turn): the co-accused and the candidates of untied descriptions (``drawn_in``).
    while drawn := drawn_in(records.values(), principals) - principals:
        principals |= drawn
        more_readers = {d for _, d in store.readers({"p:" + p for p in drawn})}
        stored_readers |= more_readers
        records |= _stored_records(store, more_readers - changed - set(records))
    # A patronage step naming a regrouped principal as co-accused: every step of its own
    # principal decides whether the co-accused stays on that allegation.
    patrons = {
        s.principal for r in records.values() for s in r.steps
        if s.principal is not None and s.principal not in principals and s.co_accused & principals
    }  # fmt: skip
    more = {d for _, d in store.readers({"p:" + p for p in patrons})} - changed - set(records)
    records |= _stored_records(store, more)
    ordered = sorted(records.values(), key=lambda r: (r.published or "", r.document_id))
    groups = _groups(store, made, changed, ordered)
    entities = _Entities(groups.named, delta.resolution.index.by_id)
    steps = [s for r in ordered for s in r.steps]
    allegations = [a for a in group_steps(steps, entities) if a.accused[0] in principals]
    gone = {a for a, p in store.principals_of_events(stored_readers).items() if p in principals}
    replaced = set(delta.entities) | groups.changed
    values = [e for e in (entities.get(eid) for eid in sorted(replaced)) if e is not None]
    return Regrouped(
        values,
        allegations,
        LedgerChange(replaced, gone | {a.id for a in allegations}),
        len(records) - len(made),
    )


def drawn_in(records: Iterable[DocumentRecord], principals: set[str]) -> set[str]:
    """The principals whose allegations the steps reaching ``principals`` decide as well:

    - a regrouped principal's patronage steps name co-accused: whether every report of its
      allegation names one decides whether that one stays on it or gets its own;
    - an untied description ("the agent", ``ledger.described_elsewhere``) one of whose
      candidates is regrouped joins the one candidate another report describes so, or no
      one where two or none do: which one reads the records of every candidate (their steps'
      ``described_as``), and the step may leave one candidate's allegation for another's.
      Its step reaches every candidate (``index.reach``), so its record is among the readers
      of each, and only the candidates of the case's untied steps are drawn in, not the
      store (until delta72 an update of a store holding one assembled the whole ledger)."""
    out: set[str] = set()
    for r in records:
        for s in r.steps:
            if s.principal in principals:
                out |= s.co_accused
            if s.described is not None and s.involved & principals:
                out |= s.involved
    return out


def moved(
    delta: ResolutionDelta, made: Mapping[str, DocumentRecord], unmoved: Collection[str]
) -> dict[str, DocumentRecord]:
    """The records made again that grouping may read otherwise than stored: all but the
    ``unmoved`` ones (date, steps, groups and what their steps can join as stored) whose
    steps name no entity that reads otherwise (an ``e:`` reference of the delta).

    Why the others change no allegation: grouping reads a record's date, steps and groups,
    and of the entities only those its steps name (principal, co-accused, speaker - with
    its organisations -, the entities involved and answered for: ``build.group_steps``).
    An unmoved record gives all of these as stored, so the allegations its steps reach are
    made from the same inputs as before but for what other records or entities change,
    which bring their own principals (the changed records' ``p:`` before and after, the
    ``e:`` entities, and the co-accused and patrons read from the records reaching those);
    a record naming an entity that reads otherwise is kept, its principals regrouped. Its
    stored part is read in its stead where a regrouped principal needs it
    (``_stored_records``): the same steps. So an update that steps again the fifty readers
    of a name typed otherwise does not regroup every allegation those readers reach (at
    PolNeAR train10, Clinton's and Trump's: over a thousand records read) when their
    steps come out as they were."""
    entities = {ref[2:] for ref in delta.refs if ref.startswith("e:")}
    return {
        d: r for d, r in made.items()
        if d not in unmoved or any(_named(s) & entities for s in r.steps)
    }  # fmt: skip


def _named(step: Step) -> set[str]:
    """The entities a step names (what grouping may read of it, ``build.group_steps``)."""
    out = step.involved | step.co_accused | step.answers_for
    return out | {e for e in (step.principal, step.speaker) if e is not None}


def _stored_records(store: Store, documents: set[str]) -> dict[str, DocumentRecord]:
    """The stored records of ``documents`` (reused: their inputs did not change), as far as
    grouping reads them (their date, steps and groups): read from the part of each record
    stored for it (``index_documents.steps``), a sixth of the whole record's JSON, since a
    principal every report names is regrouped from thousands of records."""
    return {d: steps_record_from_json(d, loads(p)) for d, p in store.index_steps(documents).items()}


@dataclass
class _Groups:
    named: dict[str, Entity]  # each group the records read name, as its first document has it
    changed: set[str]  # groups a changed record names or named


def _groups(
    store: Store,
    made: Mapping[str, DocumentRecord],
    changed: set[str],
    ordered: list[DocumentRecord],
) -> _Groups:
    """The group entities grouping reads (name and type, the same in every document that
    names a group: its id is made of its name) and, for the groups a changed record names or
    named, the entity as the first document naming it now makes it (none: gone)."""
    named: dict[str, Entity] = {}
    for r in ordered:
        for gid, group in r.groups.items():
            named.setdefault(gid, group)
    touched = {ref[2:] for ref, _ in store.document_refs(changed) if ref.startswith("g:")}
    touched |= {g for r in made.values() for g in r.groups}
    naming = [(ref[2:], d) for ref, d in store.readers({"g:" + g for g in touched})
              if d not in changed]  # fmt: skip
    published = store.published({d for _, d in naming})
    published |= {r.document_id: r.published for r in made.values()}
    naming += [(g, r.document_id) for r in made.values() for g in r.groups]
    first: dict[str, str] = {}
    for gid, d in naming:
        first[gid] = min(first.get(gid, d), d, key=lambda x: (published[x] or "", x))
    for gid in touched:
        named.pop(gid, None)
    stored = _stored_records(store, {d for d in first.values() if d not in made})
    for gid, d in first.items():
        record = made.get(d) or stored[d]
        named[gid] = record.groups[gid]
    return _Groups(named, touched)


class _Entities(Mapping[str, Entity]):
    """The ledger's entities as grouping reads them, by key: the groups the records name,
    else resolution's entities (a full build lets groups win the same way)."""

    def __init__(self, groups: Mapping[str, Entity], resolved: Mapping[str, Entity]) -> None:
        self._groups, self._resolved = groups, resolved

    def __getitem__(self, key: str) -> Entity:
        found = self._groups.get(key)
        return found if found is not None else self._resolved[key]

    def __iter__(self) -> Iterator[str]:
        raise TypeError("the entities of an update by delta are read by key, never whole")

    def __len__(self) -> int:
        raise TypeError("the entities of an update by delta are read by key, never whole")
