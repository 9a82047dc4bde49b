"""``resolve.groups.grouped_alike``: when the entities of one join cannot move with whom the
reports read as accused, so that the update groups them once (``ledger.reached``)."""

from __future__ import annotations

from collections import Counter

from hypothesis import given, settings
from hypothesis import strategies as st

from corroborate.resolve.groups import group_entities, grouped_alike
from corroborate.resolve.join import Joined
from corroborate.resolve.union import NameUnion

Node = tuple[str, str]

# Invented names: lone words and full names of people (some sharing a spelling key), and
# organisations; a lone word is an entity only when a report reads it as accused.
NAMES: list[Node] = [
    ("person", "Tarik"),
    ("person", "Tariq"),
    ("person", "Noor"),
    ("person", "Tarik Ansel"),
    ("person", "Noor Haskel"),
    ("person", "Nur Haskel"),
    ("person", "Imke Dorvan"),
    ("organization", "Harbour Union"),
    ("organization", "Dorvan Mills"),
]


def joined(nodes: list[Node], joins: list[tuple[int, int]], counts: list[int]) -> Joined:
    uf = NameUnion()
    for node in nodes:
        uf.add(node)
    for a, b in joins:
        x, y = nodes[a % len(nodes)], nodes[b % len(nodes)]
        if x[0] == y[0] and x != y:
            uf.join(x, y, "a rule", "doc-1")
    return Joined(uf, sorted(nodes), Counter(dict(zip(nodes, counts, strict=False))), [])


@st.composite
def examples(draw: st.DrawFn) -> tuple[Joined, frozenset[Node], frozenset[Node]]:
    nodes = draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=len(NAMES), unique=True))
    joins = draw(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 20)), max_size=5))
    counts = draw(st.lists(st.integers(1, 4), min_size=len(nodes), max_size=len(nodes)))
    before = draw(st.frozensets(st.sampled_from(nodes)))
    now = draw(st.frozensets(st.sampled_from(nodes)))
    return joined(nodes, joins, counts), before, now


@settings(max_examples=400, deadline=None)
@given(examples())
def test_grouped_alike_only_where_grouping_again_gives_the_same(
    example: tuple[Joined, frozenset[Node], frozenset[Node]],
) -> None:
    join, before, now = example
    first = group_entities(join, {}, before)
    again = group_entities(join, {}, now)
    if grouped_alike(first[0], first[1], before, now):
        assert again == first


def test_a_full_name_read_as_accused_moves_no_entity() -> None:
    join = joined([("person", "Tarik Ansel"), ("person", "Noor")], [], [2, 1])
    first = group_entities(join, {}, frozenset())
    # the full name is an entity whatever is accused: the same entities
    assert grouped_alike(first[0], first[1], frozenset(), {("person", "Tarik Ansel")})
    assert group_entities(join, {}, {("person", "Tarik Ansel")}) == first


def test_a_lone_word_read_as_accused_or_no_longer_is_grouped_again() -> None:
    join = joined([("person", "Tarik Ansel"), ("person", "Noor")], [], [2, 1])
    lone = {("person", "Noor")}
    without, with_ = group_entities(join, {}, frozenset()), group_entities(join, {}, lone)
    assert without != with_  # "Noor" is an entity only when accused
    assert not grouped_alike(without[0], without[1], frozenset(), lone)
    assert not grouped_alike(with_[0], with_[1], lone, frozenset())
