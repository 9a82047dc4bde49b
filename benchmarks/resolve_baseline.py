"""The entity resolver as it was before blocking keys (commit 79eb355), for benchmarks only.

``benchmarks/resolve_speed.py`` times it against ``corroborate.resolve.entities`` in the same
run, so that the speed-up is a ratio measured on one machine at one moment. Not imported by
the package; do not fix or extend it: it is the baseline.
"""

from __future__ import annotations

import hashlib
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass

from corroborate.nlp import names
from corroborate.records import ENTITY_TYPES, Affiliation, Alias, Entity, EntityType, Mention

_TYPES: dict[str, EntityType] = {t: t for t in ENTITY_TYPES}
PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "it", "who"})


@dataclass(frozen=True)
class DocumentMentions:
    """What the resolver needs of one document."""

    id: str
    published: str | None
    mentions: list[Mention]


def entity_id(type_: str, name: str) -> str:
    digest = hashlib.sha1(f"{type_}:{names.key(name)}".encode()).hexdigest()
    return "ent_" + digest[:12]


class _Union:
    """Union-find over (type, name) nodes, keeping the edges that joined them."""

    def __init__(self) -> None:
        self.parent: dict[tuple[str, str], tuple[str, str]] = {}
        self.edges: dict[tuple[str, str], list[tuple[tuple[str, str], str, str | None]]] = (
            defaultdict(list)
        )

    def add(self, node: tuple[str, str]) -> None:
        self.parent.setdefault(node, node)

    def find(self, node: tuple[str, str]) -> tuple[str, str]:
        self.add(node)
        while self.parent[node] != node:
            self.parent[node] = self.parent[self.parent[node]]
            node = self.parent[node]
        return node

    def join(self, a: tuple[str, str], b: tuple[str, str], reason: str, doc: str | None) -> None:
        if a == b:
            return
        self.edges[a].append((b, reason, doc))
        self.edges[b].append((a, reason, doc))
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)  # deterministic, whatever the order


class EntityIndex:
    """Entities and name lookups; built by ``resolve_entities``."""

    def __init__(self, entities: list[Entity], by_key: dict[str, str],
                 by_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
        self.entities = entities
        self.by_id = {e.id: e for e in entities}
        self._by_key = by_key  # spelling key of any name -> entity id
        self._by_doc = by_doc  # (document id, lower-cased word or name) -> entity id

    def lookup(self, name: str | None, document_id: str | None = None) -> Entity | None:
        """The entity a name stands for: whole name, then a known name inside it
        ("notorious gang-war leader Uzair Baloch"), then a short form in that document."""
        if not name:
            return None
        cleaned = names.clean(" ".join(names.strip_titles(name.split())))
        if not cleaned or cleaned.lower() in PRONOUNS:
            return None
        if document_id is not None:
            hit = self._by_doc.get((document_id, cleaned.lower()))
            if hit:
                return self.by_id[hit]
        hit = self._by_key.get(names.key(cleaned))
        if hit:
            return self.by_id[hit]
        words = names.words(cleaned)
        # Longest run of words that is a known name (two words or more, or an acronym).
        for size in range(len(words) - 1, 0, -1):
            for i in range(len(words) - size + 1):
                part = " ".join(words[i : i + size])
                hit = self._by_key.get(names.key(part))
                if hit and (size >= 2 or self.by_id[hit].type != "person"):
                    return self.by_id[hit]
                if document_id is not None and size <= 2:
                    hit = self._by_doc.get((document_id, part))
                    if hit:
                        return self.by_id[hit]
        return None

    def find(self, name: str) -> list[Entity]:
        """Entities a user may mean by ``name`` (the ``corroborate entity`` command)."""
        exact = self.lookup(name)
        if exact is not None:
            return [exact]
        wanted = set(names.words(name))
        return [
            e for e in self.entities
            if wanted and any(wanted <= set(names.words(a.name)) for a in [Alias(e.name, ""),
                                                                            *e.aliases])
        ]  # fmt: skip


def resolve_entities(documents: Iterable[DocumentMentions]) -> EntityIndex:
    """Join the mentions of all documents into entities."""
    docs = sorted(documents, key=lambda d: ((d.published or "9999"), d.id))
    uf = _Union()
    counts: Counter[tuple[str, str]] = Counter()
    first_doc: dict[tuple[str, str], str] = {}
    short: list[tuple[str, str, tuple[str, str]]] = []  # (doc, written, full node)
    for doc in docs:
        for m in doc.mentions:
            if m.label == "role" or m.type == "group":
                continue
            node = (m.type, names.clean(m.name))
            if not node[1]:
                continue
            uf.add(node)
            counts[node] += 1
            first_doc.setdefault(node, doc.id)
            written = names.clean(" ".join(names.strip_titles(m.text.split())))
            if written and names.key(written) != names.key(node[1]):
                short.append((doc.id, written, node))
            if m.alias:
                alias_type: EntityType = m.type
                other = (alias_type, names.clean(m.alias))
                uf.add(other)
                counts[other] += 0
                why = (
                    "acronym defined in the text"
                    if m.alias_kind == "acronym"
                    else (f"the text says {m.name!r} alias {m.alias!r}")
                )
                uf.join(node, other, why, doc.id)
    _one_type_per_name(uf, counts)
    nodes = sorted(uf.parent)
    _join_same_names(uf, nodes, first_doc)
    _join_middle_names(uf, nodes, first_doc)
    _join_initials(uf, nodes, first_doc)
    _join_owned(uf, nodes, first_doc)
    _join_head_words(uf, nodes, first_doc)
    return _build(uf, nodes, counts, short, docs, first_doc)


def _one_type_per_name(uf: _Union, counts: Counter[tuple[str, str]]) -> None:
    """NER calls one name an ORG here and a place there: the name's most frequent type wins
    (ties: person, organisation, place), for names that are not joined to anything yet."""
    by_key: dict[str, Counter[str]] = defaultdict(Counter)
    for (type_, name), n in counts.items():
        by_key[names.key(name)][type_] += n
    order = {"person": 0, "organization": 1, "place": 2, "group": 3}
    for type_, name in list(uf.parent):
        types = by_key[names.key(name)]
        best = min(types, key=lambda t: (-types[t], order[t]))
        node = (type_, name)
        if best != type_ and not uf.edges.get(node) and uf.parent[node] == node:
            del uf.parent[node]
            new = (best, name)
            uf.add(new)
            counts[new] += counts.pop(node)


def _join_same_names(uf: _Union, nodes: list[tuple[str, str]],
                     first_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
    by_key: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for node in nodes:
        by_key[(node[0], names.key(node[1]))].append(node)
    for group in by_key.values():
        for other in group[1:]:
            uf.join(group[0], other, "same name, spelled differently", first_doc.get(other))


def _join_middle_names(uf: _Union, nodes: list[tuple[str, str]],
                       first_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
    people = [n for n in nodes if n[0] == "person" and len(names.words(n[1])) >= 2]
    for short in people:
        sw = names.words(short[1])
        longer = []
        for long_ in people:
            lw = names.words(long_[1])
            if len(lw) <= len(sw) or not _subsequence(sw, lw):
                continue
            if names.same_word(sw[0], lw[0]) and names.same_word(sw[-1], lw[-1]):
                longer.append(long_)
        roots = {uf.find(n) for n in longer}
        if len(roots) == 1:  # one candidate only: "Uzair Baloch" could be no one else
            target = longer[0]
            uf.join(short, target, "same first and last name (middle name given in one)",
                    first_doc.get(target))  # fmt: skip


def _subsequence(short: list[str], long_: list[str]) -> bool:
    it = iter(long_)
    return all(any(names.same_word(w, x) for x in it) for w in short)


def _join_initials(uf: _Union, nodes: list[tuple[str, str]],
                   first_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
    orgs = [n for n in nodes if n[0] == "organization"]
    for acro in orgs:
        if not names.is_acronym(acro[1]):
            continue
        if any(names.is_acronym(o[1]) is False and uf.find(o) == uf.find(acro) for o in orgs):
            continue  # already joined to a long name by a definition
        fits = {uf.find(o) for o in orgs if names.possible_acronym(acro[1], o[1])}
        if len(fits) == 1:
            long_ = next(o for o in orgs if names.possible_acronym(acro[1], o[1]))
            uf.join(acro, long_, "initials spell the acronym", first_doc.get(long_))


def _join_owned(uf: _Union, nodes: list[tuple[str, str]],
                first_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
    keys = {(n[0], names.key(n[1])): n for n in nodes}
    for node in nodes:
        for mark in ("'s ", "’s "):
            if mark in node[1]:
                rest = node[1].split(mark, 1)[1]
                other = keys.get((node[0], names.key(rest)))
                if other is not None and len(names.words(rest)) >= 2:
                    uf.join(node, other, "the same name with its owner before it",
                            first_doc.get(node))  # fmt: skip


def _join_head_words(uf: _Union, nodes: list[tuple[str, str]],
                     first_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
    """ "Guard" is the "Coastal Guard" when no other organisation's name ends in "Guard"."""
    orgs = [n for n in nodes if n[0] == "organization"]
    for node in orgs:
        words = names.words(node[1])
        if len(words) != 1 or names.is_acronym(node[1]):
            continue
        fits = [
            o for o in orgs
            if len(names.words(o[1])) >= 2 and names.same_word(names.words(o[1])[-1], words[0])
        ]  # fmt: skip
        if len(fits) == 1:
            why = f"short form: the only organisation whose name ends in {words[0]!r}"
            uf.join(node, fits[0], why, first_doc.get(node))


def _canonical(group: list[tuple[str, str]], counts: Counter[tuple[str, str]]) -> str:
    """The most used full name; for organisations a long name over an acronym."""

    def rank(node: tuple[str, str]) -> tuple[int, int, int, str]:
        acronym = names.is_acronym(node[1])
        owned = "'s " in node[1] or "’s " in node[1]
        return (int(acronym or owned), -counts[node], -len(node[1]), node[1])

    return min(group, key=rank)[1]


def _build(uf: _Union, nodes: list[tuple[str, str]], counts: Counter[tuple[str, str]],
           short: list[tuple[str, str, tuple[str, str]]],
           docs: list[DocumentMentions],
           first_doc: dict[tuple[str, str], str]) -> EntityIndex:  # fmt: skip
    groups: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for node in nodes:
        groups[uf.find(node)].append(node)
    entities: list[Entity] = []
    node_entity: dict[tuple[str, str], str] = {}
    by_key: dict[str, str] = {}
    for group in groups.values():
        type_ = group[0][0]
        canonical = _canonical(group, counts)
        if type_ == "person" and len(names.words(canonical)) < 2:
            continue  # a lone first name or surname no document resolves: not an actor yet
        eid = entity_id(type_, canonical)
        entity = Entity(id=eid, name=canonical, type=_TYPES[type_],
                        aliases=_aliases(uf, group, canonical, first_doc))  # fmt: skip
        entities.append(entity)
        for node in group:
            node_entity[node] = eid
            by_key.setdefault(names.key(node[1]), eid)
    by_doc: dict[tuple[str, str], str] = {}
    by_id = {e.id: e for e in entities}
    for doc_id, written, node in short:
        found = node_entity.get(node)
        if found is None:
            continue
        by_doc.setdefault((doc_id, written.lower()), found)
        entity = by_id[found]
        if written != entity.name and all(a.name != written for a in entity.aliases):
            entity.aliases.append(Alias(written, f"short form of {node[1]!r} in the document",
                                        doc_id))  # fmt: skip
    for doc in docs:
        for m in doc.mentions:
            hit = node_entity.get((m.type, names.clean(m.name)))
            if hit is not None:
                by_doc.setdefault((doc.id, names.clean(m.name).lower()), hit)
    index = EntityIndex(sorted(entities, key=lambda e: (e.type, e.name)), by_key, by_doc)
    _affiliations(index, docs)
    return index


DECLARED = ("acronym defined", "the text says")


def _aliases(
    uf: _Union,
    group: list[tuple[str, str]],
    canonical: str,
    first_doc: dict[tuple[str, str], str],
) -> list[Alias]:
    """Every other name in the group with the reason of the join that reached it first."""
    start = next(n for n in group if n[1] == canonical)
    seen = {start}
    queue = [start]
    out: list[Alias] = []
    while queue:
        node = queue.pop(0)
        for other, reason, doc in sorted(uf.edges.get(node, []), key=lambda e: e[0]):
            if other in seen:
                continue
            seen.add(other)
            queue.append(other)
            if other[1] != canonical:
                # A declared alias cites the text that declares it; a matched name, the
                # first document that uses it.
                where = doc if reason.startswith(DECLARED) else first_doc.get(other, doc)
                out.append(Alias(other[1], reason, where))
    return out


def _affiliations(index: EntityIndex, docs: list[DocumentMentions]) -> None:
    for doc in docs:
        for m in doc.mentions:
            if m.type != "person" or not m.organization:
                continue
            person = index.lookup(m.name, doc.id)
            org = index.lookup(m.organization, doc.id)
            if person is None or org is None or org.type != "organization":
                continue
            aff = Affiliation(org.id, org.name, m.role, doc.published, doc.id)
            if all((a.organization, a.role, a.date) != (aff.organization, aff.role, aff.date)
                   for a in person.affiliations):  # fmt: skip
                person.affiliations.append(aff)
    for e in index.entities:
        e.affiliations.sort(key=lambda a: (a.date or "", a.name, a.role or ""))
