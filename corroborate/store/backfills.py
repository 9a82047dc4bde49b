"""Backfills: Python run by a migration, after its statements and in the same transaction.

Each fills a new column or table from what a store already holds, as ingest fills it for new
documents, so that a store upgraded in place reads the same as one built by today's code.
They live apart from the schema (``store.migrations``) because they borrow per-document
rules (imported inside each function: the store itself knows no text rule).
"""

from __future__ import annotations

import json

from corroborate.records import Event, Inference
from corroborate.store.connection import Connection
from corroborate.store.index import name_sums

__all__ = [
    "mark_complaints",
    "mark_inferred_events",
    "read_for_the_audit",
    "read_ledger_facts",
    "sum_names",
]


def mark_complaints(db: Connection) -> None:
    """Mark the complaints among the attributions stored before the column existed, as
    ingest marks new ones: the audit reads only marked rows, so an old store must not lose
    its contesting statements by upgrading."""
    # Imported here: the store knows no text rule, this one-off upgrade borrows the one
    # the per-document stage applies (``audit.complaints``).
    from corroborate.audit.complaints import complains

    by_document: dict[str, list[tuple[str, str]]] = {}
    for id_, document_id, content in db.query("SELECT id, document_id, content FROM attributions"):
        by_document.setdefault(document_id, []).append((id_, content))
    marked = []
    for document_id, found in sorted(by_document.items()):
        rows = db.query("SELECT text FROM documents WHERE id = ?", (document_id,))
        if not rows:
            continue
        text = rows[0][0]
        for id_, content in found:
            if complains(text, [(s, e) for s, e in json.loads(content)]):
                marked.append((id_,))
    if marked:
        db.executemany("UPDATE attributions SET complaint = 1 WHERE id = ?", marked)


def read_ledger_facts(db: Connection) -> None:
    """Read what the ledger needs of the texts stored before it was stored, as ingest reads it:
    each attribution's facts, each claim's date and custodial report. The ledger reads only
    these (an attribution without facts is left out), so an old store must not lose its
    allegations or dates by upgrading. The stored events get their custodial report too, so
    that a correction applied before the next rebuild keeps ``confession_only``."""
    # Imported here: the store knows no text rule; this one-off upgrade borrows the one the
    # per-document stage applies (``nlp.facts``), with the document's stored mentions.
    from corroborate.nlp.facts import attribution_facts, claim_facts, custodial_report
    from corroborate.nlp.sentences import sentences
    from corroborate.records import Claim, Document
    from corroborate.store import rows

    by_document: dict[str, list[rows.StoredAttribution]] = {}
    # Only the columns of the first schema: this migration may run before another adds its
    # own (a complaint, say), whose value the facts do not depend on.
    columns = rows.ATTRIBUTION_COLUMNS_BEFORE_COMPLAINTS
    for row in db.query(f"SELECT {columns} FROM attributions"):
        stored = rows.attribution_from_row((*row, 0, None, None, None))
        by_document.setdefault(stored.document_id, []).append(stored)
    claims: dict[str, list[tuple[int, Claim, dict[str, object]]]] = {}
    for row in db.query(f"SELECT {rows.CLAIM_COLUMNS} FROM claims"):
        document_id, claim = rows.claim_from_row(row)
        claims.setdefault(document_id, []).append((row[1], claim, json.loads(row[-1])))
    facts, dates = [], []
    for document_id in sorted(by_document.keys() | claims.keys()):
        got = db.query("SELECT text, published FROM documents WHERE id = ?", (document_id,))
        if not got:
            continue
        document = Document(document_id, got[0][0], published=got[0][1])
        found_mentions = db.query(
            f"SELECT {rows.MENTION_COLUMNS} FROM mentions WHERE document_id = ?", (document_id,)
        )
        found_mentions.sort(key=lambda row: row[1])
        mentions = [rows.mention_from_row(row)[1] for row in found_mentions]
        spans = sentences(document.text)
        for stored in by_document.get(document_id, []):
            read = attribution_facts(document, stored.attribution, mentions, spans)
            if read is not None:
                facts.append((*rows.facts_values(read), stored.id))
        for position, claim, data in claims.get(document_id, []):
            read_claim = claim_facts(document, claim)
            data.update(date=read_claim.date, custodial_report=read_claim.custodial_report)
            if read_claim.when is not None:  # an expression the parse read, resolved
                data.update(when=read_claim.when.to_json())
            dates.append((rows.dumps(data), document_id, position))
    if facts:
        db.executemany(
            "UPDATE attributions SET quote_start = ?, quote_end = ?, facts = ? WHERE id = ?", facts
        )
    if dates:
        db.executemany("UPDATE claims SET data = ? WHERE document_id = ? AND position = ?", dates)
    events = [
        (allegation_id, position)
        for allegation_id, position, quote, source in db.query(
            "SELECT allegation_id, position, quote, source FROM events"
        )
        if custodial_report(quote, source)
    ]
    if events:
        db.executemany(
            "UPDATE events SET custodial_report = 1 WHERE allegation_id = ? AND position = ?",
            events,
        )


def read_for_the_audit(db: Connection) -> None:
    """Read what the audit needs of the stored rows, as ingest reads it: each attribution's
    ``speaker`` ("the party" -> the organisation named before it), each person mention's
    ``title_organization`` ("PRP spokesman X"), each figure's ``agency_kinds`` ("Pakistan
    Rangers Sindh" -> "rangers"). The audit reads only these, so an old store must not lose
    its contesting statements or its briefings by upgrading."""
    # Imported here: the store knows no text rule; this one-off upgrade borrows the one the
    # per-document stage applies (``audit.speakers``, ``audit.figures``), with the document's
    # stored mentions.
    # Only the columns this migration and the first schema know are read, so that it does
    # not depend on a later migration's.
    from corroborate.audit.figures import agency_kinds
    from corroborate.audit.speakers import speaker, title_organization
    from corroborate.records import Attribution, Mention
    from corroborate.store import rows

    by_document: dict[str, list[tuple[str, Attribution]]] = {}
    for id_, document_id, source_name, source, cue in db.query(
        "SELECT id, document_id, source_name, source, cue FROM attributions"
    ):
        read = Attribution(
            source=[(s, e) for s, e in json.loads(source)],
            cue=[(s, e) for s, e in json.loads(cue)],
            content=[],
            source_name=source_name,
        )
        by_document.setdefault(document_id, []).append((id_, read))
    mentions: dict[str, list[tuple[int, Mention, dict[str, object]]]] = {}
    for row in db.query(f"SELECT {rows.MENTION_COLUMNS} FROM mentions"):
        document_id, mention = rows.mention_from_row(row)
        mentions.setdefault(document_id, []).append((row[1], mention, json.loads(row[-1])))
    speakers, titles = [], []
    for document_id in sorted(by_document.keys() | mentions.keys()):
        found = sorted(mentions.get(document_id, []), key=lambda item: item[0])
        named = [m for _, m, _ in found]
        for id_, read in by_document.get(document_id, []):
            name = speaker(read, named)
            if name is not None:
                speakers.append((name, id_))
        people = [item for item in found if item[1].type == "person"]
        if not people:
            continue
        got = db.query("SELECT text FROM documents WHERE id = ?", (document_id,))
        if not got:
            continue
        for position, mention, fields in people:
            title = title_organization(got[0][0], mention)
            if title is not None:
                fields["title_organization"] = title
                titles.append((rows.dumps(fields), document_id, position))
    if speakers:
        db.executemany("UPDATE attributions SET speaker = ? WHERE id = ?", speakers)
    if titles:
        db.executemany(
            "UPDATE mentions SET data = ? WHERE document_id = ? AND position = ?", titles
        )
    # Every figure, an empty list too, as ingest writes it: an upgraded row reads as a new one.
    kinds = [
        (rows.dumps({**json.loads(data), "agency_kinds": list(agency_kinds(agency))}), document_id,
         position)
        for document_id, position, agency, data in db.query(
            "SELECT document_id, position, agency, data FROM figures"
        )
    ]  # fmt: skip
    if kinds:
        db.executemany("UPDATE figures SET data = ? WHERE document_id = ? AND position = ?", kinds)


def sum_names(db: Connection) -> None:
    """Each name's sum of the stored ``index_mentioned`` rows (``NAME_SUMS``, below)."""
    rows = db.query("SELECT document_id, published, node, mentions, accused FROM index_mentioned")
    sums = sorted(name_sums(tuple(r) for r in rows).values())
    if sums:
        db.executemany(
            "INSERT INTO index_name_sums (node, row_count, reports, mentions, accused,"
            " first_published, first_document, least_document) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            sums,
        )


def mark_inferred_events(db: Connection) -> None:
    """Mark the stored events the ledger inferred (``Event.inferred``), told by the shape the
    ledger gave them before it marked them, as ``events_rejoined`` then told them: a
    correction applied before the next rebuild must still drop them and infer again, and the
    reader must be told why a confession quotes a retraction. The shape is as exact as it was:
    a read confession told after the fact in its retraction's very sentence has it too, and
    is marked until the next rebuild (the first after an upgrade is whole) marks by the
    inference itself."""
    # Only the columns this migration and those before it know: a later migration's may not
    # exist yet when this one runs.
    by_allegation: dict[str, list[tuple[int, Event]]] = {}
    for allegation_id, position, kind, source, document_id, quote, start, end, *rest in db.query(
        "SELECT allegation_id, position, kind, source, document_id, quote, start_char,"
        " end_char, date_text, before_report, retells_document FROM events"
    ):
        date_text, before, retells = rest
        event = Event(None, kind, None, None, source, document_id, quote, start, end,
                      date_text=date_text, before_report=bool(before),
                      retells_document=retells)  # fmt: skip
        by_allegation.setdefault(allegation_id, []).append((position, event))
    marks = []
    for allegation_id, events in sorted(by_allegation.items()):
        for position, event in events:
            inference = _inferred_by_shape(event, [e for _, e in events])
            if inference is not None:
                marks.append((inference, allegation_id, position))
    if marks:
        db.executemany(
            "UPDATE events SET inferred = ? WHERE allegation_id = ? AND position = ?", marks
        )


def _inferred_by_shape(event: Event, events: list[Event]) -> Inference | None:
    """The inference that made ``event``, one of its allegation's ``events``, by its shape in
    a ledger stored before the mark: the words of another event of the allegation (same
    report, offsets and quote), a confession of a retraction's with no source or date words
    of its own and told before its report, a retraction of a denial's retelling the one on
    record. Kept as those ledgers made them: this upgrade reads only them."""

    def quotes_a(kind: str) -> bool:
        words = (event.document_id, event.start, event.end, event.quote)
        return any((e.document_id, e.start, e.end, e.quote) == words
                   for e in events if e.kind == kind)  # fmt: skip

    if (
        event.kind == "confession"
        and event.source is None
        and event.date_text is None
        and event.before_report
        and quotes_a("retraction")
    ):
        return "confession_told_by_retraction"
    if event.kind == "retraction" and event.retells_document is not None and quotes_a("denial"):
        return "retraction_standing_in_denial"
    return None
