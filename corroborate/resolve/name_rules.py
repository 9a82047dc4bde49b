"""The rules that join names by their words: the same name spelled otherwise, a middle name
given in one, a name that begins or ends a longer one, words of a longer name in order, a
spelling variant (``variants``).

Each joins only when the shorter or likened name fits exactly one other and no article tells
the two apart (``apart``): the likeness of words is evidence of one person only when nothing
else could be meant.
"""

from __future__ import annotations

from collections import defaultdict

from corroborate.nlp import names
from corroborate.resolve import variants
from corroborate.resolve.blocking import word_block
from corroborate.resolve.union import NameUnion
from corroborate.resolve.word_fits import affix, opens_after_honorifics, subsequence

__all__ = [
    "join_contained_names",
    "join_inner_names",
    "join_middle_names",
    "join_same_names",
    "join_the_one_fit",
    "join_variants",
]


def join_same_names(uf: NameUnion, nodes: list[tuple[str, str]],
                     first_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
    """Names equal up to spelling. Key: ``typed:`` (type and ``names.key``)."""
    by_key: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    for node in nodes:
        by_key[(node[0], names.key(node[1]))].append(node)
    for group in by_key.values():
        for other in group[1:]:
            if uf.apart(group[0], other, ("list:",)):  # "Budha Singh, Budhi Singh"
                continue
            if _letters_not_spelling(group[0][1], other[1]):
                continue
            uf.join(group[0], other, "same name, spelled differently", first_doc.get(other))


def _letters_not_spelling(a: str, b: str) -> bool:
    """An acronym is a spelling of a name in small letters only letter for letter ("DHAKA" /
    "Dhaka"): the key, made for vowels that transliterations drop, says nothing of "MM" and
    "Miami" (capitals with capitals, "ATC" / "ATC-III", are left to the key)."""
    if names.is_acronym(a) == names.is_acronym(b) or (a.isupper() and b.isupper()):
        return False
    return a.lower() != b.lower()


def join_middle_names(uf: NameUnion, nodes: list[tuple[str, str]],
                       first_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
    """ "Uzair Baloch" is "Uzair Jan Baloch" when it fits one longer name only. Key:
    ``ends:`` (first and last word)."""
    people = [n for n in nodes if n[0] == "person" and len(names.words(n[1])) >= 2]
    # Candidates share the first and the last word: indexed by that pair, in node order.
    by_ends: dict[tuple[str, str], list[tuple[tuple[str, str], list[str]]]] = defaultdict(list)
    for node in people:
        ws = names.words(node[1])
        by_ends[(word_block(ws[0]), word_block(ws[-1]))].append((node, ws))
    for short in people:
        sw = names.words(short[1])
        longer = [
            long_
            for long_, lw in by_ends[(word_block(sw[0]), word_block(sw[-1]))]
            if len(lw) > len(sw) and subsequence(sw, lw)
        ]
        roots = {uf.find(n) for n in longer}
        if len(roots) == 1 and not uf.apart(short, longer[0], ("list:",)):
            # one candidate only: "Uzair Baloch" could be no one else
            target = longer[0]
            uf.join(short, target, "same first and last name (middle name given in one)",
                    first_doc.get(target))  # fmt: skip


def join_contained_names(uf: NameUnion, nodes: list[tuple[str, str]],
                          first_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
    """ "Salman Saqib" is "Syed Salman Saqib", "Amjad Hussain" is "Amjad Hussain Khan": a
    name of two words or more that begins or ends a longer name - its honorifics aside
    ("Shahidul Islam" begins "Md Shahidul Islam Sarkar") - when it fits exactly one and no
    article writes both out in full or lists them together. Keys: ``head:`` and ``tail:``
    (the two first and the two last words, and the two first after the honorifics)."""
    people = [n for n in nodes if n[0] == "person" and len(names.words(n[1])) >= 3]
    # Candidates share the two first or the two last words: indexed by either pair.
    by_pair: dict[tuple[str, str, str], list[tuple[tuple[str, str], list[str]]]] = defaultdict(list)
    for node in people:
        ws = names.words(node[1])
        by_pair[("head", word_block(ws[0]), word_block(ws[1]))].append((node, ws))
        by_pair[("tail", word_block(ws[-2]), word_block(ws[-1]))].append((node, ws))
        # "Shahidul Islam" is "Md Shahidul Islam Sarkar": a report that drops the surname
        # drops the honorific before the name too, so the name is also indexed by the two
        # words after its honorifics, as a head of the name they open
        bare = names.after_honorifics(ws)
        if bare is not None:
            by_pair[("head", word_block(bare[0]), word_block(bare[1]))].append((node, bare))
    for short in (n for n in nodes if n[0] == "person" and len(names.words(n[1])) >= 2):
        sw = names.words(short[1])
        longer = [
            long_
            for end, pair in (("head", sw[:2]), ("tail", sw[-2:]))
            for long_, lw in by_pair[(end, word_block(pair[0]), word_block(pair[1]))]
            if len(lw) > len(sw) and affix(sw, lw, end)
        ]
        roots = {uf.find(n) for n in longer}
        # An article writing "Nawab Siraj Talpur" and "Siraj Talpur" names one person: an
        # honorific before a name is no sign of a second one (but two names listed are).
        # So does "Md Shahidul Islam Sarkar" and then "Shahidul Islam": a relative may share
        # the surname, not the given names with the surname and the honorific dropped.
        one_by_honorific = len(roots) == 1 and (
            _honorific_head(sw, longer[0]) or opens_after_honorifics(sw, names.words(longer[0][1]))
        )
        kinds = ("list:",) if one_by_honorific else ("list:", "doc:")
        join_the_one_fit(uf, short, longer, "a longer name that begins or ends with it",
                         first_doc, kinds)  # fmt: skip


def _honorific_head(short: list[str], long_: tuple[str, str]) -> bool:
    """Whether the longer name is the shorter one with honorifics before it ("Nawab")."""
    lw = names.words(long_[1])
    extra = lw[: len(lw) - len(short)]
    return bool(extra) and affix(short, lw, "tail") and all(
        w in names.HONORIFICS for w in extra)  # fmt: skip


def join_inner_names(uf: NameUnion, nodes: list[tuple[str, str]],
                      first_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
    """ "Omar Sheikh" is "Ahmed Omar Saeed Sheikh": a name of two words or more whose words
    are, in order, words of exactly one longer person name that begins with another word and
    of which it is not the tail ("Zakir Jaffer" ends his son's name "Zahir Zakir Jaffer":
    that is the contained-name rule's question, which one article naming both refuses).
    Blocking key: (a word of the longer name after its first, its last word), looked up by
    the shorter name's (first word, last word)."""
    people = [n for n in nodes if n[0] == "person" and len(names.words(n[1])) >= 3]
    by_inner: dict[tuple[str, str], list[tuple[tuple[str, str], list[str]]]] = defaultdict(list)
    for node in people:
        ws = names.words(node[1])
        for w in dict.fromkeys(word_block(w) for w in ws[1:-1]):
            by_inner[(w, word_block(ws[-1]))].append((node, ws))
    for short in (n for n in nodes if n[0] == "person" and len(names.words(n[1])) >= 2):
        sw = names.words(short[1])
        longer = [
            long_
            for long_, lw in by_inner[(word_block(sw[0]), word_block(sw[-1]))]
            if len(lw) > len(sw)
            and not names.same_word(sw[0], lw[0])
            and subsequence(sw, lw[1:])
            and not affix(sw, lw, "tail")
        ]
        join_the_one_fit(uf, short, longer, "words of a longer name, in order", first_doc)


def join_variants(uf: NameUnion, nodes: list[tuple[str, str]],
                   first_doc: dict[tuple[str, str], str]) -> None:  # fmt: skip
    """ "Hamad Ali" is "Hammad Ali", "Zubair Ali" is "Jubair Ali" (``variants``) when that is
    the only person it is that like, and no article names or lists the two side by side.
    Keys: ``variant:`` (names alike by similarity share the first letters) and
    ``romanised:`` (names romanised otherwise share the words' skeletons)."""
    parts = {n: p for n in nodes if n[0] == "person" and (p := variants.name_parts(n[1]))}
    by_block: dict[tuple[str, str], list[tuple[str, str]]] = defaultdict(list)
    by_romanised: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for node, p in parts.items():
        by_block[variants.variant_block(p)].append(node)
        by_romanised[variants.romanised_key(p)].append(node)
    like: dict[tuple[str, str], set[tuple[str, str]]] = {}
    for members in by_block.values():
        for node, others in zip(members, variants.alike_in_block([parts[m] for m in members]),
                                strict=True):  # fmt: skip
            like[node] = {members[i] for i in others}
    for members in by_romanised.values():
        for node in members:
            like[node].update(m for m in members if m != node)
    order = {node: i for i, node in enumerate(parts)}
    for node in parts:
        alike = sorted(
            (other for other in like[node] if uf.find(other) != uf.find(node)),
            key=order.__getitem__,
        )  # in node order, whichever key found them
        if len({uf.find(o) for o in alike}) == 1 and not uf.apart(node, alike[0],
                                                                  ("list:", "doc:")):  # fmt: skip
            uf.join(node, alike[0], "the same name in another spelling", first_doc.get(alike[0]))


def join_the_one_fit(
    uf: NameUnion,
    node: tuple[str, str],
    fits: list[tuple[str, str]],
    reason: str,
    first_doc: dict[tuple[str, str], str],
    kinds: tuple[str, ...] = ("list:",),
) -> None:
    """Join ``node`` to the names a rule found it fits (``fits``) when they are one
    person already and not ``node``'s: one candidate only ("Uzair Baloch" could be no one
    else), and nothing of ``kinds`` keeps the two apart (two names listed side by side)."""
    roots = {uf.find(n) for n in fits}
    if len(roots) == 1 and uf.find(node) not in roots and not uf.apart(node, fits[0], kinds):
        uf.join(node, fits[0], reason, first_doc.get(fits[0]))
