"""The entities and the lookups from a name (in a document, or anywhere) to one: what every
reader of the resolution (ledger, audit, web) asks, "whom does this name stand for".

A lookup takes the whole name, then a known name inside it, then a short form of the
document; a spelling key too short to tell names apart is no evidence of one name.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from corroborate.nlp import names
from corroborate.records import Alias, Entity

__all__ = [
    "EntityIndex",
    "MIN_KEY_LETTERS",
    "PRONOUNS",
    "alias_ref",
]


# The fewest letters of a spelling key that a lookup takes as one name spelled another way.
MIN_KEY_LETTERS = 3
PRONOUNS = frozenset({"he", "she", "him", "her", "they", "them", "it", "who"})


class EntityIndex:
    """Entities and name lookups; built by ``resolve_entities``."""

    def __init__(self, entities: list[Entity], by_key: Mapping[str, str],
                 by_doc: Mapping[tuple[str, str], str],
                 by_name: Mapping[str, str] | None = None,
                 by_id: Mapping[str, Entity] | None = None) -> None:  # fmt: skip
        self.entities = entities
        # ``by_id`` and the maps may be views of the store (``ledger.update``), read on demand
        self.by_id: Mapping[str, Entity] = (
            by_id if by_id is not None else {e.id: e for e in entities}
        )
        self._by_key = by_key  # spelling key of any name -> entity id
        self._by_doc = by_doc  # (document id, lower-cased word or name) -> entity id
        # lower-cased name -> entity id: before the key, which two people can share
        self._by_name = by_name if by_name is not None else {}  # an empty map may be logged
        # Where an update records what a document reads (``ledger.index.recording_index``),
        # which names it asked an entity to have, noted apart (``alias_ref``): see
        # ``named_as``.
        self.alias_log: set[str] | None = None

    @property
    def by_key_map(self) -> Mapping[str, str]:
        return self._by_key

    @property
    def by_name_map(self) -> Mapping[str, str]:
        return self._by_name

    def lookup(self, name: str | None, document_id: str | None = None) -> Entity | None:
        """The entity a name stands for: whole name, then a known name inside it
        ("notorious gang-war leader Uzair Baloch"), then a short form in that document."""
        if not name:
            return None
        cleaned = names.clean(" ".join(names.strip_titles(name.split())))
        if not cleaned or cleaned.lower() in PRONOUNS:
            return None
        if document_id is not None:
            hit = self._by_doc.get((document_id, cleaned.lower()))
            if hit:
                return self.by_id[hit]
        # A phrase written with no capital letter is a common noun ("80 people", whose
        # spelling key is PayPal's ``ppl``): its key finds only a name it spells letter for
        # letter ("police" the Police), whole or part, never a variant
        spelled = self._spelled if not cleaned.islower() else self._spelled_as_written
        hit = self._by_name.get(cleaned.lower()) or spelled(cleaned)
        if hit:
            return self.by_id[hit]
        words = names.words(cleaned)
        # Longest run of words that is a known name (two words or more, or an acronym).
        for size in range(len(words) - 1, 0, -1):
            for i in range(len(words) - size + 1):
                part = " ".join(words[i : i + size])
                hit = spelled(part)
                if hit and (size >= 2 or self.by_id[hit].type != "person"):
                    return self.by_id[hit]
                if document_id is not None and size <= 2:
                    hit = self._by_doc.get((document_id, part))
                    if hit:
                        return self.by_id[hit]
        return None

    def named_as(self, entity: Entity, written: Collection[str], fold_case: bool = False) -> bool:
        """Whether the entity's name or one of its aliases' is one of ``written`` (in any
        capitals where ``fold_case``): stepping's only read of an entity's aliases
        (``ledger.link``, and a common noun's lookup here). Where the index records its
        reads, each name asked about is noted (``alias_ref``, with "e:" + id): the answer
        changes only where a name asked about comes or goes, so an entity that gains an
        alias steps again only the documents that asked about that name
        (``ledger.delta.entity_refs``), not every document that asked about the entity -
        at 5,000 court reports, 30 of the 60-70 stored reports some additions stepped again
        asked about other names and came out as stored."""
        if self.alias_log is not None:
            self.alias_log.add("e:" + entity.id)
            self.alias_log.update(alias_ref(entity.id, name) for name in written)
        names = [entity.name, *(a.name for a in entity.aliases)]
        if fold_case:
            wanted = {name.lower() for name in written}
            return any(n.lower() in wanted for n in names)
        return any(n in written for n in names)

    def _spelled(self, name: str) -> str | None:
        """The entity a name's spelling key finds. A key of fewer than three letters (a
        consonant skeleton: "they", "the" and "Thai" are all ``th``) is no evidence of one
        name spelled two ways, so such a name must be written as the entity's own."""
        spelling = names.key(name)
        if len(spelling.replace(" ", "")) < MIN_KEY_LETTERS:
            return self._by_name.get(name.lower())
        return self._by_key.get(spelling)

    def _spelled_as_written(self, name: str) -> str | None:
        """The entity a name's spelling key finds, if one of its names is this name in
        other capitals: a common noun is no spelling variant of a proper name."""
        hit = self._spelled(name)
        if hit is None:
            return None
        return hit if self.named_as(self.by_id[hit], (name,), fold_case=True) else None

    def find(self, name: str) -> list[Entity]:
        """Entities a user may mean by ``name`` (the ``corroborate entity`` command)."""
        exact = self.lookup(name)
        if exact is not None:
            return [exact]
        wanted = set(names.words(name))
        return [
            e for e in self.entities
            if wanted and any(wanted <= set(names.words(a.name)) for a in [Alias(e.name, ""),
                                                                            *e.aliases])
        ]  # fmt: skip


def alias_ref(entity_id: str, name: str) -> str:
    """The reference a document notes when it asks whether an entity is named ``name``
    (``EntityIndex.named_as``), in any capitals: "a:" + id + TAB + the name lower-cased.
    An update moves it where a name of the entity in those letters comes or goes."""
    return f"a:{entity_id}\t{name.lower()}"
