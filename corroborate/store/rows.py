"""Documents, attributions and mentions as rows, and what the store adds to the records.

``StoredDocument`` and ``StoredAttribution`` wrap the records of ``corroborate.records`` with the
ids and bookkeeping the store adds. Lists and nested records are stored as JSON text; what
people browse and filter on gets a plain column of its own.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from functools import lru_cache
from typing import Any, cast

from corroborate.records import (
    Attribution,
    AttributionFacts,
    Claim,
    Document,
    EnforcementFigure,
    Kind,
    Measure,
    Mention,
    Quantity,
    Range,
    Setting,
)


@dataclass(frozen=True)
class StoredDocument:
    """A document as stored: the record (``line`` included, as first read) and bookkeeping."""

    document: Document
    content_hash: str
    ingested_at: str  # ISO 8601 UTC, when this content was stored


@dataclass(frozen=True)
class StoredAttribution:
    """An attribution with its stable id and its document's id."""

    id: str
    document_id: str
    attribution: Attribution


def content_hash(document: Document, extractor: str = "") -> str:
    """SHA-256 of what a document says (its text and metadata, not where it was read from)
    and of what extracted it (``extract.extractor_id``, when given).

    Moving a file or reordering a JSONL file changes nothing; editing a title or the text
    does, and so does a new version of corroborate, its spaCy pipeline or its model.
    """
    fields = [document.text, document.url, document.outlet, document.published, document.title]
    if extractor:
        fields.append(extractor)
    return hashlib.sha256(json.dumps(fields, ensure_ascii=False).encode("utf-8")).hexdigest()


def attribution_ids(document_id: str, attributions: list[Attribution]) -> list[str]:
    """Stable ids: a hash of the document id and the attribution's offsets.

    The same extraction gives the same ids in any database, on any machine. Two attributions
    with identical offsets (which the extractor should not produce) get distinct ids by their
    order of appearance, so neither is lost.
    """
    ids: list[str] = []
    seen: set[str] = set()
    for attribution in attributions:
        key: list[Any] = [document_id, _ranges(attribution.source), _ranges(attribution.cue)]
        key.append(_ranges(attribution.content))
        repeat = 0
        while True:
            digest = _digest(key + ([repeat] if repeat else []))
            if digest not in seen:
                break
            repeat += 1
        seen.add(digest)
        ids.append(digest)
    return ids


def _digest(value: Any) -> str:
    data = json.dumps(value, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
    return hashlib.sha256(data).hexdigest()[:24]


def unstorable(text: str | None) -> str | None:
    """Why ``text`` cannot be stored identically in both backends, or None when it can.

    PostgreSQL's TEXT cannot hold NUL, and no UTF-8 database can hold a lone surrogate (which a
    JSON ``\\ud800`` escape decodes to); storing either differently per backend would break the
    promise that both read back the same.
    """
    if text is None:
        return None
    if "\0" in text:
        return "contains a NUL character (\\u0000), which databases cannot store"
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as err:
        return f"contains a lone surrogate (\\u{ord(text[err.start]):04x}), which is not text"
    return None


def unstorable_field(document: Document) -> str | None:
    """What in ``document`` cannot be stored (see ``unstorable``), or None when all can."""
    for name in ("id", "text", "url", "outlet", "published", "title", "path"):
        problem = unstorable(getattr(document, name))
        if problem:
            return f'"{name}" {problem}'
    return None


# One encoder for every column: ``json.dumps`` with options builds a new one per call, and an
# update writes some 15,000 records and entities at 840 documents.
_ENCODER = json.JSONEncoder(ensure_ascii=False, sort_keys=True, separators=(",", ":"))


def dumps(value: Any) -> str:
    """JSON text for a column: compact, non-ASCII kept readable, keys in a stable order."""
    return _ENCODER.encode(value)


def loads(text: str) -> Any:
    return json.loads(text)


def attribution_row(
    id_: str, document: Document, position: int, attribution: Attribution
) -> tuple[Any, ...]:
    quote = " ".join(document.text[s:e] for s, e in attribution.content)
    return (
        id_,
        document.id,
        position,
        attribution.source_name,
        attribution.kind,
        attribution.setting,
        attribution.target,
        dumps(_ranges(attribution.source)),
        dumps(_ranges(attribution.cue)),
        dumps(_ranges(attribution.content)),
        quote,
        dumps([_quantity(q) for q in attribution.quantities]),
        int(attribution.complaint),
        *facts_values(attribution.facts),
        attribution.speaker,
    )


def facts_values(facts: AttributionFacts | None) -> tuple[Any, Any, Any]:
    """The ``quote_start``, ``quote_end`` and ``facts`` columns of an attribution's facts (the
    quote's offsets as columns, the rest as JSON); NULLs when it has none."""
    if facts is None:
        return None, None, None
    data = facts.to_json()
    start, end = data.pop("quote")
    return start, end, dumps(data)


ATTRIBUTION_COLUMNS_BEFORE_COMPLAINTS = (
    "id, document_id, position, source_name, kind, setting, target, source, cue, content,"
    " quote, quantities"
)
# The row's later values came with later migrations: ``complaint`` (``COMPLAINTS``), then the
# facts the ledger reads (``LEDGER_FACTS``), then the name the source stands for, which the
# audit reads (``AUDIT_READS``).
ATTRIBUTION_COMPLAINT_COLUMNS = ", complaint"
ATTRIBUTION_FACTS_COLUMNS = ", quote_start, quote_end, facts"
ATTRIBUTION_SPEAKER_COLUMNS = ", speaker"
ATTRIBUTION_COLUMNS = (
    ATTRIBUTION_COLUMNS_BEFORE_COMPLAINTS + ATTRIBUTION_COMPLAINT_COLUMNS
    + ATTRIBUTION_FACTS_COLUMNS + ATTRIBUTION_SPEAKER_COLUMNS
)  # fmt: skip


def attribution_from_row(row: tuple[Any, ...]) -> StoredAttribution:
    id_, document_id, _, source_name, kind, setting, target, source, cue, content, _, q = row[:12]
    complaint, quote_start, quote_end, facts = row[12:16]
    # A row read with the columns of an earlier schema (an upgrade's) has no speaker.
    speaker = row[16] if len(row) > 16 else None
    return StoredAttribution(
        id=id_,
        document_id=document_id,
        attribution=Attribution(
            source=_to_ranges(source),
            cue=_to_ranges(cue),
            content=_to_ranges(content),
            source_name=source_name,
            kind=cast(Kind, kind),
            setting=cast(Setting, setting),
            target=target,
            quantities=[Quantity(**item) for item in json.loads(q)],
            complaint=bool(complaint),
            facts=None
            if facts is None
            else AttributionFacts.from_json({**loads(facts), "quote": [quote_start, quote_end]}),
            speaker=speaker,
        ),
    )


def _ranges(ranges: list[Range]) -> list[list[int]]:
    return [[start, end] for start, end in ranges]


def _to_ranges(text: str) -> list[Range]:
    return [(start, end) for start, end in json.loads(text)]


def _quantity(q: Quantity) -> dict[str, Any]:
    # Every field, unlike Quantity.to_json (the output contract), so that reading back is exact.
    return {
        "unit": q.unit,
        "start": q.start,
        "end": q.end,
        "value": q.value,
        "low": q.low,
        "high": q.high,
        "qualifier": q.qualifier,
    }


MENTION_COLUMNS = "document_id, position, start_char, end_char, text, type, name, label, data"
# Mention fields with a column of their own; the rest go into the JSON column ``data``, so a
# field added to Mention later is kept without a migration.
_MENTION_PLAIN = ("start", "end", "text", "type", "name", "label")


def mention_row(document_id: str, position: int, mention: Mention) -> tuple[Any, ...]:
    fields = mention.to_json()
    plain = [fields.pop(key) for key in _MENTION_PLAIN]
    return (document_id, position, *plain, dumps(fields))


def mention_from_row(row: tuple[Any, ...]) -> tuple[str, Mention]:
    """The mention in ``row`` and its document's id (as ``Mention.from_json`` of its fields)."""
    document_id, _, start, end, text, type_, name, label, data = row
    return document_id, Mention(start, end, text, type_, name, label, *_mention_data(data))


# Mention fields kept in the JSON column ``data``, in the dataclass's order after the plain
# ones: what ``_mention_data`` hands to ``Mention`` by position.
_MENTION_DATA = tuple(f for f in Mention.__dataclass_fields__ if f not in _MENTION_PLAIN)
assert tuple(Mention.__dataclass_fields__)[: len(_MENTION_PLAIN)] == _MENTION_PLAIN


@lru_cache(maxsize=1 << 12)
def _mention_data(data: str) -> tuple[Any, ...]:
    """The fields of one ``data`` column: most mentions' is the same text (no alias, no
    affiliation), so an update reading every stored mention parses each distinct one once
    (1.4 s of 53,000 ``json.loads`` at PolNeAR train, issue 15)."""
    fields = loads(data)
    return tuple(fields.get(k) for k in _MENTION_DATA)


FIGURE_COLUMNS = (
    "document_id, position, measure, group_name, agency, date, period, quote, start_char,"
    " end_char, data"
)
# EnforcementFigure fields kept in the JSON column ``data`` (``agency_kinds`` as a list).
_FIGURE_DATA = ("value", "low", "high", "qualifier", "unit", "period_start", "agency_kinds")


def figure_row(document_id: str, position: int, figure: EnforcementFigure) -> tuple[Any, ...]:
    data = {key: getattr(figure, key) for key in _FIGURE_DATA}
    return (
        document_id,
        position,
        figure.measure,
        figure.group,
        figure.agency,
        figure.date,
        figure.period,
        figure.quote,
        figure.start,
        figure.end,
        dumps(data),
    )


def figure_from_row(row: tuple[Any, ...]) -> EnforcementFigure:
    document_id, _, measure, group, agency, date, period, quote, start, end, data = row
    fields = {key: value for key, value in loads(data).items() if key in _FIGURE_DATA}
    fields["agency_kinds"] = tuple(fields.get("agency_kinds", ()))
    return EnforcementFigure(
        measure=cast(Measure, measure),
        group=group,
        document_id=document_id,
        quote=quote,
        start=start,
        end=end,
        agency=agency,
        date=date,
        period=period,
        **fields,
    )


CLAIM_COLUMNS = "document_id, position, kind, outcome, setting, act, start_char, end_char, data"


def claim_row(document_id: str, position: int, claim: Claim) -> tuple[Any, ...]:
    data = claim.to_json()
    return (
        document_id,
        position,
        claim.kind,
        claim.outcome,
        claim.setting,
        claim.act,
        claim.start,
        claim.end,
        dumps({key: data[key] for key in _CLAIM_DATA if key in data}),
    )


# A claim's fields kept in its row's JSON ``data``: its cue and parties, and what the ledger
# reads of its sentence (its date, the expression that gives it, a custodial report).
# ``described`` only where a claim has untied parties: no column, so no migration, and a store
# made before it loads with none (``Claim.from_json``).
_CLAIM_DATA = ("cue", "participants", "date", "custodial_report", "when", "after_the_fact",
               "before_report", "described")  # fmt: skip


def claim_from_row(row: tuple[Any, ...]) -> tuple[str, Claim]:
    """The claim in ``row`` and its document's id."""
    document_id, _, kind, outcome, setting, act, start, end, data = row
    fields = loads(data)
    return document_id, Claim.from_json(
        {
            **fields,
            "kind": kind,
            "outcome": outcome,
            "setting": setting,
            "act": act,
            "start": start,
            "end": end,
        }
    )
