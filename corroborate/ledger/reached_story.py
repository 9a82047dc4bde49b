"""Whether the story company of reversed and opening-vowel names could differ from the
stored one when new documents are added (``ledger.reached``): a person few reports name who
became common, or the reverse, where a story is weighed (``story_crossed``)."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable, Mapping

from corroborate.ledger.index import (
    node_ref,
    parse_node,
)
from corroborate.ledger.reached_join import Unreached
from corroborate.nlp import names
from corroborate.resolve.blocking import Node, opens_with_vowel, word_block
from corroborate.resolve.lone import RARE_COMPANY
from corroborate.resolve.statistics import NameStatistics
from corroborate.resolve.union import NameUnion
from corroborate.store import Store

__all__ = ["reached_people", "story_crossed"]


def story_crossed(
    store: Store,
    uf: NameUnion,
    stats: NameStatistics,
    dirty: set[str],
    names_before: Mapping[str, tuple[str, str]],
    spelled: set[str],
    people: Mapping[str, list[Node]] | None = None,
) -> Unreached | None:
    """Why the story company could differ from the stored one (a person few reports name
    became common or the reverse, where a story is weighed), else None. Reads only the
    reached names as typed (``uf.parent``), not their groups: asked before the rules join
    them, so that a fall-back does not pay for the join first. ``people``:
    ``reached_people(uf, stats)``, when the caller has made it."""
    people = reached_people(uf, stats) if people is None else people
    # Each reached full name's spelling key, found once (every report's list names them).
    key_of = _full_name_keys(uf.parent)
    # The story company counts reports per spelling key of full names: a key whose count
    # crosses ``RARE_COMPANY`` changes which reports share a rare person, in any component;
    # so does a stored full name that becomes or stops being a person. A name of one word
    # is in neither count, whatever its type (a one-word stored person, "Obama", taken for
    # a full name that stopped being one sent every report naming him to a full resolution).
    persons_before = {k[5:] for k in names_before if k.startswith("node:person\t")}
    # People more than ``RARE_COMPANY`` stored reports name, summed (``stats.summed``): no
    # report's list below names them, and their keys' counts are above it before and after.
    summed_people = {n for n in stats.summed if n[0] == "person"}
    stored_people: set[Node] | None = None  # the people stored reports name, made if asked
    for n in key_of:
        full_person = n[0] == "person"
        was = node_ref(n) in persons_before
        if full_person != was:
            if stored_people is None:
                stored_people = {m for d, ns in people.items() if d not in dirty for m in ns}
                stored_people |= summed_people
            if was or n in stored_people:
                return "a person few reports name became common"
    now: Counter[str] = Counter()
    before: Counter[str] = Counter()
    for d, ns in people.items():
        keys = {key_of[n] for n in ns if n in key_of}
        now.update(keys)
        if d not in dirty:
            before.update(keys)
    common = {key_of[n] for n in summed_people if n in key_of}
    flipped = {k for k in now if k not in common
               and (now[k] <= RARE_COMPANY) != (before[k] <= RARE_COMPANY)}  # fmt: skip
    if flipped and _story_exposed(store, flipped, people, spelled):
        return "a person few reports name became common"
    return None


def _full_name_keys(nodes: Iterable[Node]) -> dict[Node, str]:
    """The spelling key of each of ``nodes`` written in full (two words or more)."""
    return {n: names.key(n[1]) for n in nodes if len(names.words(n[1])) >= 2}


def reached_people(uf: NameUnion, stats: NameStatistics) -> dict[str, list[Node]]:
    """Every report naming a reached name, with the reached people it names."""
    return {d.id: [n for n in d.named_people() if n in uf.parent] for d in stats.documents}


def _story_exposed(store: Store, flipped: set[str], people: Mapping[str, list[Node]],
                   spelled: set[str]) -> bool:  # fmt: skip
    """Whether a report naming a person whose count crossed ``RARE_COMPANY`` (``flipped``
    spelling keys) also names a reversed or opening-vowel name of another component: only
    those rules read the story company (``StoryCompany.shared``), and only between names
    that share their blocking key (a reached component's are weighed again, which sends the
    update to a full resolution)."""
    crossed = {
        d for d, ns in people.items()
        if any(names.key(n[1]) in flipped for n in ns if len(names.words(n[1])) >= 2)
    }  # fmt: skip
    holders: dict[str, set[str]] = defaultdict(set)
    for key, _, ref, _ in store.index_keys_like(("reversed:%", "opening:%")):
        holders[key].add(ref)
    weighed = {ref for key, refs in holders.items() if _holds_a_pair_to_weigh(key, refs)
               for ref in refs if names.key(parse_node(ref)[1]) not in spelled}  # fmt: skip
    readers = {r[0] for r in store.index_rows_where("index_mentioned", "node", weighed) if r[3] > 0}
    return bool(crossed & readers)


def _holds_a_pair_to_weigh(key: str, refs: set[str]) -> bool:
    """Whether the names holding one ``reversed:`` or ``opening:`` key include two that
    ``join_reversed`` or ``join_opening_vowels`` would ask the story company about: a
    superset of the rules' own conditions on the two names' words, whatever their types
    (a name may take the person type at the join, ``one_type_per_name``). A key is held by
    a name under every type its spelling has and by its case variants ("Hillary Clinton",
    "HIllary Clinton"; "Barack Obama" as a person and as an organization): those write the
    same words in the same order, and no rule weighs a story between them."""
    spelled = {tuple(names.words(parse_node(r)[1])) for r in refs}
    if key.startswith("reversed:"):
        # ``join_reversed``: two two-word names, one's word blocks the other's reversed (a
        # name whose two words share a block is never weighed: they are one word twice)
        orders = {(word_block(ws[0]), word_block(ws[1])) for ws in spelled if len(ws) == 2}
        return any(a != b and (b, a) in orders for a, b in orders)
    # ``join_opening_vowels``: as many words, both given names opening with a vowel, not
    # the same one
    openings: dict[int, set[str]] = defaultdict(set)
    for ws in spelled:
        if len(ws) >= 2 and opens_with_vowel(ws[0]):
            openings[len(ws)].add(ws[0][:1])
    return any(len(letters) >= 2 for letters in openings.values())
