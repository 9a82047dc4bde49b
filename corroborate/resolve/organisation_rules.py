"""The rules that join organisation names: an acronym no text defines is the one organisation
whose initials spell it, an owner before a name ("Lyari's Peoples Aman Committee") is the
name, and a one-word name is the one organisation whose name ends with that word.

Each joins only when exactly one organisation fits: two that could be meant are left apart.
"""

from __future__ import annotations

from collections import defaultdict

from corroborate.nlp import names
from corroborate.resolve.blocking import word_block
from corroborate.resolve.union import NameUnion

__all__ = [
    "join_head_words",
    "join_initials",
    "join_owned",
]


def join_initials(uf: NameUnion, nodes: list[tuple[str, str]],
                   first_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
    """An acronym no text defines is the one organisation whose initials spell it. Key:
    ``initials:``."""
    orgs = [n for n in nodes if n[0] == "organization"]
    by_initials: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for o in orgs:
        by_initials[names.initials(o[1])].append(o)
    # Roots of groups holding a long (non-acronym) name; a join below always adds one.
    named_roots = {uf.find(o) for o in orgs if not names.is_acronym(o[1])}
    for acro in orgs:
        if not names.is_acronym(acro[1]):
            continue
        if uf.find(acro) in named_roots:
            continue  # already joined to a long name by a definition
        candidates = by_initials[acro[1].upper()] if len(acro[1]) >= 2 else []
        fits = {uf.find(o) for o in candidates}
        if len(fits) == 1:
            uf.join(acro, candidates[0], "initials spell the acronym", first_doc.get(candidates[0]))
            named_roots.add(uf.find(acro))


def join_owned(uf: NameUnion, nodes: list[tuple[str, str]],
                first_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
    """ "Lyari's Peoples Aman Committee" is the "Peoples Aman Committee". Key: ``typed:`` of
    the name after the owner."""
    keys = {(n[0], names.key(n[1])): n for n in nodes}
    for node in nodes:
        for mark in ("'s ", "’s "):
            if mark in node[1]:
                rest = node[1].split(mark, 1)[1]
                other = keys.get((node[0], names.key(rest)))
                if other is not None and len(names.words(rest)) >= 2:
                    uf.join(node, other, "the same name with its owner before it",
                            first_doc.get(node))  # fmt: skip


def join_head_words(uf: NameUnion, nodes: list[tuple[str, str]],
                     first_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
    """ "Guard" is the "Coastal Guard" when no other organisation's name ends in "Guard".
    Key: ``headword:`` (the last word)."""
    orgs = [n for n in nodes if n[0] == "organization"]
    by_head: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for o in orgs:
        ows = names.words(o[1])
        if len(ows) >= 2:
            by_head[word_block(ows[-1])].append(o)
    for node in orgs:
        words = names.words(node[1])
        if len(words) != 1 or names.is_acronym(node[1]):
            continue
        fits = by_head[word_block(words[0])]
        if len(fits) == 1:
            why = f"short form: the only organisation whose name ends in {words[0]!r}"
            uf.join(node, fits[0], why, first_doc.get(node))
