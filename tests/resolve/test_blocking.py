"""Blocking keys: resolving names component by component equals resolving them all at once.

If a rule found a candidate through a key that ``blocking_keys`` does not list, the two names
could sit in different components and the join would be missed: these tests would fail.
"""

from __future__ import annotations

from collections.abc import Iterable

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corroborate.ledger.build import AnalysedDocument
from corroborate.records import Mention
from corroborate.resolve import blocking
from corroborate.resolve.entities import resolve_entities
from corroborate.resolve.entity_index import EntityIndex
from corroborate.resolve.nodes import DocumentMentions

# Invented names, each pair meant for one rule: same name spelled otherwise, middle name,
# a name a longer one begins or ends with, spelling variants, initials, owner, head word,
# two people joined by a hyphen, an opening vowel written otherwise, a name romanised
# otherwise; a variant block ("h:d") holding two names not alike ("Hadiza Danjima" /
# "Hadiza Danuma"), a third alike to both ("Hadiza Danjumah") and one alike to none; a
# firm's bare name NER typed a person, the firm with two forms, another firm sharing a word,
# and a firm named after a man; names of as many words sharing their ends, head or tail
# (linked only through a shorter name fitting inside them, ``word_fits``), one after an
# honorific, one spelled otherwise in the words outside the block's pair.
NAMES = [
    "Hamad Qureshi", "Hammad Qureshi", "Hamad Jan Qureshi", "Sana Qureshi", "Syed Sana Qureshi",
    "Anees Qaim Khani", "Anees Qaimkhani", "Budha Ram", "Budhi Ram", "Tariq Naveed",
    "Tariq Ali Naveed", "Hamad Qureshi-Tariq Naveed", "Naveed Tariq", "Nawab Sana Qureshi",
    "Asmat Qureshi", "Ismat Qureshi", "Usmat Qureshi", "Hamad Kureshi", "Zubair Rind",
    "Jubair Rind", "Hadiza Danjima", "Hadiza Danuma", "Hadiza Danjumah", "Hamza Dogo",
    "Tarnwick Freight", "Graham Pell", "Chidi Bayo Okafor", "Chidi Dayo Okafor", "Chidi Okafor",
    "Chidi Bayo", "Bayo Okafor", "Ada Bayo Okafor", "Syed Chidi Bayo Okafor", "Chidi Bayo Eze",
    "Mefatul Islam Jeon", "Md Meftahul Islam Jeon", "Meftahul Islam Jeon",
]  # fmt: skip
ORGS = [
    "Karakoram Youth Front", "KYF", "Lyari's Karakoram Youth Front", "Coastal Guard", "Guard",
    "Border Guard", "Front", "Quetta", "Quetta-Front", "Tarnwick Freight (Pvt) Ltd",
    "Tarnwick Freight Private Limited", "Tarnwick Textiles Ltd", "Graham Pell Ltd",
]  # fmt: skip


def _mention(name: str, start: int, alias: str | None) -> Mention:
    kind = "place" if name == "Quetta" else "organization" if name in ORGS else "person"
    alias_kind = "acronym" if alias == "KYF" else "alias" if alias else None
    return Mention(start, start + len(name), name, kind, name, "PERSON",  # type: ignore[arg-type]
                   alias, alias_kind)  # fmt: skip


@st.composite
def documents(draw: st.DrawFn) -> list[DocumentMentions]:
    docs = []
    for i in range(draw(st.integers(1, 6))):
        mentions, at = [], 0
        for name in draw(st.lists(st.sampled_from(NAMES + ORGS), min_size=1, max_size=7)):
            at += draw(st.sampled_from([2, 40]))  # a list or a new sentence
            alias = "KYF" if name == "Karakoram Youth Front" and draw(st.booleans()) else None
            mention = _mention(name, at, alias)
            mentions.append(mention)
            at = mention.end
        docs.append(DocumentMentions(f"d{i}", None, mentions))
    return docs


def _whole(nodes: Iterable[blocking.Node], joined: Iterable[tuple[blocking.Node, ...]] = ()
           ) -> list[list[blocking.Node]]:  # fmt: skip
    return [sorted(set(nodes) | {n for pair in joined for n in pair})]


def _summary(index: EntityIndex) -> object:
    return (
        [(e.id, e.type, e.name, e.aliases, e.affiliations) for e in index.entities],
        index._by_key,
        index._by_doc,
        index._by_name,
    )


def _both(docs: list[DocumentMentions], monkeypatch: pytest.MonkeyPatch) -> tuple[object, object]:
    by_component = _summary(resolve_entities(docs))
    with monkeypatch.context() as m:
        m.setattr(blocking, "components", _whole)
        whole = _summary(resolve_entities(docs))
    return by_component, whole


@settings(max_examples=150, deadline=None)
@given(documents())
def test_components_resolve_as_the_whole(docs: list[DocumentMentions]) -> None:
    with pytest.MonkeyPatch.context() as monkeypatch:
        by_component, whole = _both(docs, monkeypatch)
    assert by_component == whole


def test_components_resolve_as_the_whole_on_karachi(
    karachi_analysed: list[AnalysedDocument], monkeypatch: pytest.MonkeyPatch
) -> None:
    docs = [DocumentMentions(d.document.id, d.document.published, d.mentions)
            for d in karachi_analysed]  # fmt: skip
    by_component, whole = _both(docs, monkeypatch)
    assert by_component == whole


def test_names_no_key_links_fall_apart() -> None:
    people = [("person", "Hamad Qureshi"), ("person", "Hamad Jan Qureshi"),
              ("person", "Budha Ram")]  # fmt: skip
    orgs = [("organization", "Coastal Guard"), ("organization", "Border Guard")]
    # Two organisations ending in "Guard" are only linked when "Guard" alone looks them up.
    assert {frozenset(c) for c in blocking.components(people + orgs)} == {
        frozenset(people[:2]),
        frozenset(people[2:]),
        frozenset(orgs[:1]),
        frozenset(orgs[1:]),
    }
    assert len(blocking.components([*orgs, ("organization", "Guard")])) == 1


def test_components_join_by_a_key_a_later_name_looks_up_and_by_declared_pairs() -> None:
    # "Guard" comes last: the two longer names hold the key before any name looks it up.
    orgs = [("organization", "Coastal Guard"), ("organization", "Border Guard")]
    lone = ("organization", "Guard")
    declared = (("person", "Ines Varga"), ("person", "Nessa"))  # "Ines Varga, alias Nessa"
    found = blocking.components([*orgs, lone, declared[0]], joined=[declared])
    # The declared alias is a node of its own though not listed; components list their
    # nodes sorted, in the order of their first node.
    assert found == [sorted([*orgs, lone]), sorted(declared)]


def test_components_by_given_keys() -> None:
    keys = {("person", "A"): [("x", False)], ("person", "B"): [("x", False)],
            ("person", "C"): [("y", True)], ("person", "D"): [("y", False)]}  # fmt: skip
    # A key no name looks up joins nothing; one that some name looks up joins its holders.
    found = blocking.components(list(keys), keys_of=keys.__getitem__)
    assert found == [[("person", "A")], [("person", "B")], [("person", "C"), ("person", "D")]]


def test_a_variant_block_links_its_holders_only_where_alike() -> None:
    """The ``variant:`` key is a block to compare in, not a link: "Hadiza Danjima" and
    "Hadiza Danuma" (first letters "h", "d") are not alike, so no rule compares them and
    they fall apart, as "Hamza Dogo" does from both; "Hadiza Danjumah", alike to each, links
    the two (the variant rule compares it with both)."""
    a, b, c = ("person", "Hadiza Danjima"), ("person", "Hadiza Danuma"), ("person", "Hamza Dogo")
    bridge = ("person", "Hadiza Danjumah")
    assert (
        {k for k, _ in blocking.blocking_keys(a) if blocking.by_likeness(k)}
        == {k for k, _ in blocking.blocking_keys(b) if blocking.by_likeness(k)}
        == {k for k, _ in blocking.blocking_keys(c) if blocking.by_likeness(k)}
    )
    assert blocking.components([a, b, c]) == [[a], [b], [c]]
    assert blocking.components([a, b, c, bridge]) == [sorted([a, b, bridge]), [c]]
    assert sorted(blocking.alike_pairs([a, b, c, bridge])) == sorted(
        [(a, bridge), (bridge, a), (b, bridge), (bridge, b)]
    )


def test_a_word_rule_block_links_its_holders_only_where_one_fits_inside() -> None:
    """ "Chidi Bayo Okafor" and "Chidi Dayo Okafor" share the middle-name rule's ``ends:`` block
    and the inner-name rule's ``inner:`` (both look it up), "Chidi Bayo Eze" the
    contained-name rule's ``head:`` with the first, "Ada Bayo Okafor" its ``tail:``, yet no
    rule compares two names of as many words: they fall apart. "Chidi
    Okafor" (its words in order in both) links the first two, "Chidi Bayo" (the head of
    two) and "Bayo Okafor" (the tail of two) theirs."""
    a, b = ("person", "Chidi Bayo Okafor"), ("person", "Chidi Dayo Okafor")
    c, d = ("person", "Chidi Bayo Eze"), ("person", "Ada Bayo Okafor")
    assert {k for k, _ in blocking.blocking_keys(a)} & {k for k, _ in blocking.blocking_keys(b)}
    assert all(blocking.by_pairs(k) for k, _ in blocking.blocking_keys(a)
               if k.startswith(("ends:", "head:", "tail:", "inner:")))  # fmt: skip
    assert blocking.components([a, b, c, d]) == [[d], [c], [a], [b]]
    ends = ("person", "Chidi Okafor")
    assert blocking.components([a, b, c, d, ends]) == [[d], [c], sorted([a, b, ends])]
    head = ("person", "Chidi Bayo")
    assert blocking.components([a, b, c, d, head]) == [[d], sorted([a, c, head]), [b]]
    tail = ("person", "Bayo Okafor")
    assert blocking.components([a, b, c, d, tail]) == [sorted([a, d, tail]), [c], [b]]


def test_the_holders_a_word_rule_compares_with_names_asking_its_key() -> None:
    """An update's new name asks a stored ``ends:``/``head:``/``tail:`` block for the holders
    it fits inside or that fit inside it: not the holders' own pairs."""
    a, b = ("person", "Chidi Bayo Okafor"), ("person", "Chidi Dayo Okafor")
    long_ = ("person", "Chidi Bayo Dimeji Okafor")
    ends = "ends:" + ":".join(blocking.word_block(w) for w in ("chidi", "okafor"))
    assert blocking.linked_holders(ends, ["Chidi Okafor"], [a, b, long_]) == {a, b, long_}
    assert blocking.linked_holders(ends, ["Chidi Bayo Okafor"], [b, long_]) == {long_}
    assert blocking.linked_holders(ends, ["Chidi Dayo Okafor"], [a, long_]) == set()
    assert sorted(blocking.linked_pairs(ends, [a, b, long_])) == [(a, long_)]


def test_the_holders_alike_to_names_asking_a_variant_key() -> None:
    """An update's new name asks a stored ``variant:`` block for the holders alike to it:
    those ``alike_pairs`` pairs it with among the holders, none of the holders' own pairs."""
    a, b, c = ("person", "Hadiza Danjima"), ("person", "Hadiza Danuma"), ("person", "Hamza Dogo")
    assert blocking.alike_holders(["Hadiza Danjumah"], [a, b, c]) == {a, b}
    assert blocking.alike_holders(["Hamza Dogo"], [a, b, c]) == {c}
    assert blocking.alike_holders(["Hadiza Danjima", "Hamza Dogo"], [a, b, c]) == {a, c}
    assert blocking.alike_holders(["Hauwa Dikko"], [a, b, c]) == set()
    assert blocking.alike_holders(["Danjima"], [a, b, c]) == set()  # one word: never compared


def test_only_two_names_joined_by_a_hyphen_hold_their_halves_keys() -> None:
    """ "Hamad Qureshi-Tariq Naveed" may be dropped as two people's names, by whether its
    halves are people's names elsewhere: it holds their ``key:`` keys and is linked to them.
    "Quetta-Front" never is (a half of one word), and no rule reads its halves: it is linked
    to neither "Quetta" nor "Front"."""
    joined = ("organization", "Hamad Qureshi-Tariq Naveed")
    assert ("key:hmd qrsh", True) in blocking.blocking_keys(joined)
    people = [("person", "Hamad Qureshi"), ("person", "Tariq Naveed")]
    assert len(blocking.components([joined, *people])) == 1
    other = ("organization", "Quetta-Front")
    assert not any(k == f"key:{h}" for k, _ in blocking.blocking_keys(other)
                   for h in ("qtt", "frnt"))  # fmt: skip
    alone = [("place", "Quetta"), ("organization", "Front")]
    assert len(blocking.components([other, *alone])) == 3
