"""The ledger's index as rows (see ``migrations.INDEX`` and ``ledger.index``).

The ledger side makes the rows; this module writes them (whole on a full rebuild, added on
an update) and answers the update's questions: which of these values are stored."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any, Literal

from corroborate.store.connection import Connection, Row

__all__ = [
    "INDEX_TABLES",
    "NAME_SUMS",
    "NAME_TABLES",
    "NameSum",
    "IndexChange",
    "IndexRows",
    "add_index",
    "document_forms",
    "document_refs",
    "documents_reading",
    "index_pairs",
    "index_payloads",
    "index_steps",
    "index_table_rows",
    "name_sums",
    "readers",
    "replace_index",
    "replace_index_part",
    "reports_naming",
    "reports_naming_each",
    "rows_where",
    "stored_values",
    "write_index",
]

INDEX_TABLES = (
    "index_documents", "index_refs", "index_keys", "index_entities", "index_names", "index_meta",
    "index_words", "index_mentioned", "index_marks", "index_declared", "index_short",
)  # fmt: skip
# Resolution's inputs per document (``resolve.statistics``): a pure function of the document,
# so written when it is new, changed or removed only (``IndexRows.named``).
NAME_TABLES = ("index_mentioned", "index_marks", "index_declared", "index_short")
# ``index_mentioned`` summed per name (``name_sums``): kept equal to the sums of the rows by
# every write of those rows, so that an update reads a name every report names as one row
# (``ledger.name_rows.stored_names``) instead of a row per report.
NAME_SUMS = "index_name_sums"
_COLUMNS = {
    "index_documents": "document_id, content_hash, payload, forms, steps",
    "index_refs": "ref, document_id",
    "index_keys": "key, looks, node, component",
    "index_entities": "entity_id, component, base, final",
    "index_names": "name, entity_id, component",
    "index_meta": "name, value",  # ("code", ``ledger.fingerprint.code_fingerprint()``)
    "index_words": "word, kind, node",  # ``ledger.index.person_words``
    "index_mentioned": "document_id, published, node, mentions, accused",
    "index_marks": "document_id, name, mark",
    "index_declared": "document_id, published, position, node, other, kind, reason",
    "index_short": "document_id, position, written, node",
    NAME_SUMS: "node, row_count, reports, mentions, accused, first_published, first_document,"
    " least_document",
}


@dataclass
class IndexRows:
    """Rows for each index table, in the columns of ``_COLUMNS``."""

    tables: dict[str, list[tuple[Any, ...]]] = field(
        default_factory=lambda: {t: [] for t in INDEX_TABLES}
    )
    # The documents whose rows of ``NAME_TABLES`` these are (new, changed or removed ones),
    # for ``replace_index``; the others' are stored as they should be.
    named: set[str] = field(default_factory=set)


def write_index(db: Connection, rows: IndexRows) -> None:
    """Replace the index with ``rows``; the caller holds the transaction."""
    for table in INDEX_TABLES:
        db.execute(f"DELETE FROM {table}")
        columns = _COLUMNS[table]
        marks = ", ".join("?" * len(columns.split(",")))
        db.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows.tables[table])
    db.execute(f"DELETE FROM {NAME_SUMS}")
    _insert(db, NAME_SUMS, sorted(name_sums(rows.tables["index_mentioned"]).values()))


def add_index(db: Connection, rows: IndexRows) -> None:
    """Add ``rows`` (none of them stored yet) to the index; the caller holds the transaction."""
    for table in INDEX_TABLES:
        columns = _COLUMNS[table]
        marks = ", ".join("?" * len(columns.split(",")))
        db.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows.tables[table])
    _update_sums(db, rows.tables["index_mentioned"], [])


# A sum of ``index_mentioned`` rows of one name: (node, rows, rows with a mention, mentions,
# rows reading it as accused, the first row with a mention in resolution's order (published,
# undated last, then document id: its published and document), the least document id of a
# row with a mention). ``resolve.statistics.NameStatistics`` reads these of the rows.
NameSum = tuple[str, int, int, int, int, str | None, str | None, str | None]


def name_sums(rows: Iterable[tuple[Any, ...]]) -> dict[str, NameSum]:
    """The sum of each name's ``index_mentioned`` rows (``NameSum``), by node reference."""
    out: dict[str, NameSum] = {}
    for row in rows:
        out[row[2]] = _add_row(out.get(row[2]), row)
    return out


def _add_row(s: NameSum | None, row: tuple[Any, ...]) -> NameSum:
    doc, published, node, n, accused = row
    if s is None:
        s = (node, 0, 0, 0, 0, None, None, None)
    _, count, reports, mentions, acc, first_pub, first_doc, least = s
    if n > 0:
        if first_doc is None or (published or "9999", doc) < (first_pub or "9999", first_doc):
            first_pub, first_doc = published, doc
        least = doc if least is None or doc < least else least
    return (node, count + 1, reports + int(n > 0), mentions + n, acc + int(bool(accused)),
            first_pub, first_doc, least)  # fmt: skip


def _update_sums(
    db: Connection, inserted: list[tuple[Any, ...]], removed: list[tuple[Any, ...]]
) -> None:
    """The stored sums of the names of ``inserted`` and ``removed`` ``index_mentioned`` rows
    (already written and deleted) made equal to their rows' sums: the stored sum plus the
    inserted rows where no row of the name was removed (a removed row may have held a
    least), else summed again from the name's stored rows."""
    nodes = {r[2] for r in inserted} | {r[2] for r in removed}
    if not nodes:
        return
    again = {r[2] for r in removed}
    sums: dict[str, NameSum] = {
        r[0]: tuple(r)
        for r in _where_in(
            db, f"SELECT {_COLUMNS[NAME_SUMS]} FROM {NAME_SUMS}", "node", nodes - again
        )  # fmt: skip
    }
    for row in inserted:
        if row[2] not in again:
            sums[row[2]] = _add_row(sums.get(row[2]), row)
    sums |= name_sums(rows_where(db, "index_mentioned", "node", again))
    _delete_where_in(db, NAME_SUMS, "node", nodes)
    _insert(db, NAME_SUMS, sorted(sums.values()))


# Tables whose rows each belong to one document, and the others with the columns that tell
# their rows apart (every column where no subset is unique).
_BY_DOCUMENT = {"index_documents": 0, "index_refs": 1}  # the document id's column
_IDENTITY = {
    "index_keys": ("key", "looks", "node", "component"),
    "index_entities": ("entity_id",),
    "index_names": ("name",),
    "index_meta": ("name",),
    "index_words": ("word", "kind", "node"),
}


def replace_index(db: Connection, rows: IndexRows, documents: set[str]) -> None:
    """Make the stored index equal ``rows`` writing only what differs; the caller holds the
    transaction. ``rows`` holds the whole index but for the per-document tables
    (``_BY_DOCUMENT``), where it holds the rows of ``documents``: the caller vouches that
    every other document's are stored as they should be (an update's reused records), and
    ``NAME_TABLES``, where it holds the rows of ``rows.named``. The other tables are
    compared row by row."""
    ordered = sorted(documents)
    for table, at in _BY_DOCUMENT.items():
        for i in range(0, len(ordered), _CHUNK):
            chunk = ordered[i : i + _CHUNK]
            marks = ", ".join("?" * len(chunk))
            db.execute(f"DELETE FROM {table} WHERE document_id IN ({marks})", tuple(chunk))
        _insert(db, table, [row for row in rows.tables[table] if row[at] in documents])
    _replace_statistics(db, rows)
    for table, identity in _IDENTITY.items():
        stored = {tuple(r) for r in db.query(f"SELECT {_COLUMNS[table]} FROM {table}")}
        wanted = set(rows.tables[table])
        picks = [_COLUMNS[table].split(", ").index(c) for c in identity]
        where = " AND ".join(f"{c} = ?" for c in identity)
        gone = sorted(tuple(r[i] for i in picks) for r in stored - wanted)
        db.executemany(f"DELETE FROM {table} WHERE {where}", gone)
        _insert(db, table, sorted(wanted - stored))


@dataclass
class IndexChange:
    """Which rows of the index an update by delta (``ledger.update``) writes: the
    per-document rows of ``documents`` (stepped again, or removed), the ``index_entities`` rows
    of ``entities``, the ``index_names`` rows of ``names`` and the ``index_keys`` and
    ``index_words`` rows of ``nodes`` (node references, ``ledger.index.node_ref``). Each named
    row is deleted and written again from ``IndexRows`` if it is there (gone otherwise)."""

    documents: set[str] = field(default_factory=set)
    entities: set[str] = field(default_factory=set)
    names: set[str] = field(default_factory=set)
    nodes: set[str] = field(default_factory=set)


# The column each table's rows are named by in an ``IndexChange``.
_CHANGED_BY = {
    "index_documents": ("document_id", "documents"),
    "index_refs": ("document_id", "documents"),
    "index_entities": ("entity_id", "entities"),
    "index_names": ("name", "names"),
    "index_keys": ("node", "nodes"),
    "index_words": ("node", "nodes"),
}


def replace_index_part(db: Connection, rows: IndexRows, change: IndexChange) -> None:
    """Delete the rows ``change`` names and insert ``rows`` (only the named rows' new values:
    the caller made nothing else), and the ``NAME_TABLES`` rows of ``rows.named``; the caller
    holds the transaction. ``index_meta`` is left as it is (the code that made the index is
    the code that updates it)."""
    for table, (column, attribute) in _CHANGED_BY.items():
        _delete_where_in(db, table, column, getattr(change, attribute))
        _insert(db, table, rows.tables[table])
    _replace_statistics(db, rows)


def _replace_statistics(db: Connection, rows: IndexRows) -> None:
    """The ``NAME_TABLES`` rows of the documents ``rows.named`` (new, changed or removed)
    deleted, and those ``rows`` holds of them inserted."""
    removed = rows_where(db, "index_mentioned", "document_id", rows.named)
    for table in NAME_TABLES:
        _delete_where_in(db, table, "document_id", rows.named)
        _insert(db, table, [row for row in rows.tables[table] if row[0] in rows.named])
    _update_sums(db, [r for r in rows.tables["index_mentioned"] if r[0] in rows.named],
                 [tuple(r) for r in removed])  # fmt: skip


def _delete_where_in(db: Connection, table: str, column: str, values: set[str]) -> None:
    ordered = sorted(values)
    for i in range(0, len(ordered), _CHUNK):
        chunk = ordered[i : i + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        db.execute(f"DELETE FROM {table} WHERE {column} IN ({marks})", tuple(chunk))


def _insert(db: Connection, table: str, rows: list[tuple[Any, ...]]) -> None:
    columns = _COLUMNS[table]
    marks = ", ".join("?" * len(columns.split(",")))
    db.executemany(f"INSERT INTO {table} ({columns}) VALUES ({marks})", rows)


# Well under SQLite's and PostgreSQL's limits on bound parameters.
_CHUNK = 500
# Subqueries of one compound query (``reports_naming_each``): two parameters each, and well
# under SQLite's default limit of 500 terms of a compound SELECT.
_NODES_PER_QUERY = 100


def stored_values(db: Connection, table: str, column: str, values: set[str]) -> set[str]:
    """Which of ``values`` are stored in ``table.column`` (both named by the caller, never
    by a user): point look-ups, so an update reads what it asks about, not the index."""
    return {r[0] for r in _where_in(db, f"SELECT DISTINCT {column} FROM {table}", column, values)}


def reports_naming(db: Connection, nodes: set[str], at_most: int) -> set[str]:
    """Up to ``at_most`` of the documents whose mentions name one of ``nodes`` (node
    references, ``index_mentioned``; not those only declaring one as an alias): enough to
    tell whether few reports name a person without reading every report naming a person
    every report names."""
    found: set[str] = set()
    ordered = sorted(nodes)
    for i in range(0, len(ordered), _CHUNK):
        chunk = ordered[i : i + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows = db.query(
            "SELECT DISTINCT document_id FROM index_mentioned"
            f" WHERE node IN ({marks}) AND mentions > 0 LIMIT ?",
            (*chunk, at_most),
        )
        found |= {r[0] for r in rows}
        if len(found) >= at_most:
            return set(sorted(found)[:at_most])
    return found


def reports_naming_each(
    db: Connection, nodes_of: Mapping[str, set[str]], at_most: int
) -> dict[str, set[str]]:
    """``reports_naming`` of each of ``nodes_of``'s node sets (a stored entity's names): each
    set's reports when at most ``at_most``, else ``at_most`` of them. Each node's first
    ``at_most`` reports by id are read: a set's nodes holding more than that many between
    them hold at least that many, and one holding fewer loses none (the same sets
    ``reports_naming`` finds).

    Each node's reports are read by a subquery of its own that walks the covering index
    ``(node, document_id, ...)`` in id order and stops at ``at_most``, so the read is bounded
    by the nodes asked, not by the reports naming them; the subqueries of up to
    ``_NODES_PER_QUERY`` nodes go in one query (``UNION ALL``), one round trip to the
    server on PostgreSQL. (One query per chunk that numbered every report of each node and
    kept the first ``at_most`` read them all: a name every copy of a court report names is
    named by ten times the reports at 5,000 reports as at 500, 2026-12-07.)"""
    per_node: dict[str, set[str]] = {}
    ordered = sorted(set().union(*nodes_of.values())) if nodes_of else []
    for i in range(0, len(ordered), _NODES_PER_QUERY):
        chunk = ordered[i : i + _NODES_PER_QUERY]
        sql = " UNION ALL ".join(
            "SELECT node, document_id FROM (SELECT DISTINCT node, document_id FROM"
            " index_mentioned WHERE node = ? AND mentions > 0 ORDER BY document_id"
            f" LIMIT ?) AS q{k}"
            for k in range(len(chunk))
        )
        for node, document_id in db.query(sql, tuple(v for n in chunk for v in (n, at_most))):
            per_node.setdefault(node, set()).add(document_id)
    out: dict[str, set[str]] = {}
    for key, nodes in nodes_of.items():
        found = set().union(*(per_node.get(n, set()) for n in nodes)) if nodes else set()
        out[key] = found if len(found) <= at_most else set(sorted(found)[:at_most])
    return out


def rows_where(db: Connection, table: str, column: str, values: set[str]) -> list[Row]:
    """Every column of the rows of ``table`` whose ``column`` is one of ``values`` (both
    named by the caller, never by a user), in the columns of ``_COLUMNS``."""
    return _where_in(db, f"SELECT {_COLUMNS[table]} FROM {table}", column, values)


def _where_in(db: Connection, select: str, column: str, values: set[str]) -> list[Row]:
    """The rows of ``select`` whose ``column`` is one of ``values``, asked in chunks."""
    rows: list[Row] = []
    ordered = sorted(values)
    for i in range(0, len(ordered), _CHUNK):
        chunk = ordered[i : i + _CHUNK]
        marks = ", ".join("?" * len(chunk))
        rows += db.query(f"{select} WHERE {column} IN ({marks})", tuple(chunk))
    return rows


# Two-column tables an update reads whole: what each name and spelling key looked up, and
# each entity as its documents made it.
_PAIRS = {"index_names": "name, entity_id", "index_entities": "entity_id, final"}


def index_pairs(db: Connection, table: str) -> dict[str, str]:
    """``index_names`` (name -> entity id) or ``index_entities`` (entity id -> final JSON)."""
    return {r[0]: r[1] for r in db.query(f"SELECT {_PAIRS[table]} FROM {table}")}


def index_payloads(db: Connection, document_ids: set[str] | None) -> dict[str, str]:
    """Stored document records (JSON), of ``document_ids`` or of every indexed document."""
    return _document_column(db, "payload", document_ids)


def index_steps(db: Connection, document_ids: set[str]) -> dict[str, str]:
    """The part of stored document records that regrouping reads (``index_documents.steps``,
    JSON: ``ledger.index.steps_json``), of ``document_ids``."""
    return _document_column(db, "steps", document_ids)


def _document_column(
    db: Connection, column: Literal["payload", "steps"], document_ids: set[str] | None
) -> dict[str, str]:
    """One column of ``index_documents`` by document id, of ``document_ids`` or of all."""
    select = f"SELECT document_id, {column} FROM index_documents"
    rows = (
        db.query(select)
        if document_ids is None
        else _where_in(db, select, "document_id", document_ids)
    )
    return {r[0]: r[1] for r in rows}


def documents_reading(db: Connection, refs: set[str]) -> set[str]:
    """The documents ``index_refs`` lists under any of ``refs``."""
    return {r[0] for r in _where_in(db, "SELECT DISTINCT document_id FROM index_refs", "ref", refs)}


def readers(db: Connection, refs: set[str]) -> list[tuple[str, str]]:
    """(ref, document id) for each document ``index_refs`` lists under one of ``refs``."""
    return [(r[0], r[1]) for r in _where_in(db, "SELECT ref, document_id FROM index_refs", "ref",
                                            refs)]  # fmt: skip


def document_refs(db: Connection, document_ids: set[str]) -> list[tuple[str, str]]:
    """(ref, document id) for every reference ``index_refs`` holds of ``document_ids``."""
    return [(r[0], r[1]) for r in _where_in(db, "SELECT ref, document_id FROM index_refs",
                                            "document_id", document_ids)]  # fmt: skip


def document_forms(db: Connection, document_ids: set[str] | None = None) -> dict[str, str]:
    """Each indexed document's short forms and acronyms (``index_documents.forms``), of
    ``document_ids`` or of every indexed document."""
    select = "SELECT document_id, forms FROM index_documents"
    if document_ids is None:
        return {r[0]: r[1] for r in db.query(select)}
    return {r[0]: r[1] for r in _where_in(db, select, "document_id", document_ids)}


def index_table_rows(db: Connection, table: str) -> list[tuple[Any, ...]]:
    """Every row of one of the index tables resolution decides (``index_keys``,
    ``index_words``, ``index_entities``, ``index_names``), in ``_COLUMNS``' order: what
    ``ledger.delta.resolution_delta`` compares a whole resolution with."""
    if table not in _IDENTITY:
        raise ValueError(f"not an index table of names: {table}")
    return [tuple(r) for r in db.query(f"SELECT {_COLUMNS[table]} FROM {table}")]
