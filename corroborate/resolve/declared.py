"""What the texts declare: an alias ("Faisal Mehmood, aka Mota") or an acronym's definition
("Muttahida Qaumi Movement (MQM)") joins the two names before any rule of likeness runs.

An acronym that articles define as different names ("PAC") joins nothing across them: it
stands for its own definition inside each defining document only. So does a nickname that
texts declare for different men ("Pappu" for Rakesh Jatav in one report, for Sajid Mehmood in
another): joined across reports it would make the men one entity, so it stands for its
declared name inside each declaring report only, and a bare "Pappu" elsewhere stays its own
mention (nothing tells which man it is). A nickname declared for one man's names only (his
full name, a part or a longer form of it) joins across reports as before.

A declared nickname outranks what a later report tells apart by writing names in full
(``apart.named_in_full``): "Gadiraju Satyanarayana Raju v. State" in a bail report's title
and "Satti Raju" in its ruling are one man when an earlier report declared "Satyanarayana
Raju alias Satti Raju" (``declared_nickname_names``).
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from corroborate.nlp import names
from corroborate.resolve.statistics import Declaration
from corroborate.resolve.union import NameUnion

# How a mention declares a nickname (``Mention.alias_kind``; ``nlp.mentions.aliases``).
_ALIAS = "alias"

__all__ = [
    "ambiguous_acronyms",
    "ambiguous_nicknames",
    "declared_nickname_names",
    "join_declared",
]


def join_declared(
    uf: NameUnion, declared: list[tuple[Declaration, str]]
) -> list[tuple[str, str, tuple[str, str]]]:
    """Join what the texts declare ("X alias Y", "Long Name (ACR)"), except an acronym that
    articles define as different names ("PAC": the Peoples Aman Committee in Karachi, the
    Provincial Armed Constabulary in Meerut): it stands for its own definition inside each
    defining document only (returned as short forms), and joins nothing across them; so
    does a nickname texts declare for different men (``ambiguous_nicknames``)."""
    ambiguous = ambiguous_acronyms(declared) | ambiguous_nicknames(declared)
    local: list[tuple[str, str, tuple[str, str]]] = []
    for d, doc_id in declared:
        if d.other in ambiguous:
            local.append((doc_id, d.other[1], d.node))
            continue
        uf.join(d.node, d.other, d.reason, doc_id)
    return local


def ambiguous_acronyms(declared: Iterable[tuple[Declaration, str]]) -> set[tuple[str, str]]:
    """The acronyms that texts define as different names ("PAC"; see ``join_declared``)."""
    meanings: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for d, _ in declared:
        if d.kind == "acronym":
            meanings[d.other].append(d.node)
    return {acr for acr, longs in meanings.items() if _different_names(longs)}


def ambiguous_nicknames(declared: Iterable[tuple[Declaration, str]]) -> set[tuple[str, str]]:
    """The nicknames ("X alias Y", "X, known as Y", "X aka Y") that texts declare for
    names that are not one name ("Pappu" for Rakesh Jatav and for Sajid Mehmood; not
    "Mota" for "Faisal Mehmood" and "Constable Faisal Mehmood"), each spelling of it
    ("Babloo", "Bablu"): see ``join_declared``."""
    # A nickname's spellings are one nickname ("Babloo" for one man, "Bablu" for another):
    # the likeness rules would join the two spellings, and through them the men.
    holders: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    spellings: dict[tuple[str, str], set[tuple[str, str]]] = defaultdict(set)
    for d, _ in declared:
        if d.kind == _ALIAS:
            spelled = (d.other[0], names.key(d.other[1]))
            holders[spelled].append(d.node)
            spellings[spelled].add(d.other)
    return {nick for spelled, full in holders.items() if _different_names(full)
            for nick in spellings[spelled]}  # fmt: skip


def _different_names(longs: list[tuple[str, str]]) -> bool:
    """Whether some two of these names are not one name (neither's words hold the other's:
    "Muttahida Qaumi Movement Pakistan" is still the "Muttahida Qaumi Movement")."""
    keys = {tuple(names.skeleton(w) for w in names.words(n[1])) for n in longs}
    return any(not (set(a) <= set(b) or set(b) <= set(a)) for a in keys for b in keys if a < b)


def declared_nickname_names(
    declared: Iterable[tuple[Declaration, str]], shared: set[tuple[str, str]] | None = None
) -> set[str]:
    """The person names texts declare as one man's nickname ("X alias Satti Raju"), but
    those declared for different men (``ambiguous_nicknames``). A report writing such a name
    in full beside another full name does not tell the two apart by it: the nickname is a
    second name of the man the declaring report named, and a report may write both (the
    case title's full name, the ruling's nickname), so ``name_types.mark_apart`` gives it no
    "doc:" mark. A list still tells two people apart ("Satti Raju, Ramesh Raju"). ``shared``:
    ``ambiguous_nicknames(declared)``, where the caller has it already."""
    declared = list(declared)
    if shared is None:
        shared = ambiguous_nicknames(declared)
    return {
        d.other[1]
        for d, _ in declared
        if d.kind == _ALIAS and d.node[0] == d.other[0] == "person" and d.other not in shared
    }
