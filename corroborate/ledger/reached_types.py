"""Whether the new reports moved the type of a one-word name the store holds.

NER types one name a person here and an organisation there, and resolution gives every name
one type (``resolve.name_types.one_type_per_name``: the type a text declares it as, else its
most frequent, capitals counting only for names never written otherwise). New reports can
move that type: a lone surname a stored report wrote, decided then as a short form of a full
name, is an organisation's name now, or an organisation's one-word name a person's. The
stored reports' lone names were decided under the old type, and the scoped update decides
again only where names were regrouped - so when a one-word name's type moves, the update
resolves every stored document instead (the exact fallback). A name the minority types
otherwise is folded into the majority's type at every resolution: no move; nor is a move between
organisation and place, which no lone name's decision reads.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from corroborate.nlp import names
from corroborate.resolve.name_types import key_types, most_used_type
from corroborate.resolve.statistics import DocumentNames, NameStatistics

__all__ = ["one_word_type_moved"]


def one_word_type_moved(stats: NameStatistics, dirty: set[str]) -> bool:
    """Whether a one-word name the ``dirty`` (new) reports name or declare is a person over
    the stored reports of the reached names and not over all of them, or the other way."""
    new = [d for d in stats.documents if d.id in dirty]
    keys = {names.key(n[1]) for d in new for n in _nodes(d) if len(names.words(n[1])) == 1}
    if not keys:
        return False
    stored = [d for d in stats.documents if d.id not in dirty]
    before = _types(stored, keys)
    after = _types(stats.documents, keys)
    # Only a move to or from a person decides lone names otherwise (an organisation that
    # becomes a place regroups nothing a lone name's decision reads)
    return any(
        key in before and before[key] != after.get(key) and "person" in (before[key], after[key])
        for key in keys
    )


def _nodes(d: DocumentNames) -> Iterable[tuple[str, str]]:
    yield from d.counts
    for declaration in d.declared:
        yield declaration.node
        yield declaration.other


def _types(documents: Iterable[DocumentNames], keys: set[str]) -> dict[str, str]:
    """The type each of ``keys`` gets from ``documents``, as ``one_type_per_name`` gives it
    to a name not joined to anything."""
    running: dict[str, Counter[str]] = defaultdict(Counter)
    capitals: dict[str, Counter[str]] = defaultdict(Counter)
    declared: dict[str, set[str]] = defaultdict(set)
    for d in documents:
        for (type_, name), n in d.counts.items():
            key = names.key(name)
            if key in keys:
                (capitals if name.isupper() else running)[key][type_] += n
        for declaration in d.declared:
            for type_, name in (declaration.node, declaration.other):
                if names.key(name) in keys and not names.is_acronym(name):
                    declared[names.key(name)].add(type_)
    return {
        key: most_used_type(types)
        for key, types in key_types(running, capitals, declared).items()
        if types
    }
