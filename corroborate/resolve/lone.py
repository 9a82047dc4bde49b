"""Lone names: "Imran" in a report that gives no full name, resolved inside that report to the
one full name another report of the same story gives (``lone_names``), and how few reports
may share a person for two reports to be one story (``RARE_COMPANY``)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Callable, Hashable, Iterable, Mapping
from dataclasses import dataclass

from corroborate.nlp import names
from corroborate.resolve.blocking import Node
from corroborate.resolve.statistics import DocumentNames
from corroborate.resolve.union import NameUnion

__all__ = ["RARE_COMPANY", "LoneInputs", "accused_alone", "decide_lone", "lone_names"]

# A person two reports share makes them one story for ``lone_names`` (and for the
# reversed-name rule of ``resolve.story``) only when few reports name that person (a
# case's victim or co-accused, not a president every report names).
# Chosen on court-reports dev, leave one case out (docs/entity-resolution.md).
RARE_COMPANY = 4


def lone_names(
    uf: NameUnion, nodes: list[tuple[str, str]], docs: list[DocumentNames]
) -> list[tuple[str, str, tuple[str, str]]]:
    """ "Imran" in a report that gives no full name stands for "Imran Khan" of another
    report when the two share another person (the victim, a co-accused) and, among the
    people of the reports that share one with it, exactly one full name begins or ends with
    that word. Decided per report, as a short form of that report (doc, name, full node):
    the same lone name elsewhere may be someone else, and a lone name no report resolves is
    no entity (``_build``). The word must be written the same (a skeleton, fine for the
    words of two full names, makes "Bust" of "Bositis"), and the person the reports share
    must be one few reports name (``RARE_COMPANY``): politics reports all name the same
    candidates, court reports of one case their victim and co-accused. A given name needs
    two such people in common ("his son Eric" is seldom the Eric of another report), unless
    the report writes it with an accused noun ("Convict Imran"). A report that names two
    full names the word could complete vouches for neither. Blocking key: the
    word, lower-cased, against the first and last words of full names; the company is
    checked on those candidates only."""
    named: dict[str, set[tuple[str, str]]] = defaultdict(set)  # document -> person nodes
    # document -> lone names it writes with an accused noun ("Convict Imran", "prime accused
    # Imran"): named by their part in the case, not as someone's relative ("his son Eric")
    as_accused: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for doc in docs:
        for node in doc.named_people():
            if node in uf.parent:
                named[doc.id].add(node)
                if node in doc.accused:
                    as_accused[doc.id].add(node)
    full_roots = {d: {uf.find(n) for n in ns if len(names.words(n[1])) >= 2}
                  for d, ns in named.items()}  # fmt: skip
    # word -> full name node -> how many rare people a report must share: two for a given
    # name, one for a surname ("his son Eric" is seldom the Eric of another report). Each
    # name once, in the order of the first report naming it (a name every report writes
    # would otherwise be a candidate once per report); a name whose first and last words
    # are one word ("Ali Ali") needs one, as a surname.
    by_end: dict[str, dict[tuple[str, str], int]] = defaultdict(dict)
    where: dict[tuple[str, str], set[str]] = defaultdict(set)  # full name node -> documents
    for doc_id, ns in sorted(named.items()):
        for n in sorted(ns):
            ws = names.words(n[1])
            if len(ws) >= 2:
                where[n].add(doc_id)
                by_end[ws[0]][n] = 2
                by_end[ws[-1]][n] = 1
    named_in = Counter(r for roots in full_roots.values() for r in roots)
    rare: dict[str, set[Hashable]] = {
        d: {r for r in roots if named_in[r] <= RARE_COMPANY} for d, roots in full_roots.items()
    }
    rare_in: dict[Hashable, set[str]] = defaultdict(set)  # rare person -> documents
    for d, roots in rare.items():
        for r in roots:
            rare_in[r].add(d)
    lone_roots = {uf.find(n) for n in nodes if n[0] == "person"} - {
        uf.find(n) for n in nodes if n[0] == "person" and len(names.words(n[1])) >= 2
    }
    inputs = LoneInputs(uf.find, named, as_accused, rare, rare_in, by_end, where,
                        lambda n: uf.find(n) in lone_roots,
                        lambda n, full: uf.apart(n, full, ("list:",)))  # fmt: skip
    return [found for doc_id in sorted(named) for found in decide_lone(inputs, doc_id)]


@dataclass(frozen=True)
class LoneInputs:
    """What deciding a report's lone names reads (``lone_names`` makes it from every report;
    an update, ``ledger.reached``, for the reports it decides again): each name's group, the
    people each report names (and writes with an accused noun), the rare groups each names and
    the reports naming each rare group, each word's full names in the order of the first report
    naming them (with the rare people a report must share for each), the reports naming each
    full name, whether a name's group holds no full name, and whether a list keeps two apart."""

    find: Callable[[Node], Hashable]
    named: Mapping[str, set[Node]]
    as_accused: Mapping[str, set[Node]]
    rare: Mapping[str, set[Hashable]]
    rare_in: Mapping[Hashable, set[str]]
    by_end: Mapping[str, dict[Node, int]]
    where: Mapping[Node, set[str]]
    lone: Callable[[Node], bool]
    apart: Callable[[Node, Node], bool]


def decide_lone(inputs: LoneInputs, doc_id: str) -> list[tuple[str, str, Node]]:
    """The lone names of one report (see ``lone_names``), in name order."""
    out: list[tuple[str, str, Node]] = []
    for n in sorted(inputs.named.get(doc_id, set())):
        word = names.words(n[1])
        if len(word) != 1 or not inputs.lone(n):
            continue
        # Only reports that share a rare person with this one can vouch for a full
        # name: at most RARE_COMPANY of them per person, whatever the store's size.
        company = {e for r in inputs.rare.get(doc_id, set()) for e in inputs.rare_in[r]} - {doc_id}
        candidates = (
            list(inputs.by_end[word[0]].items()) if company and word[0] in inputs.by_end else []
        )
        accused = n in inputs.as_accused.get(doc_id, set())
        needs = {full: 1 if accused else needed for full, needed in candidates}
        fits = _vouched(inputs, needs, company, doc_id)
        if len(fits) > 1:
            fits = _beside_only(inputs, needs, company, doc_id)
        if len(fits) == 1 and not inputs.apart(n, next(iter(fits.values()))):
            out.append((doc_id, n[1], next(iter(fits.values()))))
    return out


def _beside_only(
    inputs: LoneInputs, needs: Mapping[Node, int], company: set[str], doc_id: str
) -> dict[Hashable, Node]:
    """Two people a lone word could stand for ("Amanda Knox" and her sister "Deanna Knox"):
    a report naming both tells them apart, not which one a lone "Knox" elsewhere is, so
    only the reports naming one of them vouch. And the one they vouch for must be the one
    every report naming the other also names: a rival only ever named beside them (a sister
    in her sister's story) is not whom a lone surname stands for, a rival named on their
    own elsewhere ("George W. Bush" beside "Jeb Bush") is a person in their own right."""
    roots_in: dict[str, set[Hashable]] = defaultdict(set)
    named_in: dict[Hashable, set[str]] = defaultdict(set)  # root -> reports
    for full in needs:  # the candidates, in the order found
        root = inputs.find(full)
        named_in[root] |= inputs.where[full]
        for e in inputs.where[full]:
            roots_in[e].add(root)
    alone = {e for e in company if len(roots_in[e]) == 1}
    fits = _vouched(inputs, needs, alone, doc_id)
    if len(fits) != 1:
        return {}
    winner = next(iter(fits))
    rivals = set(named_in) - {winner}
    return fits if all(named_in[r] <= named_in[winner] for r in rivals) else {}


def _vouched(
    inputs: LoneInputs, needs: Mapping[Node, int], company: set[str], doc_id: str
) -> dict[Hashable, Node]:
    """The full names (by root) that a report of ``company`` naming them vouches for: it
    shares ``needs[full]`` rare people with ``doc_id``'s report, the full name aside."""
    fits: dict[Hashable, Node] = {}
    rare = inputs.rare
    for full in needs:  # the candidates, in the order found
        target = inputs.find(full)
        if any(len(rare[doc_id] & (rare[e] - {target})) >= needs[full]
               for e in inputs.where[full] & company):  # fmt: skip
            fits.setdefault(target, full)
    return fits


def accused_alone(
    docs: Iterable[DocumentNames],
    short_of: Callable[[str], Iterable[tuple[str, Node]]],
    people_of: Callable[[DocumentNames], Iterable[Node]] = DocumentNames.named_people,
) -> frozenset[Node]:
    """The one-word people a report reads as accused (``DocumentNames.accused``: "Convict
    Imran", "the court acquitted Izhar") where it does not write that word for a longer name
    (``short_of``: its short forms, its own and the lone names decided for it). Such a name
    is a person of the ledger though no report completes it (``resolve.groups``): the
    report itself names them as accused. Decided once the lone names are, from them and the
    stored reading of each report; a report that completes the word accuses the full name,
    and one that names two people bearing it accuses neither by it (``_shared_words``).
    ``people_of``: every person a report names, where ``docs`` hold a report's share of some
    names only (an update's, ``ledger.reached_lone.accused_by_forms``): the two bearers of a
    word may be names of other components."""
    out: set[Node] = set()
    for doc in docs:
        alone = [n for n in doc.accused if len(names.words(n[1])) == 1]
        if alone:
            written = {w.lower() for w, _ in short_of(doc.id)}
            shared = _shared_words(people_of(doc))
            out |= {n for n in alone if n[1].lower() not in written | shared}
    return frozenset(out)


def _shared_words(people: Iterable[Node]) -> set[str]:
    """The words two people of a report bear at the same end of their full names: a
    surname ending two full names with other given names ("Balveer Singh Gurjar", "Sonu
    Gurjar"), a given name beginning two with other surnames. The report named both and
    did not say which the bare word is: it is a name of neither, not a third person. Full
    names with the same first and last words are one person's ("Balveer Gurjar")."""
    other_end: dict[tuple[str, str], set[str]] = defaultdict(set)  # (end, word) -> others
    for node in people:
        ws = [w.lower() for w in names.words(node[1])]
        if len(ws) >= 2:
            other_end[("last", ws[-1])].add(ws[0])
            other_end[("first", ws[0])].add(ws[-1])
    return {word for (_, word), others in other_end.items() if len(others) >= 2}
