"""A declared nickname written with its holder's surname: "Pradeep Kumar Singh alias Pappu"
is "Pappu Singh" where a report gives the nickname the surname ("Pappu Singh was not found at
his house").

The nickname is no word of the full name, so no rule of likeness ever compares the two: only
the declaration says that "Pappu" is Pradeep Kumar Singh, and only his surname says which
"Pappu ..." is he. A brother ("Rinku Singh") shares the surname, not the nickname; a nickname
texts declare for different men (``declared.ambiguous_nicknames``) holds no one here; and two
names a report lists side by side stay apart.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from corroborate.nlp import names
from corroborate.resolve.blocking import Node, word_block
from corroborate.resolve.name_rules import join_the_one_fit
from corroborate.resolve.statistics import Declaration
from corroborate.resolve.union import NameUnion

__all__ = [
    "declared_nicknames",
    "join_nickname_surnames",
]

# How a mention declares a nickname (``Mention.alias_kind``; ``nlp.mentions.aliases``).
_ALIAS = "alias"


def declared_nicknames(
    declared: Iterable[tuple[Declaration, str]], shared: set[Node]
) -> list[tuple[Node, Node]]:
    """The (full name, one-word nickname) pairs the texts declare for a person of two words
    or more, but the nicknames ``shared`` by different men (``declared.ambiguous_nicknames``)."""
    return [(d.node, d.other) for d, _ in declared
            if d.kind == _ALIAS and d.node[0] == d.other[0] == "person" and d.other not in shared
            and len(names.words(d.node[1])) >= 2 and len(names.words(d.other[1])) == 1]  # fmt: skip


def join_nickname_surnames(uf: NameUnion, nodes: list[Node], first_doc: dict[Node, str],
                           nicknames: list[tuple[Node, Node]]) -> None:  # fmt: skip
    """ "Pappu Singh" is "Pradeep Kumar Singh" declared "alias Pappu": a person's name whose
    first word is a declared nickname and whose other words end the full name declaring it,
    when the nickname is no word of that name and it fits exactly one man, and no report
    lists the two side by side. Key: ``nick:`` (the nickname's word, looked up from the
    one-word name, ``blocking``)."""
    here = set(nodes)
    holders: dict[str, list[tuple[Node, list[str]]]] = defaultdict(list)
    for full, nick in nicknames:
        fw = names.words(full[1])
        if full in here and nick in here and not any(names.same_word(nick[1], w) for w in fw):
            holders[word_block(nick[1])].append((full, fw))
    if not holders:
        return
    for node in nodes:
        ws = names.words(node[1])
        if node[0] != "person" or len(ws) < 2 or uf.edges.get(node):
            continue  # a name already joined is someone's already
        rest = ws[1:]
        fits = [full for full, fw in holders.get(word_block(ws[0]), [])
                if len(fw) > len(rest) and _tail(rest, fw)]  # fmt: skip
        join_the_one_fit(uf, node, fits, "a declared nickname with the surname", first_doc)


def _tail(rest: list[str], full: list[str]) -> bool:
    """Whether ``rest`` ends ``full`` word by word ("Singh" ends "Pradeep Kumar Singh")."""
    return all(names.same_word(a, b) for a, b in zip(rest, full[-len(rest) :], strict=True))
