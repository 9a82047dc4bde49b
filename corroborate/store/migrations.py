"""The schema, as numbered migrations applied in order when a store is opened.

The ``migrations`` table records each applied version with its name and time. Opening a store
applies the missing ones, all in one transaction (both backends have transactional DDL), so a
killed upgrade leaves the previous schema intact rather than half of the new one.

To change the schema, append a Migration with the next number. Never edit or reorder one that
has been released: databases in the wild have already applied it. Statements must run on both
SQLite and PostgreSQL: TEXT and INTEGER columns only (JSON is stored as TEXT, booleans as 0/1,
dates and times as ISO 8601 TEXT), so that both backends read back identical values and the
SQLite file stays plain for Datasette. Column names avoid SQL keywords (``start_char``, not
``start``/``end``), so that hand-written queries need no quoting.

This module is the schema's history, one step a version; ``store.upgrade`` applies it.
"""

from __future__ import annotations

from corroborate.store.backfills import (
    mark_complaints,
    mark_inferred_events,
    read_for_the_audit,
    read_ledger_facts,
    sum_names,
)
from corroborate.store.hash_indexes import HASHES_COVERED
from corroborate.store.migration import Migration
from corroborate.store.node_indexes import NODE_ROWS_INDEXED

__all__ = [
    "AUDIT_READS", "CLAIMS", "COMPLAINTS", "CORE", "CORRECTIONS", "EVENT_DATES", "FIGURES",
    "HASHES_COVERED", "INDEX", "INDEX_CODE", "INDEX_FORMS", "INFERRED_EVENTS", "LEDGER",
    "LEDGER_FACTS", "MIGRATIONS", "NAME_ROWS_COVERED", "NAME_STATISTICS", "NAME_SUMS",
    "NODE_ROWS_INDEXED", "OWN_SHORT_FORMS", "REGROUP_STEPS", "Migration",
]  # fmt: skip


CORE = Migration(
    1,
    "documents, attributions, mentions",
    (
        """CREATE TABLE documents (
            id TEXT PRIMARY KEY,
            url TEXT,
            outlet TEXT,
            published TEXT,
            title TEXT,
            text TEXT NOT NULL,
            content_hash TEXT NOT NULL,
            path TEXT,
            line INTEGER,
            ingested_at TEXT NOT NULL
        )""",
        # source, cue and content: JSON lists of [start, end]; quote: the content's text, so
        # that the table reads without decoding offsets.
        """CREATE TABLE attributions (
            id TEXT PRIMARY KEY,
            document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            source_name TEXT,
            kind TEXT NOT NULL,
            setting TEXT NOT NULL,
            target TEXT,
            source TEXT NOT NULL,
            cue TEXT NOT NULL,
            content TEXT NOT NULL,
            quote TEXT NOT NULL,
            quantities TEXT NOT NULL
        )""",
        "CREATE INDEX attributions_by_document ON attributions (document_id, position)",
        # records.Mention: its offsets, type and name as columns, its other fields in data.
        """CREATE TABLE mentions (
            document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            text TEXT NOT NULL,
            type TEXT NOT NULL,
            name TEXT NOT NULL,
            label TEXT NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (document_id, position)
        )""",
    ),
)

# The ledger (records.Ledger), derived across documents. It is rebuilt as a whole after an
# ingest, so events name their documents without foreign keys: replacing a document must not
# silently delete events before the rebuild that accounts for it.
LEDGER = Migration(
    2,
    "entities, aliases, allegations, events",
    (
        """CREATE TABLE entities (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            type TEXT NOT NULL,
            affiliations TEXT NOT NULL
        )""",
        """CREATE TABLE aliases (
            entity_id TEXT NOT NULL REFERENCES entities (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            name TEXT NOT NULL,
            reason TEXT NOT NULL,
            document_id TEXT,
            PRIMARY KEY (entity_id, position)
        )""",
        """CREATE TABLE allegations (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            act TEXT NOT NULL,
            status TEXT NOT NULL,
            confession_only INTEGER NOT NULL,
            accused TEXT NOT NULL,
            alleged_by TEXT NOT NULL,
            quantities TEXT NOT NULL
        )""",
        """CREATE TABLE events (
            allegation_id TEXT NOT NULL REFERENCES allegations (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            date TEXT,
            kind TEXT NOT NULL,
            outcome TEXT,
            setting TEXT,
            source TEXT,
            document_id TEXT NOT NULL,
            quote TEXT NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            PRIMARY KEY (allegation_id, position)
        )""",
        "CREATE INDEX events_by_document ON events (document_id)",
    ),
)

# Enforcement figures (records.EnforcementFigure), found per document on ingest like the
# mentions, so they go with their document (ON DELETE CASCADE). ``group_name``, not the SQL
# keyword ``group``; the count, unit and qualifier are in ``data``.
FIGURES = Migration(
    3,
    "figures",
    (
        """CREATE TABLE figures (
            document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            measure TEXT NOT NULL,
            group_name TEXT NOT NULL,
            agency TEXT,
            date TEXT,
            period TEXT,
            quote TEXT NOT NULL,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (document_id, position)
        )""",
        "CREATE INDEX figures_by_measure ON figures (measure, group_name)",
    ),
)

# Claims (records.Claim): each legal or criminal act a sentence reports, with its parties'
# roles, read once per document on ingest; the ledger is built from them. Parties, the cue
# and the offsets of the sentence are in ``data``; the columns are what a reader filters on.
CLAIMS = Migration(
    4,
    "claims",
    (
        """CREATE TABLE claims (
            document_id TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            outcome TEXT,
            setting TEXT,
            act TEXT,
            start_char INTEGER NOT NULL,
            end_char INTEGER NOT NULL,
            data TEXT NOT NULL,
            PRIMARY KEY (document_id, position)
        )""",
        "CREATE INDEX claims_by_kind ON claims (kind, outcome)",
    ),
)


# Corrections by hand (ledger.corrections.Correction): kept apart from the derived tables,
# which every rebuild replaces, and applied to each rebuilt ledger. An undone correction keeps
# its row (undone_at set): the list of corrections is also their history. ``data`` is JSON
# (the entities, alias or allegation it names); ``position`` the order they are applied in.
# The version number may be renumbered when branches are merged: it is only this constant.
CORRECTIONS = Migration(
    5,
    "corrections",
    (
        """CREATE TABLE corrections (
            id TEXT PRIMARY KEY,
            position INTEGER NOT NULL,
            kind TEXT NOT NULL,
            data TEXT NOT NULL,
            reason TEXT NOT NULL,
            author TEXT NOT NULL,
            created_at TEXT NOT NULL,
            undone_at TEXT
        )""",
    ),
)


# Complaints of unequal treatment marked on the attributions when they are extracted
# (records.Attribution.complaint), so that the audit reads the complaining rows through an
# index instead of running a pattern over every attribution of the store. The version number
# may be renumbered when branches are merged: it is only this constant.
COMPLAINTS = Migration(
    6,
    "attributions that complain",
    (
        "ALTER TABLE attributions ADD COLUMN complaint INTEGER NOT NULL DEFAULT 0",
        "CREATE INDEX attributions_by_complaint ON attributions (complaint)",
    ),
    mark_complaints,
)
# The ledger's index (``ledger.update``), derived like the ledger and rewritten with it: per
# document what the ledger took from it (``payload``: its steps, what it added to entities)
# and the references that say when it must be read again (``index_refs``: the names it
# mentions, the lookups and entities its steps read, the entities it accuses or answers);
# per name its blocking keys and component (``index_keys``); per entity what its component
# made of it and what it is with every document's additions (``index_entities``); the
# spelling keys and names that look an entity up (``index_names``). An ingest reads only the
# rows its new documents reach through these.
INDEX = Migration(
    7,
    "ledger index",
    (
        """CREATE TABLE index_documents (
            document_id TEXT PRIMARY KEY,
            content_hash TEXT NOT NULL,
            payload TEXT NOT NULL
        )""",
        """CREATE TABLE index_refs (
            ref TEXT NOT NULL,
            document_id TEXT NOT NULL
        )""",
        "CREATE INDEX index_refs_by_ref ON index_refs (ref)",
        "CREATE INDEX index_refs_by_document ON index_refs (document_id)",
        """CREATE TABLE index_keys (
            key TEXT NOT NULL,
            looks INTEGER NOT NULL,
            node TEXT NOT NULL,
            component TEXT NOT NULL
        )""",
        "CREATE INDEX index_keys_by_key ON index_keys (key)",
        "CREATE INDEX index_keys_by_component ON index_keys (component)",
        """CREATE TABLE index_entities (
            entity_id TEXT PRIMARY KEY,
            component TEXT NOT NULL,
            base TEXT,
            final TEXT NOT NULL
        )""",
        "CREATE INDEX index_entities_by_component ON index_entities (component)",
        """CREATE TABLE index_names (
            name TEXT PRIMARY KEY,
            entity_id TEXT NOT NULL,
            component TEXT NOT NULL
        )""",
        "CREATE INDEX index_names_by_component ON index_names (component)",
    ),
)

# Which code made the index (``ledger.fingerprint``): an update adds to an index only when the
# code that made it is the code running, else it rebuilds whole. And people's names by word
# (``index_words``: a one-word name as "lone", a longer one's first and last words as "end"),
# since ``_lone_names`` finds a lone name's full name by word, which no blocking key holds.
INDEX_CODE = Migration(
    8,
    "ledger index code and words",
    (
        "CREATE TABLE index_meta (name TEXT PRIMARY KEY, value TEXT NOT NULL)",
        "CREATE TABLE index_words (word TEXT NOT NULL, kind TEXT NOT NULL, node TEXT NOT NULL)",
        "CREATE INDEX index_words_by_word ON index_words (word, kind)",
    ),
)


# What the ledger needs of each text, read once at ingest (``nlp.facts``) so that no rebuild of
# the ledger reads a text again: each attribution's facts (records.AttributionFacts: the
# sentences it quotes, their day, the act, whether it denies, reports a confession, names
# accusations ...; the quote's offsets as columns, the rest JSON), each claim's date and
# custodial report (in the claims' JSON ``data``), and the events' custodial report.
LEDGER_FACTS = Migration(
    9,
    "facts read once for the ledger",
    (
        "ALTER TABLE attributions ADD COLUMN quote_start INTEGER",
        "ALTER TABLE attributions ADD COLUMN quote_end INTEGER",
        "ALTER TABLE attributions ADD COLUMN facts TEXT",
        "ALTER TABLE events ADD COLUMN custodial_report INTEGER NOT NULL DEFAULT 0",
    ),
    read_ledger_facts,
)


# What the audit needs of each text, read once at ingest so that the audit, across
# documents, reads no text (``audit.speakers``, ``audit.figures``): the name an attribution's
# source stands for ("the party" -> the organisation named before it) as the column
# ``speaker``; the organisation a title before a person's name writes ("PRP spokesman X") in
# the mention's JSON ``data`` (``title_organization``); the kinds of force a figure's agency
# is in the figure's JSON ``data`` (``agency_kinds``).
AUDIT_READS = Migration(
    10,
    "what the audit reads, read once",
    ("ALTER TABLE attributions ADD COLUMN speaker TEXT",),
    read_for_the_audit,
)

# Each indexed document's short forms and acronyms as resolution gave them (``forms``, JSON:
# ``ledger.index.forms_json``), beside its record: an update tells the documents whose forms a
# new resolution changes by comparing this column, without parsing every stored record. Rows
# written before it hold "", which no resolution gives; the index is made anew anyway (its
# code fingerprint changed with this column), so no backfill is needed.
INDEX_FORMS = Migration(
    11,
    "ledger index short forms",
    ("ALTER TABLE index_documents ADD COLUMN forms TEXT NOT NULL DEFAULT ''",),
)

# Resolution's inputs per document (``resolve.statistics``), so that an update re-resolves
# the names a new article reaches from these rows instead of every stored document's
# mentions (``ledger.reached``): each name a document brings with its mention count and
# whether it writes the person with an accused noun (``index_mentioned``), the marks that
# keep names apart (``index_marks``), the aliases and acronyms it declares in mention order
# (``index_declared``). Derived like the rest of the index: the next rebuild fills them (the
# code fingerprint changes with them, so the next update rebuilds whole).
NAME_STATISTICS = Migration(
    12,
    "resolution's inputs per document",
    (
        """CREATE TABLE index_mentioned (
            document_id TEXT NOT NULL,
            published TEXT,
            node TEXT NOT NULL,
            mentions INTEGER NOT NULL,
            accused INTEGER NOT NULL
        )""",
        "CREATE INDEX index_mentioned_by_node ON index_mentioned (node)",
        "CREATE INDEX index_mentioned_by_document ON index_mentioned (document_id)",
        """CREATE TABLE index_marks (
            document_id TEXT NOT NULL,
            name TEXT NOT NULL,
            mark TEXT NOT NULL
        )""",
        "CREATE INDEX index_marks_by_name ON index_marks (name)",
        "CREATE INDEX index_marks_by_document ON index_marks (document_id)",
        """CREATE TABLE index_declared (
            document_id TEXT NOT NULL,
            published TEXT,
            position INTEGER NOT NULL,
            node TEXT NOT NULL,
            other TEXT NOT NULL,
            kind TEXT,
            reason TEXT NOT NULL
        )""",
        "CREATE INDEX index_declared_by_node ON index_declared (node)",
        "CREATE INDEX index_declared_by_other ON index_declared (other)",
        "CREATE INDEX index_declared_by_document ON index_declared (document_id)",
        # an entity's names, read by entity: the reports naming a person few reports name
        "CREATE INDEX index_names_by_entity ON index_names (entity_id)",
    ),
)

# Each document's short forms of its own names ("Imran" for its "Imran Khan"; position in
# mention order, the name as written, the full name's node), with resolution's other inputs
# per document (``resolve.statistics.DocumentNames.short``): an update that decides a stored
# report's lone names again reads them here instead of the report's mentions
# (``ledger.reached``). Derived: the next rebuild fills the table (the code fingerprint
# changes with it, so the next update rebuilds whole).
OWN_SHORT_FORMS = Migration(
    13,
    "each document's own short forms",
    (
        """CREATE TABLE index_short (
            document_id TEXT NOT NULL,
            position INTEGER NOT NULL,
            written TEXT NOT NULL,
            node TEXT NOT NULL
        )""",
        "CREATE INDEX index_short_by_document ON index_short (document_id)",
    ),
)

# The rows an update reads by name (``ledger.name_rows.stored_names``: every report's row of
# each reached name, and the marks of their names) answered from the index alone: a name
# every report names has a row per report, and with an index of the name only each row was
# then read again from the table by its row id (at 8,355 reports, ~94,000 rows of
# ``index_mentioned`` and ~64,000 of ``index_marks`` per added article: most of the SQL time
# of the update). The old indexes lead with the same column, so every query they served
# these serve; no row changes, so the index needs no rebuild.
NAME_ROWS_COVERED = Migration(
    14,
    "name statistics read from their indexes alone",
    (
        "DROP INDEX index_mentioned_by_node",
        "CREATE INDEX index_mentioned_by_node_covering ON index_mentioned"
        " (node, document_id, published, mentions, accused)",
        "DROP INDEX index_marks_by_name",
        "CREATE INDEX index_marks_by_name_covering ON index_marks (name, document_id, mark)",
    ),
)

# What regrouping reads of each stored record (``ledger.regroup``: its date, steps and groups,
# ``ledger.index.steps_json``) beside the whole record: an update regroups a principal from
# every record reaching it (at 8,350 reports, ~2,200 records for one added article), and the
# whole record is ~6 times the size of that part (its references read and contributions), so
# decoding it was most of the regroup. Derived: rows written before hold "", and the code
# fingerprint changes with the column, so the next update rebuilds the index whole.
REGROUP_STEPS = Migration(
    15,
    "each record's steps apart",
    ("ALTER TABLE index_documents ADD COLUMN steps TEXT NOT NULL DEFAULT ''",),
)

# Each event's date expression (records.Event: the words its cue governs, their offsets in
# the report) and whether it is only known to lie before its report's day (told after the
# fact: "had retracted") and which earlier report's event of the same kind it then retells;
# its ``date`` may now be partial ("2019", "2019-03"), TEXT as before.
# The events are derived: the next rebuild fills the columns. Claims and attributions carry
# the expression in their JSON (``when``, ``after_the_fact``), read from the parse at ingest;
# rows stored before keep the day read then (no expression) until their document is ingested
# again: the parse is not stored, and an upgrade does not parse. The version number may be
# renumbered when branches are merged: it is only this constant.
EVENT_DATES = Migration(
    16,
    "events' date expressions",
    (
        "ALTER TABLE events ADD COLUMN date_text TEXT",
        "ALTER TABLE events ADD COLUMN date_start INTEGER",
        "ALTER TABLE events ADD COLUMN date_end INTEGER",
        "ALTER TABLE events ADD COLUMN date_value TEXT",
        "ALTER TABLE events ADD COLUMN before_report INTEGER NOT NULL DEFAULT 0",
        "ALTER TABLE events ADD COLUMN retells_document TEXT",
        "ALTER TABLE events ADD COLUMN retells_start INTEGER",
    ),
)


# ``index_mentioned`` summed per name (``store.index.name_sums``): how many rows and reports
# with a mention, mentions, rows reading it as accused, its first report in resolution's order
# and its least report id. An update reads a name named by many reports as this one row
# (``ledger.name_rows.stored_names``), not its row per report. Every write of
# ``index_mentioned`` keeps it equal to the rows' sums; filled here from the stored rows (in
# Python: the first report is in Python's order of text, which a server's collation is not).
NAME_SUMS = Migration(
    17,
    "resolution's inputs summed per name",
    (
        """CREATE TABLE index_name_sums (
            node TEXT NOT NULL,
            row_count INTEGER NOT NULL,
            reports INTEGER NOT NULL,
            mentions INTEGER NOT NULL,
            accused INTEGER NOT NULL,
            first_published TEXT,
            first_document TEXT,
            least_document TEXT
        )""",
        "CREATE INDEX index_name_sums_by_node ON index_name_sums (node)",
    ),
    sum_names,
)

# Which inference made each event the ledger infers (records.Event.inferred: one name of
# ``records.INFERENCES``; NULL for an event a report reads), so that the reader is told why a
# confession quotes a retraction and a correction drops exactly these. Derived like the other
# event columns, but filled here from the stored events' shape (``mark_inferred_events``), so
# that a correction applied before the next rebuild drops them still. The version number may
# be renumbered when branches are merged: it is only this constant.
INFERRED_EVENTS = Migration(
    18,
    "which inference made an event",
    ("ALTER TABLE events ADD COLUMN inferred TEXT",),
    mark_inferred_events,
)

MIGRATIONS: tuple[Migration, ...] = (
    CORE, LEDGER, FIGURES, CLAIMS, CORRECTIONS, COMPLAINTS, INDEX, INDEX_CODE, LEDGER_FACTS,
    AUDIT_READS, INDEX_FORMS, NAME_STATISTICS, OWN_SHORT_FORMS, NAME_ROWS_COVERED,
    REGROUP_STEPS, EVENT_DATES, NAME_SUMS, INFERRED_EVENTS, HASHES_COVERED,
    NODE_ROWS_INDEXED,
)  # fmt: skip
