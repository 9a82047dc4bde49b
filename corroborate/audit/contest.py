"""Contesting statements: a group's own complaint that the enforcement is unequal.

An attribution contests the operation for a group when its source is the group ("The MQM
... called it 'unfair' and 'discriminatory'"; "the party" standing for the organisation
last named before it that is not an agency) or a person the reports affiliate with it (its
spokesman), and its content complains of unequal treatment (discrimination, unfairness,
being targeted, singled out, victimised), not negated ("without any discrimination"): the
mark ingest put on it (``complaints``, ``Attribution.complaint``), not the text read again.

Everything here is read from stored records: what a text says of a source was read at ingest
(``speakers``: the name the source stands for, the organisation a title before a person
writes; ``nlp.facts``: the sentences that quote the statement), and the audit only looks
those names up in the entity index, across documents.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from corroborate.ledger.build import AnalysedDocument
from corroborate.records import Attribution, Entity
from corroborate.resolve.entity_index import EntityIndex

__all__ = ["Contest", "contesting_statements"]

_CONTESTING_KINDS = frozenset({"allegation", "statement", "denial", "opinion"})


@dataclass(frozen=True)
class Contest:
    """A group's complaint about the operation, quoted: ``quote == text[start:end]``."""

    source: str
    document_id: str
    date: str | None
    quote: str
    start: int
    end: int

    def to_json(self) -> dict[str, Any]:
        return {
            "source": self.source,
            "document_id": self.document_id,
            "date": self.date,
            "quote": self.quote,
            "start": self.start,
            "end": self.end,
        }


def contesting_statements(
    documents: Sequence[AnalysedDocument], index: EntityIndex, groups: set[str]
) -> dict[str, list[Contest]]:
    """Complaints by each group in ``groups`` (entity ids), keyed by entity id."""
    out: dict[str, list[Contest]] = defaultdict(list)
    lookup = _Lookups(index)
    for d in documents:
        text = d.document.text
        for a in d.attributions:
            # Without facts ingest did not read the attribution with its document's mentions
            # (``extract`` alone): no sentences to quote, no speaker; it is left out, as the
            # ledger leaves it out, rather than read from the text here.
            if a.kind not in _CONTESTING_KINDS or not a.complaint or a.facts is None:
                continue
            group = _speaks_for(d, a, lookup, groups)
            if group is None:
                continue
            start, end = a.facts.quote
            contest = Contest(
                source=a.source_name or "",
                document_id=d.document.id,
                date=d.document.published,
                quote=text[start:end],
                start=start,
                end=end,
            )
            if contest not in out[group]:
                out[group].append(contest)
    return {k: sorted(v, key=lambda c: (c.date or "", c.document_id, c.start))
            for k, v in out.items()}  # fmt: skip


class _Lookups:
    """``index.lookup``, each (name, document) once: a document names its people many times,
    and every complaint in it asks after them all."""

    def __init__(self, index: EntityIndex) -> None:
        self._index = index
        self._found: dict[tuple[str | None, str], Entity | None] = {}

    def __call__(self, name: str | None, document_id: str) -> Entity | None:
        key = (name, document_id)
        if key not in self._found:
            self._found[key] = self._index.lookup(name, document_id)
        return self._found[key]


def _speaks_for(
    d: AnalysedDocument, a: Attribution, lookup: _Lookups, groups: set[str]
) -> str | None:
    entity = lookup(a.speaker, d.document.id) if a.speaker else None
    if entity is None:
        return None
    if entity.id in groups:
        return entity.id
    # The affiliation this report states ("PRP information secretary X") before any other.
    for m in d.mentions:
        if m.type != "person" or lookup(m.name, d.document.id) is not entity:
            continue
        for written in (m.organization, m.title_organization):
            org = lookup(written, d.document.id) if written else None
            if org is not None and org.id in groups:
                return org.id
    return _affiliated(entity, groups)


def _affiliated(entity: Entity, groups: set[str]) -> str | None:
    """The group a person speaks for: their latest affiliation among the audited groups."""
    for affiliation in reversed(entity.affiliations):
        if affiliation.organization in groups:
            return affiliation.organization
    return None
