"""The names as the rules will see them, decided before any rule joins two: one type per
name (NER calls one name an ORG here and a place there), no entity for two people's names
joined by a hyphen, and each person's name marked with the lists and documents that tell
it apart from others (``apart``).

Decided once, before the rules, so that every rule reads the same nodes whichever
component it resolves.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Collection, Mapping

from corroborate.nlp import names
from corroborate.resolve.union import NameUnion

__all__ = [
    "drop_joined_people",
    "key_types",
    "mark_apart",
    "most_used_type",
    "one_type_per_name",
    "two_names_joined",
]

_TYPE_ORDER = {"person": 0, "organization": 1, "place": 2, "group": 3}


# "the S Muralidhar-Vinod Goel judgment": two names of two words or more joined by a hyphen.
_TWO_NAMES = re.compile(r"[A-Z][\w.]*(?:\s+[\w.]+)+-[A-Z][\w.]*(?:\s+[\w.]+)+")


def two_names_joined(name: str) -> bool:
    """Whether ``name`` is shaped as two names of two words or more joined by one hyphen:
    the only names ``drop_joined_people`` may drop."""
    return name.count("-") == 1 and _TWO_NAMES.fullmatch(name) is not None


def drop_joined_people(uf: NameUnion) -> None:
    """ "the S Muralidhar-Vinod Goel judgment": two people's names joined by a hyphen are
    neither an organisation nor a third person. Dropped when both halves are people's names
    elsewhere, or look like them: capitalised words, none an organisation's or a place's head
    ("Washington Post-ABC News Poll", "University of Nevada-Las Vegas", "NARAL Pro-Choice
    America" stay)."""
    people = {names.key(n[1]) for n in uf.parent if n[0] == "person"}
    for node in list(uf.parent):
        if not two_names_joined(node[1]):
            continue
        left, right = node[1].split("-")
        if (names.key(left) in people and names.key(right) in people) or _like_people(node[1]):
            if not uf.edges.get(node) and uf.parent[node] == node:
                del uf.parent[node]


def _like_people(name: str) -> bool:
    ws = name.replace("-", " ").split()
    heads = names.ORG_HEADS | names.PLACE_HEADS
    return (
        all(w[:1].isupper() and not (len(w) > 1 and w.isupper()) for w in ws)  # no "NARAL"
        and not any(w.lower() in heads for w in ws)
    )


def mark_apart(
    uf: NameUnion, marks: Mapping[str, set[str]], nicknames: Collection[str] = ()
) -> None:
    """Mark each person node with the lists it is named in and the documents that write it
    in full (``apart``), so that likeness of names never joins what an article tells apart;
    a declared nickname (``nicknames``: ``declared.declared_nickname_names``) with its
    lists only: a report writing it beside the man's full name names him twice."""
    for name, ms in marks.items():
        node = ("person", name)
        if name in nicknames:
            ms = {m for m in ms if not m.startswith("doc:")}
        if node in uf.parent and ms:
            # what ``uf.mark`` does for each mark, the root found once: no join runs between
            # them, and a name written in full by every report carries a mark per report
            uf.marks.setdefault(uf.find(node), set()).update(ms)


def one_type_per_name(uf: NameUnion, counts: Counter[tuple[str, str]]) -> None:
    """NER calls one name an ORG here and a place there: the name's most frequent type wins
    (ties: person, organisation, place), for names that are not joined to anything yet.
    Spellings in capitals only count when the name is never written otherwise: NER types a
    dateline or a headline word ("DHAKA, Oct 11") worst, the same name in running text best.
    A declared name (an alias, an acronym defined) has the type of what it was declared for."""
    by_key: dict[str, Counter[str]] = defaultdict(Counter)
    capitals: dict[str, Counter[str]] = defaultdict(Counter)
    for (type_, name), n in counts.items():
        (capitals if name.isupper() else by_key)[names.key(name)][type_] += n
    # A name a text declares ("Tariq Naveed alias Kala") has the type of what it names,
    # wherever else NER types it ("Kala had threatened them": ORG).
    declared: dict[str, set[str]] = defaultdict(set)
    for node, edges in uf.edges.items():
        if edges and not names.is_acronym(node[1]):
            declared[names.key(node[1])].add(node[0])
    by_key = key_types(by_key, capitals, declared)
    for type_, name in list(uf.parent):
        best = most_used_type(by_key[names.key(name)])
        node = (type_, name)
        if best != type_ and not uf.edges.get(node) and uf.parent[node] == node:
            del uf.parent[node]
            new = (best, name)
            uf.add(new)
            counts[new] += counts.pop(node)


def key_types(
    running: Mapping[str, Counter[str]],
    capitals: Mapping[str, Counter[str]],
    declared: Mapping[str, set[str]],
) -> dict[str, Counter[str]]:
    """The types each spelling key is counted with, as ``one_type_per_name`` weighs them:
    a key its texts declare as one type only has that type; else the types of its mentions
    in running text, or in capitals when the name is never written otherwise."""
    out: dict[str, Counter[str]] = defaultdict(Counter)
    for key_ in running.keys() | capitals.keys():
        out[key_] = Counter(running.get(key_) or capitals.get(key_) or {})
    for key_, kinds in declared.items():
        if len(kinds) == 1:
            out[key_] = Counter({next(iter(kinds)): 1})
    return out


def most_used_type(types: Counter[str]) -> str:
    """The type counted most (ties: person, organisation, place, group)."""
    return min(types, key=lambda t: (-types[t], _TYPE_ORDER[t]))
