"""Blocking keys: every way one name can find another as a candidate, in one function.

Each merge rule of ``resolve.entities`` (in ``name_rules``, ``story`` and
``organisation_rules``) looks its candidates up by a key of the name (the rule's docstring
names it). ``blocking_keys(node)`` lists them all, so two names that share
no key, directly or through other names, can never be compared by any rule. The names then
fall into connected components (``components``), and a component can be resolved on its own:
that is what lets an ingest re-resolve only the names a new document reaches (issue 15).

A rule added to ``entities`` must add its key here; ``tests/resolve/test_blocking.py``
resolves random corpora component by component and compares with resolving them whole.

One key is only a block to compare inside, not a link (``by_likeness``): the ``variant:`` key
(the first letters of a person's given name and of the rest) is shared by "Jane Bell" and
"John Byrne", whom no rule ever compares: the variant rule joins two of its holders only when
their names are alike (``variants.variant_similarity``), a test of the two names alone. So the
holders of such a key share a component only pair by pair, where alike (``alike_pairs``):
linking the whole block made one component of ~2,000 names of 2,900 at PolNeAR train (the
others ~140 at most), which an update resolves again whole for any name it reaches.

The blocks of the word rules that compare a shorter name with a longer one (``ends:``,
``head:``, ``tail:``, ``inner:``) are such blocks too (``by_pairs``): "Muhammad Ali Yaqoob" and
"Muhammad Aslam Yaqoob" share ``ends:`` but no rule compares them, only each with
"Muhammad Yaqoob"; their holders share a component where one fits inside the other
(``word_fits.fits_inside``, the rules' own test). Linked whole, those blocks chained
components of 40-60 names at 500 court reports (2026-12-07, scale87).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator, Sequence
from functools import lru_cache

from corroborate.nlp import names
from corroborate.nlp.company_names import bare_firm_name
from corroborate.resolve import variants
from corroborate.resolve.name_types import two_names_joined
from corroborate.resolve.word_fits import contained_kind, fits_inside

__all__ = [
    "Node",
    "alike_holders",
    "alike_pairs",
    "blocking_keys",
    "by_likeness",
    "by_pairs",
    "components",
    "linked_holders",
    "linked_pairs",
    "opens_with_vowel",
    "word_block",
]

Node = tuple[str, str]  # (entity type, name)


def word_block(word: str) -> str:
    """A key two words share exactly when ``names.same_word`` says they are one name: short
    words only match themselves, longer ones their skeleton."""
    return word.lower() if len(word) < 3 else "~" + names.skeleton(word)


def opens_with_vowel(word: str) -> bool:
    """Whether a given name opens with a vowel and has a rest long enough to say which name
    it is ("Asmat": "smat"); transliterations write an opening vowel several ways."""
    return len(word) >= 4 and word[:1].lower() in "aeiou"


def blocking_keys(node: Node) -> list[tuple[str, bool]]:
    """``node``'s keys (see ``_keys``), a fresh list each call."""
    return list(_keys(node))


@lru_cache(maxsize=1 << 17)  # a pure function of the node, asked for twice per name and build
def _keys(node: Node) -> tuple[tuple[str, bool], ...]:
    """The keys by which a rule finds ``node`` as a candidate, or looks candidates up for it,
    each with whether the node *looks up* by it. Most rules compare names of one kind with each
    other (both ways); two only look up from one kind of name into an index of another: an
    acronym into the initials of organisations, a one-word organisation into the last words of
    longer ones. Names that are only indexed under such a key are never compared with each
    other: they are linked through it only when some name looks it up."""
    type_, name = node
    key = names.key(name)
    out = [
        (f"key:{key}", True),  # one type per name (by key), lookups by key
        (f"typed:{type_}:{key}", True),  # same name; owner's rest; ids of one key
    ]
    ws = names.words(name)
    if type_ == "person" and len(ws) >= 2:
        b = [word_block(w) for w in ws]
        out.append((f"ends:{b[0]}:{b[-1]}", True))  # middle name
        out.append((f"head:{b[0]}:{b[1]}", True))  # contained name, from either side
        out.append((f"tail:{b[-2]}:{b[-1]}", True))
        bare = names.after_honorifics(ws)
        if bare is not None:  # "Md Shahidul Islam Sarkar"
            out.append((f"head:{word_block(bare[0])}:{word_block(bare[1])}", True))
        # inner names: a longer name is indexed by (each inner word, its last word) and a
        # name looks up by its (first word, last word) ("Omar Sheikh" / "Ahmed Omar Saeed Sheikh")
        out.append((f"inner:{b[0]}:{b[-1]}", True))
        out += [(f"inner:{w}:{b[-1]}", False) for w in dict.fromkeys(b[1:-1])]
        if len(ws) == 2:
            # reversed order ("Mohammad Jan" / "Jan Muhammad"): the two words, either order
            out.append((f"reversed:{min(b)}:{max(b)}", True))
        if opens_with_vowel(ws[0]):
            # a given name's opening vowel written otherwise ("Asmat" / "Ismat Adamjee")
            out.append((f"opening:{word_block(ws[0][1:])}:{b[-1]}", True))
        # a declared nickname with the surname ("Pappu Singh" / "Pradeep Kumar Singh alias
        # Pappu"): the name's first word, looked up from the one-word nickname
        out.append((f"nick:{b[0]}", False))
        parts = variants.name_parts(name)
        if parts:
            first, rest = variants.variant_block(parts)
            out.append((f"variant:{first}:{rest}", True))  # alike by similarity
            # one name romanised otherwise ("Zubair Ali" / "Jubair Ali"): its skeletons
            out.append((f"romanised:{variants.romanised_key(parts)}", True))
    if type_ == "person" and len(ws) == 1:
        out.append((f"nick:{word_block(ws[0])}", True))  # a nickname, with a surname after
    if type_ == "organization":
        spelled = names.initials(name)
        if len(spelled) >= 2:
            out.append((f"initials:{spelled}", False))  # what an acronym may spell
        if names.is_acronym(name):
            out.append((f"initials:{name.upper()}", True))
        if len(ws) >= 2:
            out.append((f"headword:{word_block(ws[-1])}", False))  # "Coastal Guard"
        elif len(ws) == 1 and not names.is_acronym(name):
            out.append((f"headword:{word_block(ws[0])}", True))  # "the Guard"
    firm = bare_firm_name(name)
    if firm is not None:
        # "Sindhu Weaves (Pvt) Ltd" looks up "Sindhu Weaves", of whatever type NER gave it
        # (``firm_forms`` joins them)
        out.append((f"key:{names.key(firm)}", True))
    for mark in ("'s ", "’s "):
        if mark in name:
            out.append((f"typed:{type_}:{names.key(name.split(mark, 1)[1])}", True))  # owner
    if two_names_joined(name):
        # "A B-C D": dropped when both halves are people's names (``drop_joined_people``);
        # a name of another shape ("African-American", "AP-GfK Poll") never is, and no rule
        # reads its halves
        out += [(f"key:{names.key(half)}", True) for half in name.split("-")]
    return tuple(out)


def by_likeness(key: str) -> bool:
    """Whether ``key`` is a block whose holders a rule compares only where their names are
    alike (``variants``), never by holding it."""
    return key.startswith("variant:")


def by_pairs(key: str) -> bool:
    """Whether ``key`` is a block whose holders share a component only pair by pair, where a
    rule compares the two (``linked_pairs``): a ``by_likeness`` block, or a word rule's block
    of shorter and longer names (``word_fits.CONTAINED``)."""
    return by_likeness(key) or contained_kind(key) is not None


def linked_pairs(key: str, holders: Sequence[Node]) -> Iterator[tuple[Node, Node]]:
    """The pairs of ``holders`` (the names holding one ``by_pairs`` key) that a rule compares
    through it: alike (``alike_pairs``), or one fitting inside the other (``fits_inside``;
    names of as many words never do, so only pairs across word counts are asked)."""
    kind = contained_kind(key)
    if kind is None:
        yield from alike_pairs(holders)
        return
    by_count: dict[int, list[Node]] = {}
    for node in holders:
        by_count.setdefault(len(names.words(node[1])), []).append(node)
    counts = sorted(by_count)
    for i, shorter in enumerate(counts):
        for longer in counts[i + 1 :]:
            for a in by_count[shorter]:
                for b in by_count[longer]:
                    if fits_inside(kind, a[1], b[1]):
                        yield a, b


def linked_holders(key: str, asking: Iterable[str], holders: Sequence[Node]) -> set[Node]:
    """The ``holders`` of one ``by_pairs`` key that ``linked_pairs`` pairs with one of the
    names ``asking`` it (the pairs across the two only, not the holders' among themselves)."""
    kind = contained_kind(key)
    if kind is None:
        return alike_holders(asking, holders)
    asked = list(asking)
    return {h for h in holders if any(fits_inside(kind, a, h[1]) for a in asked)}


def alike_pairs(holders: Sequence[Node]) -> Iterator[tuple[Node, Node]]:
    """The pairs of ``holders`` (the names holding one ``by_likeness`` key) whose names are
    alike as the variant rule asks (``variants.alike_in_block``: a test of the two names
    alone, so a pair is alike whatever else the block holds)."""
    parts = [(n, p) for n in holders if (p := variants.name_parts(n[1])) is not None]
    if len(parts) < 2:
        return
    alike = variants.alike_in_block([p for _, p in parts])
    for (node, _), others in zip(parts, alike, strict=True):
        for j in others:
            yield node, parts[j][0]


def alike_holders(asking: Iterable[str], holders: Sequence[Node]) -> set[Node]:
    """The ``holders`` of one ``by_likeness`` key whose names are alike to one of the names
    ``asking`` it, as ``alike_pairs`` of the askers beside the holders pairs them: the pairs
    across the two only (``variants.alike_across``), not the holders' among themselves,
    which grow with the square of a block as the store grows."""
    asked = [p for name in asking if (p := variants.name_parts(name)) is not None]
    held = [(n, p) for n in holders if (p := variants.name_parts(n[1])) is not None]
    alike = variants.alike_across(asked, [p for _, p in held])
    return {held[j][0] for others in alike for j in others}


def components(
    nodes: Iterable[Node],
    joined: Iterable[tuple[Node, Node]] = (),
    keys_of: Callable[[Node], Sequence[tuple[str, bool]]] | None = None,
) -> list[list[Node]]:
    """The nodes in connected components: two share one when a rule may compare them through
    a blocking key (``keys_of``, by default ``blocking_keys``; a ``by_pairs`` key only
    where a rule compares its holders, ``linked_pairs``), or ``joined`` joins them (names a
    text declares one). Each component lists its nodes in sorted order; components come in
    the order of their first node."""
    # Union-find over the nodes' positions, not the nodes: a node is a tuple, whose hash is
    # computed again at every dict look-up, and an update asks this of every stored name.
    keys = _keys if keys_of is None else keys_of
    position: dict[Node, int] = {}
    parent: list[int] = []

    def at(n: Node) -> int:
        i = position.get(n)
        if i is None:
            i = position[n] = len(parent)
            parent.append(i)
        return i

    def find(i: int) -> int:
        while parent[i] != i:
            parent[i] = parent[parent[i]]
            i = parent[i]
        return i

    def union(a: int, b: int) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[rb] = ra

    held = [(at(node), keys(node)) for node in nodes]
    node_at = {i: node for node, i in position.items()}
    # Only a key some node looks up by joins the nodes that hold it: each to its first holder.
    looked_up = {k for _, ks in held for k, looks in ks if looks}
    first: dict[str, int] = {}
    blocks: dict[str, list[Node]] = {}
    for i, ks in held:
        for k, _ in ks:
            if by_pairs(k):
                blocks.setdefault(k, []).append(node_at[i])
            elif k in looked_up:
                j = first.setdefault(k, i)
                if j != i:
                    union(j, i)
    for k, holders in blocks.items():
        for a, b in linked_pairs(k, holders):
            union(position[a], position[b])
    for a, b in joined:
        union(at(a), at(b))
    out: dict[int, list[Node]] = {}
    for node in sorted(position):
        out.setdefault(find(position[node]), []).append(node)
    return list(out.values())
