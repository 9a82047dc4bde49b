"""Names joined only inside one story: a two-word name in the other order ("Mohammad Jan" /
"Jan Muhammad") and a name with another opening vowel ("Asmat" / "Ismat Adamjee").

"Ali Hassan" and "Hassan Ali" are often two people, "Aslam" and "Islam" two names, so the
likeness of names alone never joins them: the reports using them must share another person
few reports name (``StoryCompany``, ``RARE_COMPANY``).
"""

from __future__ import annotations

from collections import Counter, defaultdict

from corroborate.nlp import names
from corroborate.resolve import blocking, variants
from corroborate.resolve.blocking import word_block
from corroborate.resolve.lone import RARE_COMPANY
from corroborate.resolve.statistics import DocumentNames
from corroborate.resolve.union import NameUnion

__all__ = [
    "StoryCompany",
    "join_opening_vowels",
    "join_reversed",
]


class StoryCompany:
    """Which reports name which full names, read before any join (so the same for a
    component resolved alone as for all names at once): two names belong to one story when
    reports that use them share another person few reports name (``RARE_COMPANY``)."""

    def __init__(self, uf: NameUnion, docs: list[DocumentNames]) -> None:
        self.docs: dict[tuple[str, str], set[str]] = defaultdict(set)  # node -> reports
        keys: dict[str, set[str]] = defaultdict(set)  # report -> keys of its full names
        for doc in docs:
            for node in doc.named_people():
                if node in uf.parent:
                    self.docs[node].add(doc.id)
                    if len(names.words(node[1])) >= 2:
                        keys[doc.id].add(names.key(node[1]))
        named_in = Counter(k for ks in keys.values() for k in ks)
        self.rare = {d: {k for k in ks if named_in[k] <= RARE_COMPANY} for d, ks in keys.items()}

    def shared(self, a: tuple[str, str], b: tuple[str, str]) -> bool:
        """Whether two reports, one naming ``a`` and another ``b``, share a rare person
        other than these two."""
        own = {names.key(a[1]), names.key(b[1])}
        return any(da != db and (self.rare.get(da, set()) & self.rare.get(db, set())) - own
                   for da in self.docs.get(a, ()) for db in self.docs.get(b, ()))  # fmt: skip


def join_reversed(uf: NameUnion, nodes: list[tuple[str, str]],
                   first_doc: dict[tuple[str, str], str],
                   company: StoryCompany) -> None:  # fmt: skip
    """ "Mohammad Jan" is "Jan Muhammad": a two-word name written in the other order, when
    it is the only such name, no article lists the two side by side, and the reports using
    them tell one story (``StoryCompany``). Key: ``reversed:`` (the two words' blocks)."""
    two = [n for n in nodes if n[0] == "person" and len(names.words(n[1])) == 2]
    by_order: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for node in two:
        ws = names.words(node[1])
        by_order[(word_block(ws[0]), word_block(ws[1]))].append(node)
    for node in two:
        ws = names.words(node[1])
        if names.same_word(ws[0], ws[1]):
            continue
        # the block is a skeleton ("Ryan" / "Ron"): each word must also be alike as spelled
        others = [
            o
            for o in by_order[(word_block(ws[1]), word_block(ws[0]))]
            if all(
                variants.words_alike(a, b) for a, b in zip(ws[::-1], names.words(o[1]), strict=True)
            )
        ]
        roots = {uf.find(o) for o in others}
        if len(roots) != 1 or uf.find(node) in roots or uf.apart(node, others[0], ("list:",)):
            continue
        if any(company.shared(node, o) for o in others):
            uf.join(node, others[0], "the same two words in the other order, in one story",
                    first_doc.get(others[0]))  # fmt: skip


def join_opening_vowels(uf: NameUnion, nodes: list[tuple[str, str]],
                         first_doc: dict[tuple[str, str], str],
                         company: StoryCompany) -> None:  # fmt: skip
    """ "Asmat Adamjee" is "Ismat Adamjee": the same name but for the vowel that opens the
    given name, which transliterations write several ways. "Aslam" and "Islam" are also two
    names, so the likeness alone never joins them: only when it is the only such name, no
    article names or lists the two side by side, and reports using them tell one story
    (``StoryCompany``), as for reversed names. Key: ``opening:`` (the given name's rest,
    the last word)."""
    people = [n for n in nodes if n[0] == "person" and len(names.words(n[1])) >= 2]
    by_opening: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for node in people:
        ws = names.words(node[1])
        if blocking.opens_with_vowel(ws[0]):
            by_opening[(word_block(ws[0][1:]), word_block(ws[-1]))].append(node)
    for node in people:
        ws = names.words(node[1])
        if not blocking.opens_with_vowel(ws[0]):
            continue
        others = [
            o for o in by_opening[(word_block(ws[0][1:]), word_block(ws[-1]))]
            if (ow := names.words(o[1]))[0][:1].lower() != ws[0][:1].lower()
            and names.same_word(ow[0][1:], ws[0][1:]) and len(ow) == len(ws)
            and all(names.same_word(a, b) for a, b in zip(ow[1:], ws[1:], strict=True))
        ]  # fmt: skip
        roots = {uf.find(o) for o in others}
        if len(roots) != 1 or uf.find(node) in roots:
            continue
        if uf.apart(node, others[0], ("list:", "doc:")):
            continue
        if any(company.shared(node, o) for o in others):
            uf.join(node, others[0], "the same name with another opening vowel, in one story",
                    first_doc.get(others[0]))  # fmt: skip
