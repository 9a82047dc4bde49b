"""A document's own lookups (``parts.document_lookups``) whose reads note the names they
depend on: a record refers to a name's entity (``m:``) only where its stepping read it.

``record_document`` makes a document's lookups from the entity of every name it writes, but
its steps ask few of them: a name the report writes that no step looks up ("GEL", a currency
NER typed an organisation, in thirty copies of three wine-fraud reports) decides nothing in its
record. Noting every written name's entity as read made each of those reports a reader of it,
stepped again by every addition that moved the name's entity, to come out as stored. Here a
lookup notes, when it is asked, the ``m:`` reference of each name that can decide it
(``parts.lookup_nodes``: the first of them with an entity wins, so any of them may change the
answer, asked or missed); the lookups are the same values as ``document_lookups`` gives.
Every other read of a name's entity while stepping (``parts.document_part``: the people it
names, its short forms and acronyms) is noted where it is made (``build.record_document``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Mapping
from typing import Any

from corroborate.ledger.index import node_ref
from corroborate.records import Mention
from corroborate.resolve import parts
from corroborate.resolve.blocking import Node

__all__ = ["NotedLookups", "noted_lookups"]

Key = tuple[str, str]


class NotedLookups(Mapping[Key, str]):
    """``document_lookups``' map; each read of a key adds the ``m:`` references of the names
    that decide it to ``log``."""

    def __init__(self, values: dict[Key, str], deciders: dict[Key, list[Node]], log: set[str]):
        self._values, self._deciders, self._log = values, deciders, log
        # Each key noted once: stepping asks the same few names hundreds of times.
        self._noted: set[Key] = set()

    def _note(self, key: Key) -> None:
        if key not in self._noted:
            self._noted.add(key)
            self._log.update("m:" + node_ref(n) for n in self._deciders.get(key, ()))

    def __getitem__(self, key: Key) -> str:
        self._note(key)
        return self._values[key]

    def get(self, key: Key, default: Any = None) -> Any:
        self._note(key)
        return self._values.get(key, default)

    def __iter__(self) -> Iterator[Key]:
        # Reading every key reads every name's entity (nothing steps so; a build that did
        # would still be exact).
        for key in self._values:
            self._note(key)
        return iter(self._values)

    def __len__(self) -> int:
        return len(self._values)


def noted_lookups(
    document_id: str,
    mentions: list[Mention],
    short: list[tuple[str, Node]],
    acronyms: list[tuple[str, Node]],
    node_entity: Callable[[Node], str | None],
    log: set[str],
) -> NotedLookups:
    """The document's own lookups (``parts.document_lookups``, from ``node_entity`` read
    without noting), noting in ``log`` what each read depends on."""
    values = parts.document_lookups(document_id, mentions, short, acronyms, node_entity)
    return NotedLookups(values, parts.lookup_nodes(document_id, mentions, short, acronyms), log)
