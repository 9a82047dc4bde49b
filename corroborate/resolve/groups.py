"""The entities of the joined groups: each group's canonical name, id and aliases (with the
reason of the join that reached each), and the lookups of every name.

Two groups whose names share a spelling key are in one component, so the entities of whole
components come out the same alone as among all names.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Mapping
from collections.abc import Set as AbstractSet

from corroborate.nlp import names
from corroborate.records import ENTITY_TYPES, Alias, Entity, EntityType
from corroborate.resolve.entity_ids import entity_id, spelled_id
from corroborate.resolve.join import Joined
from corroborate.resolve.union import NameUnion

__all__ = [
    "DECLARED",
    "group_entities",
    "grouped_alike",
]


_TYPES: dict[str, EntityType] = {t: t for t in ENTITY_TYPES}


def _canonical(group: list[tuple[str, str]], counts: Counter[tuple[str, str]]) -> str:
    """The most used full name; for organisations a long name over an acronym; for people
    a name of two words or more over a lone first name or surname ("Imran", used more often
    than "Imran Khan", is still his short name)."""

    def rank(node: tuple[str, str]) -> tuple[int, int, int, int, str]:
        acronym = names.is_acronym(node[1])
        owned = "'s " in node[1] or "’s " in node[1]
        lone = node[0] == "person" and len(names.words(node[1])) < 2
        return (int(acronym or owned), int(lone), -counts[node], -len(node[1]), node[1])

    return min(group, key=rank)[1]


def group_entities(
    joined: Joined,
    first_doc: Mapping[tuple[str, str], str],
    accused: AbstractSet[tuple[str, str]] = frozenset(),
) -> tuple[list[Entity], dict[tuple[str, str], str], dict[str, str], dict[str, str]]:
    """Each group's entity (its base: id, canonical name, the aliases its joins give), each
    name's entity, and the spelling keys and names that look one up (the first group in name
    order wins). Two groups whose names share a spelling key are in one component, so the
    entities of whole components come out the same alone as among all names. A person
    known by one word only is an entity when a report reads one of its names as accused
    (``accused``, the union of ``DocumentNames.accused``): the ledger's people are the
    accused, and one a court sentences or the police arrest by that word alone is one."""
    uf = joined.uf
    groups: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for node in joined.nodes:
        groups[uf.find(node)].append(node)
    bases: list[Entity] = []
    node_entity: dict[tuple[str, str], str] = {}
    by_key: dict[str, str] = {}
    by_name: dict[str, str] = {}
    used: set[str] = set()
    for group in groups.values():
        type_ = group[0][0]
        canonical = _canonical(group, joined.counts)
        if type_ == "person" and len(names.words(canonical)) < 2 and accused.isdisjoint(group):
            # a lone first name or surname no document resolves: not an actor yet, unless a
            # report reads it as accused ("the court acquitted Izhar")
            continue
        eid = entity_id(type_, canonical)
        if eid in used:  # two people whose names share a spelling key
            eid = spelled_id(type_, canonical)
        used.add(eid)
        bases.append(Entity(id=eid, name=canonical, type=_TYPES[type_],
                            aliases=_aliases(uf, group, canonical, first_doc)))  # fmt: skip
        for node in group:
            node_entity[node] = eid
            by_key.setdefault(names.key(node[1]), eid)
            by_name.setdefault(node[1].lower(), eid)
    return bases, node_entity, by_key, by_name


def grouped_alike(
    bases: list[Entity],
    node_entity: Mapping[tuple[str, str], str],
    accused_before: AbstractSet[tuple[str, str]],
    accused_now: AbstractSet[tuple[str, str]],
) -> bool:
    """Whether ``group_entities`` of one join gives with ``accused_now`` what it gave with
    ``accused_before`` (``bases`` and ``node_entity`` are that call's): a sufficient test,
    False where unsure. ``accused`` decides only whether a group whose canonical name is one
    word of a person is an entity; the canonical does not read it, and the ids, aliases and
    lookups follow from which groups are entities. A group none of whose names moves in or
    out of ``accused`` decides alike; one that holds such a name decides alike when it was
    an entity whose canonical is not a lone person's word (an entity whatever is accused).
    A name that was no entity's, or a lone word's entity, may decide otherwise."""
    canonical = {b.id: b for b in bases}
    for node in accused_before ^ accused_now:
        entity = node_entity.get(node)
        if entity is None:
            return False
        base = canonical[entity]
        if base.type == "person" and len(names.words(base.name)) < 2:
            return False
    return True


DECLARED = ("acronym defined", "the text says")


def _aliases(
    uf: NameUnion,
    group: list[tuple[str, str]],
    canonical: str,
    first_doc: Mapping[tuple[str, str], str],
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
