"""The ledger's index: per document what the ledger took from it, and what it read to do so.

A full build (``build.build_indexed``) and an update (``update``) both make one
``DocumentRecord`` per document they step, with the same function (``record_document``):
the document's steps, the groups its claims name, what it added to entities
(``resolve.parts``), and its references - the names whose entity it read (``m:``: those its
lookups asked, ``noted_lookups``, not every name it writes), the spelling keys
and names its lookups consulted (``k:``, ``n:``), the entities it read (``e:``; their
aliases apart, ``a:``, where ``link`` reads them), the
entities its steps accuse or answer (``p:``), those it added to (``c:``) and the groups it
made (``g:``). An update re-reads a document exactly when one of its references changed.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Collection, Iterable, Iterator, Mapping
from collections.abc import Set as AbstractSet
from dataclasses import dataclass, field, fields
from typing import Any, TypeVar

from corroborate.ledger.link import Step
from corroborate.nlp import names
from corroborate.records import Affiliation, Alias, Entity, Event, Figure
from corroborate.resolve import blocking
from corroborate.resolve.blocking import Node, blocking_keys
from corroborate.resolve.entity_index import EntityIndex
from corroborate.resolve.name_types import two_names_joined
from corroborate.resolve.parts import Contribution
from corroborate.store.rows import dumps, loads

__all__ = [
    "DocumentRecord",
    "Recording",
    "entity_from_json",
    "HEAD_FITS",
    "head_fits",
    "head_links",
    "index_components",
    "is_head_key",
    "name_keys",
    "entity_to_json",
    "forms_json",
    "forms_short",
    "contributions_to",
    "node_ref",
    "parse_node",
    "person_words",
    "reach",
    "reaches",
    "record_from_json",
    "steps_json",
    "steps_record_from_json",
    "record_to_json",
    "recording_index",
]

V = TypeVar("V")


def node_ref(node: Node) -> str:
    return f"{node[0]}\t{node[1]}"


def parse_node(ref: str) -> Node:
    """A node from its ``node_ref`` ("type<TAB>name")."""
    type_, name = ref.split("\t", 1)
    return (type_, name)


@dataclass
class DocumentRecord:
    """What the ledger took from one document (see the module's docstring)."""

    document_id: str
    content_hash: str
    published: str | None
    nodes: list[Node]
    short: list[tuple[str, Node]]
    acronyms: list[tuple[str, Node]]
    contributions: list[Contribution]
    steps: list[Step]
    groups: dict[str, Entity]
    read: set[str] = field(default_factory=set)  # k:, n:, e:, a: references
    accuses: set[str] = field(default_factory=set)  # what its steps can join (``reach``)
    pairs: list[tuple[Node, Node]] = field(default_factory=list)  # a name and its alias

    def refs(self) -> set[str]:
        # "m:": the names whose entity its stepping read (``noted_lookups``), in ``read``;
        # not every name it writes (``nodes``), whose entity may decide nothing of it
        out = set(self.read)
        out |= {"c:" + c.entity_id for c in self.contributions}
        out |= {"g:" + g for g in self.groups}
        out |= {"p:" + p for p in self.accuses}
        return out


def reach(step: Step, entity: Mapping[str, Entity]) -> set[str]:
    """The entities whose allegations a step can join: its principal and co-accused; for an
    answer (a denial or retraction accusing no one) the entities it names or answers for, its
    speaker and the organisations the speaker belongs to (``build._answers``)."""
    out = set(step.co_accused)
    if step.described is not None:
        out |= step.involved  # an untied description: the people its report names
    if step.principal is not None:
        out.add(step.principal)
    elif step.event.kind in ("denial", "retraction"):
        out |= step.involved | step.answers_for
        speaker = entity.get(step.speaker or "")
        if speaker is not None:
            out |= {speaker.id} | {a.organization for a in speaker.affiliations}
    return out


def reaches(steps: list[Step], entity: Mapping[str, Entity]) -> set[str]:
    """What a document's steps can join (``reach``), read from the entities as they are now:
    the speakers' organisations are not among the references a record keeps, so a reused
    record's is computed again."""
    out: set[str] = set()
    for step in steps:
        out |= reach(step, entity)
    return out


class Recording(Mapping[str, V]):
    """A map whose reads are noted (``prefix`` + key) in ``log``."""

    def __init__(self, inner: Mapping[str, V], prefix: str, log: set[str]) -> None:
        self._inner, self._prefix, self._log = inner, prefix, log

    def __getitem__(self, key: str) -> V:
        self._log.add(self._prefix + key)
        return self._inner[key]

    def get(self, key: str, default: Any = None) -> Any:
        self._log.add(self._prefix + key)
        return self._inner.get(key, default)

    def __iter__(self) -> Iterator[str]:
        return iter(self._inner)

    def __len__(self) -> int:
        return len(self._inner)


def recording_index(
    by_key: Mapping[str, str],
    by_name: Mapping[str, str],
    by_doc: Mapping[tuple[str, str], str],
    by_id: Mapping[str, Entity],
    log: set[str],
) -> EntityIndex:
    """An index whose global lookups and entity reads are noted in ``log``: an entity read
    as "e:", each name asked of its aliases (``EntityIndex.named_as``) as "a:" + id + TAB +
    that name (``entity_index.alias_ref``)."""
    index = EntityIndex(
        [],
        Recording(by_key, "k:", log),
        by_doc,
        Recording(by_name, "n:", log),
        by_id=Recording(by_id, "e:", log),
    )
    index.alias_log = log
    return index


def entity_to_json(e: Entity) -> dict[str, Any]:
    """``asdict(e)``, written out: an update serialises every entity to compare it."""
    return {
        "id": e.id, "name": e.name, "type": e.type,
        "aliases": [{"name": a.name, "reason": a.reason, "document_id": a.document_id}
                    for a in e.aliases],
        "affiliations": [{"organization": a.organization, "name": a.name, "role": a.role,
                          "date": a.date, "document_id": a.document_id}
                         for a in e.affiliations],
    }  # fmt: skip


def entity_from_json(d: dict[str, Any]) -> Entity:
    return Entity(
        d["id"], d["name"], d["type"],
        [Alias(**a) for a in d["aliases"]],
        [Affiliation(**a) for a in d["affiliations"]],
    )  # fmt: skip


def _plain(value: Any) -> dict[str, Any]:
    """``asdict`` of a dataclass whose fields are plain values (events, figures, aliases,
    affiliations), without its recursive copy: a full build writes every record. A field that
    is a dataclass would fail to serialise, not pass unnoticed."""
    return {f.name: getattr(value, f.name) for f in fields(value)}


def _step_to_json(s: Step) -> dict[str, Any]:
    return {
        "event": _plain(s.event), "act": s.act, "principal": s.principal,
        "involved": sorted(s.involved), "speaker": s.speaker,
        "co_accused": sorted(s.co_accused), "figures": [_plain(f) for f in s.figures],
        "names_accusations": s.names_accusations, "answers_for": sorted(s.answers_for),
        "told_apart": s.told_apart,
        # (only where set: the records of steps before them stay as they were)
        **({"described": s.described} if s.described is not None else {}),
        **({"described_as": sorted(s.described_as)} if s.described_as else {}),
    }  # fmt: skip


def _step_from_json(d: dict[str, Any]) -> Step:
    return Step(
        Event(**d["event"]), d["act"], d["principal"], set(d["involved"]), d["speaker"],
        set(d["co_accused"]), [Figure(**f) for f in d["figures"]],
        d.get("names_accusations", False), set(d.get("answers_for", ())),
        d.get("told_apart", False), d.get("described"), frozenset(d.get("described_as", ())),
    )  # fmt: skip


def _contribution_to_json(c: Contribution) -> dict[str, Any]:
    return {
        "entity_id": c.entity_id, "kind": c.kind,
        "alias": _plain(c.alias) if c.alias else None,
        "affiliation": _plain(c.affiliation) if c.affiliation else None,
    }  # fmt: skip


def contributions_to(record: Mapping[str, Any], entities: Collection[str]) -> list[Contribution]:
    """The contributions a stored record (its JSON, ``record_to_json``) makes to
    ``entities``, in record order, parsed alone: an update re-assembling a few entities
    reads them from every document contributing to those, and parsing each whole record
    (its steps, groups, every other contribution) was most of that read at 8,400 documents."""
    return [_contribution_from_json(c) for c in record["contributions"]
            if c["entity_id"] in entities]  # fmt: skip


def _contribution_from_json(d: Mapping[str, Any]) -> Contribution:
    return Contribution(
        d["entity_id"], d["kind"],
        Alias(**d["alias"]) if d["alias"] else None,
        Affiliation(**d["affiliation"]) if d["affiliation"] else None,
    )  # fmt: skip


def forms_json(short: list[tuple[str, Node]], acronyms: list[tuple[str, Node]]) -> str:
    """A document's short forms and acronyms as resolution gave them, as stored beside its
    record (``index_documents.forms``): equal text exactly when both are equal."""
    return dumps([[[w, list(n)] for w, n in short], [[w, list(n)] for w, n in acronyms]])


def forms_short(forms: str) -> list[tuple[str, Node]]:
    """The short forms of a document's stored ``forms`` (``forms_json``): its record's, read
    without parsing the record."""
    short, _ = loads(forms)
    return [(w, (n[0], n[1])) for w, n in short]


def record_to_json(r: DocumentRecord) -> dict[str, Any]:
    return {
        "published": r.published,
        "nodes": [list(n) for n in r.nodes],
        "short": [[w, list(n)] for w, n in r.short],
        "acronyms": [[w, list(n)] for w, n in r.acronyms],
        "contributions": [_contribution_to_json(c) for c in r.contributions],
        "steps": [_step_to_json(s) for s in r.steps],
        "groups": {g: entity_to_json(e) for g, e in r.groups.items()},
        "read": sorted(r.read),
        "accuses": sorted(r.accuses),
        "pairs": [[list(a), list(b)] for a, b in r.pairs],
    }


# What regrouping reads of a record, stored apart beside it (``index_documents.steps``).
_STEPS_KEYS = ("published", "steps", "groups")


def steps_json(record: Mapping[str, Any]) -> dict[str, Any]:
    """The part of a record's JSON (``record_to_json``) that regrouping reads: its date,
    steps and groups, the same values (``steps_record_from_json`` reads either)."""
    return {k: record[k] for k in _STEPS_KEYS}


def steps_record_from_json(document_id: str, d: dict[str, Any]) -> DocumentRecord:
    """What regrouping reads of a stored record (``ledger.regroup``), from the record's JSON
    or its part ``steps_json``: its date, steps and
    groups, the rest left empty (its contributions are most of a record, and an update at
    8,400 documents reads thousands of records to regroup one principal). Read only: a
    record so made is never stored."""
    return DocumentRecord(
        document_id, "", d["published"], [], [], [], [],
        [_step_from_json(s) for s in d["steps"]],
        {g: entity_from_json(e) for g, e in d["groups"].items()},
    )  # fmt: skip


def record_from_json(document_id: str, content_hash: str, d: dict[str, Any]) -> DocumentRecord:
    return DocumentRecord(
        document_id,
        content_hash,
        d["published"],
        [(n[0], n[1]) for n in d["nodes"]],
        [(w, (n[0], n[1])) for w, n in d["short"]],
        [(w, (n[0], n[1])) for w, n in d["acronyms"]],
        [_contribution_from_json(c) for c in d["contributions"]],
        [_step_from_json(s) for s in d["steps"]],
        {g: entity_from_json(e) for g, e in d["groups"].items()},
        set(d["read"]),
        set(d["accuses"]),
        [((a[0], a[1]), (b[0], b[1])) for a, b in d["pairs"]],
    )


def name_keys(nodes: list[Node]) -> dict[Node, list[tuple[str, bool]]]:
    """Each name's blocking keys under every type a name of its spelling key has: resolution
    may give a name the type most of its spellings have (``_one_type_per_name``), so its
    component must hold the keys of each type it may take."""
    types: dict[str, set[str]] = {}
    for type_, name in nodes:
        types.setdefault(names.key(name), set()).add(type_)
    return {
        (type_, name): sorted(
            {k for t in sorted(types[names.key(name)]) for k in blocking_keys((t, name))}
        )  # fmt: skip
        for type_, name in nodes
    }


def index_components(
    keys: Mapping[Node, list[tuple[str, bool]]], pairs: list[tuple[Node, Node]]
) -> dict[Node, str]:
    """Each name's component (named by its first node) over ``name_keys``: coarser than
    resolution's own (``blocking.components``) but for a head word's block (``head_links``),
    so an update that re-resolves whole stored components re-resolves whole true ones, and
    decides each head word as a resolution of every name does."""
    types: dict[str, set[str]] = defaultdict(set)
    for type_, name in keys:
        types[names.key(name)].add(type_)
    unheaded = {n: [k for k in ks if not is_head_key(k[0])] for n, ks in keys.items()}
    linked = [*pairs, *head_links(keys.items(), lambda name: types[names.key(name)])]
    ordered = blocking.components(list(keys), linked, keys_of=unheaded.__getitem__)
    return {node: node_ref(c[0]) for c in ordered for node in c}


def is_head_key(key: str) -> bool:
    """Whether ``key`` is a head word's block (``headword:``): looked up by one-word
    organisations, held by the longer ones ending in that word (``join_head_words``)."""
    return key.startswith("headword:")


# How many organisations surely ending in a head word link the names looking it up: more
# than one fit is no join (``join_head_words``), however many more there are.
HEAD_FITS = 2


def head_links(
    keys: Iterable[tuple[Node, Iterable[tuple[str, bool]]]],
    types_of: Callable[[str], AbstractSet[str]],
) -> list[tuple[Node, Node]]:
    """The links of the head words' blocks among names with their ``name_keys``
    (``types_of``: the types of a name's spelling key): each name looking a head word up
    with the holders ``head_fits`` gives. The rule that reads the block runs last and joins
    a one-word name only to the one longer name ending in its word: it reads no other
    rule's joins and no other rule reads this key, so where two holders surely fit, no join
    comes of it whatever the others, and linking them all (a block of 50 names at PolNeAR
    train, chained by acronyms and other head words into one component of 150) would only
    make an update re-resolve them for nothing."""
    lookers: dict[str, list[Node]] = defaultdict(list)
    holders: dict[str, list[Node]] = defaultdict(list)
    for node, ks in keys:
        for k, looks in ks:
            if is_head_key(k):
                (lookers if looks else holders)[k].append(node)
    out: list[tuple[Node, Node]] = []
    for k, ls in lookers.items():
        fits = head_fits(holders.get(k, []), types_of)
        out += [(looker, fit) for looker in ls for fit in fits]
    return out


def head_fits(holders: Iterable[Node], types_of: Callable[[str], AbstractSet[str]]) -> list[Node]:
    """The holders of one head word's block (the longer names ending in it) that the names
    looking it up are linked with: the nodes of the ``HEAD_FITS`` first names (in name
    order) that are surely organisations of resolution's union, if there are as many, else
    every holder. Surely: every name of its spelling key is an organisation (so
    ``one_type_per_name`` types it one, declared or not) and it is not two names joined by
    a hyphen (``drop_joined_people`` cannot drop it)."""
    held = sorted(set(holders))
    sure = sorted({n[1] for n in held if not two_names_joined(n[1])
                   and set(types_of(n[1])) == {"organization"}})  # fmt: skip
    if len(sure) < HEAD_FITS:
        return held
    first = set(sure[:HEAD_FITS])
    return [n for n in held if n[1] in first]


def person_words(nodes: list[Node]) -> list[tuple[str, str, Node]]:
    """People's names by word, as ``lone_names`` looks them up (``names.words``): a one-word
    name as ("lone"), a longer one by its first and last words ("end")."""
    out: list[tuple[str, str, Node]] = []
    for node in nodes:
        ws = names.words(node[1]) if node[0] == "person" else []
        if len(ws) == 1:
            out.append((ws[0], "lone", node))
        elif len(ws) >= 2:
            out += [(w, "end", node) for w in dict.fromkeys((ws[0], ws[-1]))]
    return out
