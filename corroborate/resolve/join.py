"""Every join of the names: the declared ones, one type per name, then every merge rule in
order, component by component (``blocking``).

No rule can join names of two components, so each component is resolved alone: the same
joins come out for an update's components as for all names at once.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from corroborate.resolve import blocking
from corroborate.resolve.declared import (
    ambiguous_nicknames,
    declared_nickname_names,
    join_declared,
)
from corroborate.resolve.firm_forms import join_firm_forms
from corroborate.resolve.name_rules import (
    join_contained_names,
    join_inner_names,
    join_middle_names,
    join_same_names,
    join_variants,
)
from corroborate.resolve.name_types import drop_joined_people, mark_apart, one_type_per_name
from corroborate.resolve.nickname_surnames import declared_nicknames, join_nickname_surnames
from corroborate.resolve.organisation_rules import join_head_words, join_initials, join_owned
from corroborate.resolve.statistics import NameStatistics
from corroborate.resolve.story import StoryCompany, join_opening_vowels, join_reversed
from corroborate.resolve.union import NameUnion

__all__ = [
    "Joined",
    "join_names",
]


@dataclass
class Joined:
    """The names joined into groups (``join_names``): the union, its names in sorted order,
    the mention counts after each name took one type, and the acronyms that stand for their
    definition inside the defining documents only."""

    uf: NameUnion
    nodes: list[tuple[str, str]]
    counts: Counter[tuple[str, str]]
    acronyms_here: list[tuple[str, str, tuple[str, str]]]


def join_names(
    stats: NameStatistics, company: Callable[[NameUnion], StoryCompany | None]
) -> Joined:
    """Every join of the names ``stats`` counts: declared ones, one type per name, then
    every rule component by component. ``stats`` may hold whole components of names only
    (an update's): every input a rule reads of a name is a name of its component, but for
    the story company (``company``), which reads the reports naming them."""
    uf = NameUnion()
    for node in stats.counts:
        uf.add(node)
    counts = Counter(stats.counts)  # a copy, zeros kept: retyping moves a name's count
    acronyms_here = join_declared(uf, stats.declared)
    one_type_per_name(uf, counts)
    drop_joined_people(uf)
    shared = ambiguous_nicknames(stats.declared)  # nicknames declared for different men
    mark_apart(uf, stats.marks, declared_nickname_names(stats.declared, shared))
    nodes = sorted(uf.parent)
    declared_pairs = [(a, b) for a, edges in uf.edges.items() for b, _, _ in edges]
    story = company(uf)
    nicknames = declared_nicknames(stats.declared, shared)
    for component in blocking.components(nodes, declared_pairs):
        if len(component) > 1:  # a rule only ever joins a name to another of its component
            _join_component(uf, component, stats.first_doc, story, nicknames)
    return Joined(uf, nodes, counts, acronyms_here)


def _join_component(uf: NameUnion, nodes: list[tuple[str, str]],
                    first_doc: dict[tuple[str, str], str],
                    company: StoryCompany | None = None,
                    nicknames: list[tuple[tuple[str, str], tuple[str, str]]] | None = None,
                    ) -> None:  # fmt: skip
    """Every merge rule, in order, over one component of names that share blocking keys
    (``blocking``): no rule can join names of two components, so each is resolved alone."""
    join_same_names(uf, nodes, first_doc)
    join_middle_names(uf, nodes, first_doc)
    join_contained_names(uf, nodes, first_doc)
    join_inner_names(uf, nodes, first_doc)
    join_variants(uf, nodes, first_doc)
    if nicknames:
        join_nickname_surnames(uf, nodes, first_doc, nicknames)
    if company is not None:
        join_reversed(uf, nodes, first_doc, company)
        join_opening_vowels(uf, nodes, first_doc, company)
    join_initials(uf, nodes, first_doc)
    join_owned(uf, nodes, first_doc)
    join_head_words(uf, nodes, first_doc)
    # last: no rule reads its joins (a firm's bare name and its forms, ``firm_forms``)
    join_firm_forms(uf, nodes, first_doc)
