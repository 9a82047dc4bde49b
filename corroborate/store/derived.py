"""The ledger (``records.Ledger``) as rows of entities, aliases, allegations and events.

Each table keeps its records' order in a ``position`` column, so that a ledger reads back
exactly as it was stored. Lists of plain values and nested records without a table of their
own (affiliations, accused ids, figures) are JSON text.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from typing import Any, cast

from corroborate.records import (
    Affiliation,
    Alias,
    Allegation,
    Entity,
    EntityType,
    Event,
    EventKind,
    Figure,
    Inference,
    Ledger,
    Setting,
    Status,
)
from corroborate.store.connection import Connection
from corroborate.store.rows import dumps, loads

__all__ = [
    "TABLES",
    "LedgerChange",
    "add_ledger",
    "principals_of_events",
    "read_ledger",
    "replace_ledger_part",
    "replace_ledger_rows",
    "write_ledger",
]

TABLES = ("events", "allegations", "aliases", "entities")  # children first, for DELETE
_ENTITY = "id, position, name, type, affiliations"
_ALIAS = "entity_id, position, name, reason, document_id"
_ALLEGATION = "id, position, act, status, confession_only, accused, alleged_by, quantities"
_EVENT = (
    "allegation_id, position, date, kind, outcome, setting, source, document_id, quote,"
    " start_char, end_char, custodial_report, date_text, date_start, date_end, date_value,"
    " before_report, retells_document, retells_start, inferred"
)


def write_ledger(db: Connection, ledger: Ledger) -> None:
    """Replace the derived tables with ``ledger``; the caller holds the transaction."""
    for table in TABLES:
        db.execute(f"DELETE FROM {table}")
    _write(db, ledger, 0)


def add_ledger(db: Connection, part: Ledger) -> None:
    """Add the entities and allegations of ``part`` (none of them stored yet) to the stored
    ledger (an update); the caller holds the transaction. Positions continue after the
    stored rows': the order read back is canonical anyway."""
    (entities,) = db.query("SELECT COUNT(*) FROM entities")[0]
    (allegations,) = db.query("SELECT COUNT(*) FROM allegations")[0]
    _write(db, part, int(entities) + int(allegations))


def replace_ledger_rows(db: Connection, ledger: Ledger) -> None:
    """Make the stored ledger equal ``ledger`` (a whole one), writing only the entities and
    allegations that differ from the stored ones, with their aliases and events: an update
    that changes a few of thousands. The caller holds the transaction."""
    stored = read_ledger(db)
    entities = {e.id: e for e in ledger.entities}
    allegations = {a.id: a for a in ledger.allegations}
    gone_entities = sorted(e.id for e in stored.entities if entities.get(e.id) != e)
    gone_allegations = sorted(a.id for a in stored.allegations if allegations.get(a.id) != a)
    _delete(db, gone_entities, gone_allegations)
    kept_entities = {e.id: e for e in stored.entities}
    kept_allegations = {a.id: a for a in stored.allegations}
    add_ledger(db, Ledger(
        entities=[e for e in ledger.entities if kept_entities.get(e.id) != e],
        allegations=[a for a in ledger.allegations if kept_allegations.get(a.id) != a],
    ))  # fmt: skip


@dataclass
class LedgerChange:
    """Which entities and allegations an update by delta (``ledger.update``) replaces: each
    named one is deleted with its aliases or events, and written again if the update's
    ledger part holds it (gone otherwise)."""

    entities: set[str] = field(default_factory=set)
    allegations: set[str] = field(default_factory=set)


def replace_ledger_part(db: Connection, part: Ledger, change: LedgerChange) -> None:
    """Delete what ``change`` names and add ``part`` (the new values of those named, no
    other); the caller holds the transaction."""
    _delete(db, sorted(change.entities), sorted(change.allegations))
    add_ledger(db, part)


def principals_of_events(db: Connection, document_ids: set[str]) -> dict[str, str]:
    """The stored allegations with an event from one of ``document_ids``, by id, with their
    principal accused (the first): an allegation's events all come from documents whose
    steps reach its principal, so these are every allegation against the principals those
    documents reach."""
    ids: set[str] = set()
    ordered = sorted(document_ids)
    for i in range(0, len(ordered), _CHUNK):
        chunk = ordered[i : i + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        select = f"SELECT DISTINCT allegation_id FROM events WHERE document_id IN ({marks})"
        ids |= {r[0] for r in db.query(select, tuple(chunk))}
    out: dict[str, str] = {}
    listed = sorted(ids)
    for i in range(0, len(listed), _CHUNK):
        chunk = listed[i : i + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        for id_, accused in db.query(
            f"SELECT id, accused FROM allegations WHERE id IN ({marks})", tuple(chunk)
        ):
            out[id_] = (loads(accused) or [""])[0]
    return out


def _delete(db: Connection, entity_ids: list[str], allegation_ids: list[str]) -> None:
    for table, column, ids in (
        ("events", "allegation_id", allegation_ids),
        ("allegations", "id", allegation_ids),
        ("aliases", "entity_id", entity_ids),
        ("entities", "id", entity_ids),
    ):
        for i in range(0, len(ids), _CHUNK):
            chunk = ids[i : i + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            db.execute(f"DELETE FROM {table} WHERE {column} IN ({marks})", tuple(chunk))


# Well under SQLite's and PostgreSQL's limits on bound parameters.
_CHUNK = 500


def _write(db: Connection, ledger: Ledger, offset: int) -> None:
    _insert(
        db,
        "entities",
        _ENTITY,
        [
            (e.id, i, e.name, e.type, dumps([asdict(a) for a in e.affiliations]))
            for i, e in enumerate(ledger.entities, offset)
        ],
    )
    _insert(
        db,
        "aliases",
        _ALIAS,
        [
            (e.id, i, a.name, a.reason, a.document_id)
            for e in ledger.entities
            for i, a in enumerate(e.aliases)
        ],
    )
    _insert(
        db,
        "allegations",
        _ALLEGATION,
        [
            (
                a.id,
                i,
                a.act,
                a.status,
                int(a.confession_only),  # 0/1: one representation on both backends
                dumps(a.accused),
                dumps(a.alleged_by),
                dumps([asdict(f) for f in a.quantities]),
            )
            for i, a in enumerate(ledger.allegations, offset)
        ],
    )
    _insert(
        db,
        "events",
        _EVENT,
        [
            (a.id, i, e.date, e.kind, e.outcome, e.setting, e.source, e.document_id, e.quote)
            + (e.start, e.end, int(e.custodial_report))
            + (e.date_text, e.date_start, e.date_end, e.date_value, int(e.before_report))
            + (e.retells_document, e.retells_start, e.inferred)
            for a in ledger.allegations
            for i, e in enumerate(a.events)
        ],
    )


def read_ledger(db: Connection) -> Ledger:
    """The ledger as stored, in canonical order (``Ledger.canonical``): an update appends
    rows, so positions alone no longer give the order."""
    aliases: dict[str, list[Alias]] = {}
    for entity_id, _, name, reason, document_id in _ordered(db, _ALIAS, "aliases"):
        aliases.setdefault(entity_id, []).append(Alias(name, reason, document_id))
    events: dict[str, list[Event]] = {}
    for row in _ordered(db, _EVENT, "events"):
        allegation_id, _, date, kind, outcome, setting, source, document_id, quote = row[:9]
        s, e, c, date_text, date_start, date_end, date_value, before = row[9:17]
        retells_doc, retells_at, inferred = row[17:]
        events.setdefault(allegation_id, []).append(
            Event(
                date=date,
                kind=cast(EventKind, kind),
                outcome=outcome,
                setting=cast(Setting | None, setting),
                source=source,
                document_id=document_id,
                quote=quote,
                start=s,
                end=e,
                custodial_report=bool(c),
                date_text=date_text,
                date_start=date_start,
                date_end=date_end,
                date_value=date_value,
                before_report=bool(before),
                retells_document=retells_doc,
                retells_start=retells_at,
                inferred=cast(Inference | None, inferred),
            )
        )
    entities = [
        Entity(
            id=id_,
            name=name,
            type=cast(EntityType, type_),
            aliases=aliases.get(id_, []),
            affiliations=[Affiliation(**a) for a in loads(affiliations)],
        )
        for id_, _, name, type_, affiliations in _ordered(db, _ENTITY, "entities")
    ]
    allegations = [
        Allegation(
            id=id_,
            accused=loads(accused),
            act=act,
            alleged_by=loads(alleged_by),
            status=cast(Status, status),
            confession_only=bool(confession_only),
            quantities=[Figure(**f) for f in loads(quantities)],
            events=events.get(id_, []),
        )
        for id_, _, act, status, confession_only, accused, alleged_by, quantities in _ordered(
            db, _ALLEGATION, "allegations"
        )
    ]
    return Ledger(entities=entities, allegations=allegations).canonical()


def _insert(db: Connection, table: str, columns: str, rows: list[tuple[Any, ...]]) -> None:
    marks = ", ".join("?" * len(columns.split(",")))
    db.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)


def _ordered(db: Connection, columns: str, table: str) -> list[tuple[Any, ...]]:
    # Sorted in Python by (key, position) or position: ORDER BY on text depends on the server's
    # collation, and both backends must read back the same.
    rows = db.query(f"SELECT {columns} FROM {table}")
    if table in ("entities", "allegations"):
        return sorted(rows, key=lambda row: row[1])
    return sorted(rows, key=lambda row: (row[0], row[1]))
