"""Migrations: applied in order on open, once; an older database upgrades and keeps its data."""

from __future__ import annotations

from dataclasses import replace

import pytest

from corroborate.audit.figures import agency_kinds
from corroborate.audit.speakers import with_speakers, with_titles
from corroborate.errors import StoreError
from corroborate.nlp.facts import attribution_facts
from corroborate.records import (
    NONE_STATED,
    Attribution,
    Claim,
    DateExpression,
    Document,
    EnforcementFigure,
    Ledger,
    Mention,
    Participant,
)
from corroborate.store import open_store
from corroborate.store.connection import Connection, connect
from corroborate.store.migrations import (
    AUDIT_READS,
    INFERRED_EVENTS,
    LEDGER_FACTS,
    MIGRATIONS,
    Migration,
)
from corroborate.store.url import parse_url

DOC = Document(id="old", text="The minister denied the charge.", title="Denial")
FOUND = [Attribution(source=[(0, 12)], cue=[(13, 19)], content=[(20, 30)], kind="denial")]


def applied(url: str) -> list[tuple[int, str]]:
    db = connect(parse_url(url))
    try:
        return sorted((v, n) for v, n in db.query("SELECT version, name FROM migrations"))
    finally:
        db.close()


def test_versions_are_numbered_in_order() -> None:
    assert [m.version for m in MIGRATIONS] == list(range(1, len(MIGRATIONS) + 1))


def test_new_database_gets_every_migration_once(url: str) -> None:
    with open_store(url) as store:
        assert store.schema_version() == len(MIGRATIONS)
    with open_store(url):  # opening again applies nothing twice
        pass
    assert applied(url) == [(m.version, m.name) for m in MIGRATIONS]


@pytest.mark.parametrize("version", range(1, len(MIGRATIONS)))
def test_older_database_upgrades_and_keeps_its_data(url: str, version: int) -> None:
    with open_store(url, migrations=MIGRATIONS[:version]) as old:
        assert old.schema_version() == version
        old.put_document(DOC, FOUND)
    with open_store(url) as store:
        assert store.schema_version() == len(MIGRATIONS)
        assert [d.document for d in store.documents()] == [DOC]
        # an upgrade past LEDGER_FACTS reads the facts the ledger needs, as ingest would have;
        # a store already past it keeps what was put (none here: put without facts)
        assert [replace(a.attribution, facts=None) for a in store.attributions()] == FOUND
        assert [a.attribution.facts for a in store.attributions()] == [
            attribution_facts(DOC, a, []) if version < LEDGER_FACTS.version else None for a in FOUND
        ]
        assert store.ledger() == Ledger()  # the new tables work
        assert store.counts()["allegations"] == 0


def test_upgrade_marks_the_complaints_stored_before(url: str) -> None:
    """Attributions stored before complaints were marked get the mark ingest would give
    them, so that an upgraded store's audit keeps its contesting statements."""
    text = "The Harbour League said the raids were discriminatory. The Guard denied it."
    complaint = Attribution(source=[(0, 18)], cue=[(19, 23)], content=[(24, 53)])
    other = Attribution(source=[(55, 64)], cue=[(65, 71)], content=[(72, 74)], kind="denial")
    before = [m for m in MIGRATIONS if m.name != "attributions that complain"]
    assert len(before) == len(MIGRATIONS) - 1
    with open_store(url, migrations=tuple(before)) as old:
        old.put_document(Document(id="old", text=text), [complaint, other])
    with open_store(url) as store:
        [found] = store.complaints()
        assert found.attribution == Attribution(
            source=[(0, 18)], cue=[(19, 23)], content=[(24, 53)], complaint=True
        )
        assert [a.attribution.complaint for a in store.attributions()] == [True, False]


def _at(text: str, words: str) -> tuple[int, int]:
    start = text.index(words)
    return start, start + len(words)


def test_upgrade_reads_the_facts_stored_before(url: str) -> None:
    """Attributions and claims stored before the ledger's facts were read get what ingest
    would give them, read with the document's stored mentions: the ledger reads only stored
    facts, so an upgraded store keeps its denials, confessions and dates."""
    text = (
        "Officials of the Harbour League called the charges baseless. "
        "The report said Omar Vane confessed to the arson in custody. "
        "Vane was charged on Monday."
    )
    document = Document(id="old", text=text, published="2024-03-08")  # a Friday
    denial = Attribution([_at(text, "Officials of the Harbour League")], [_at(text, "called")],
                         [_at(text, "the charges baseless")])  # fmt: skip
    reported = Attribution([_at(text, "The report")], [_at(text, "said")],
                           [_at(text, "Omar Vane confessed to the arson in custody")],
                           kind="allegation")  # fmt: skip
    vane = Mention(*_at(text, "Omar Vane"), "Omar Vane", "person", "Omar Vane", "PERSON")
    league = Mention(*_at(text, "Harbour League"), "Harbour League", "organization",
                     "Harbour League", "ORG")  # fmt: skip
    start, end = _at(text, "Vane was charged on Monday.")
    vane_charged = (Participant("Vane", "accused", start, start + 4),)
    # the expression its cue governs, as the parse read it at ingest (``Claim.when``): the
    # upgrade resolves it (it does not parse: a claim stored without one gets its report's day)
    monday = DateExpression("Monday", *_at(text, "Monday"))
    charge = Claim("charge", start, end, _at(text, "charged"), vane_charged, when=monday)
    with open_store(url, migrations=tuple(m for m in MIGRATIONS if m is not LEDGER_FACTS)) as old:
        old.put_document(document, [denial, reported], [league, vane], claims=[charge])
    with open_store(url) as store:
        first, second = (a.attribution.facts for a in store.attributions())
        [(_, stored_charge)] = store.claims()
    assert first == attribution_facts(document, denial, [league, vane])
    assert second == attribution_facts(document, reported, [league, vane])
    assert first is not None and first.denies and first.names_accusations
    assert second is not None and second.reports_confession and second.named == ("Omar Vane",)
    assert second.reported_setting == "custodial" and second.date == "2024-03-08"
    assert text[slice(*second.quote)].startswith("The report said Omar Vane confessed")
    assert stored_charge == replace(
        charge, date="2024-03-04", when=replace(monday, value="2024-03-04")
    )


def test_upgrade_reads_whom_the_stored_sources_speak_for(url: str) -> None:
    """Attributions and mentions stored before the audit's speakers were read get what ingest
    would give them: "the party" the organisation named before it, a person the organisation
    of the title before the name. The audit reads only these, so an upgraded store keeps its
    contesting statements; a store put at the new schema reads back what it was given."""
    text = (
        "Guards raided the offices of the Tide Party. The party said it was singled out."
        " Tide Party spokesman Omar Vane called the raids unfair."
    )
    document = Document(id="old", text=text)
    the_party = Attribution([_at(text, "The party")], [_at(text, "said")],
                            [_at(text, "it was singled out")], source_name="The party")  # fmt: skip
    vane_said = Attribution([_at(text, "Omar Vane")], [_at(text, "called")],
                            [_at(text, "the raids unfair")], source_name="Omar Vane")  # fmt: skip
    unnamed = Attribution([], [_at(text, "raided")], [_at(text, "the offices")])
    party = Mention(*_at(text, "Tide Party"), "Tide Party", "organization", "Tide Party", "ORG")
    vane = Mention(*_at(text, "Omar Vane"), "Omar Vane", "person", "Omar Vane", "PERSON")
    found, named = [the_party, vane_said, unnamed], [party, vane]
    with open_store(url, migrations=tuple(m for m in MIGRATIONS if m is not AUDIT_READS)) as old:
        old.put_document(document, found, named)
    with open_store(url) as store:
        speakers = [a.attribution.speaker for a in store.attributions()]
        titles = [m.title_organization for _, m in store.mentions()]
        store.put_document(replace(document, id="new"), with_speakers(found, named),
                           with_titles(text, named))  # fmt: skip
        again = [a.attribution for a in store.attributions("new")]
        again_named = [m for _, m in store.mentions("new")]
    assert speakers == ["Tide Party", "Omar Vane", None]
    assert titles == [None, "Tide Party"]
    assert [a.speaker for a in with_speakers(found, named)] == speakers
    assert [m.title_organization for m in with_titles(text, named)] == titles
    assert again == with_speakers(found, named)
    assert again_named == with_titles(text, named)


def test_upgrade_reads_the_kind_of_force_of_the_stored_figures(url: str) -> None:
    """Figures stored before their agency's kind was read get it, as ingest gives it, so that
    an upgraded store links the same accounts into one briefing; a figure put at the new
    schema reads back what it was given."""
    text = "Pakistan Rangers Sindh said they arrested 930 suspects in raids."
    figure = EnforcementFigure("arrests", NONE_STATED, "old", text, 0, len(text), value=930,
                               agency="Pakistan Rangers Sindh")  # fmt: skip
    unnamed = replace(figure, value=412, measure="raids", agency=None)
    with open_store(url, migrations=tuple(m for m in MIGRATIONS if m is not AUDIT_READS)) as old:
        old.put_document(Document(id="old", text=text), [], figures=[figure, unnamed])
    with open_store(url) as store:
        upgraded = store.figures("old")
        read = [replace(f, document_id="new", agency_kinds=agency_kinds(f.agency))
                for f in (figure, unnamed)]  # fmt: skip
        store.put_document(Document(id="new", text=text), [], figures=read)
        again = store.figures("new")
    assert [f.agency_kinds for f in upgraded] == [("rangers",), ()]
    assert upgraded == [replace(f, document_id="old") for f in read]
    assert again == read


def _insert_arson(db: Connection, status: str, confession_only: bool) -> None:
    """Allegation ``a1`` (arson, nobody named) with ``status``, in the columns every schema
    since the ledger's first has: the rows the upgrades under test read."""
    db.execute(
        "INSERT INTO allegations (id, position, act, status, confession_only, accused,"
        " alleged_by, quantities) VALUES ('a1', 0, 'arson', ?, ?, '[]', '[]', '[]')",
        (status, int(confession_only)),
    )


def _store_arson(
    url: str,
    *,
    confession_only: bool,
    events: list[tuple[str | None, str, str | None, str, int, int]],
) -> None:
    """Write allegation ``a1`` (arson, nobody named) and its ``events`` (date, kind, source,
    quote, start and end, in order, of document ``d``) straight into the database at ``url``,
    as the older corroborate its schema belongs to stored them: ``Store`` would write the
    columns of the newest schema, which the migration under test must fill in itself."""
    db = connect(parse_url(url))
    try:
        with db.transaction():
            _insert_arson(db, "alleged", confession_only)
            for position, (date, kind, source, quote, start, end) in enumerate(events):
                db.execute(
                    "INSERT INTO events (allegation_id, position, date, kind, outcome, setting,"
                    " source, document_id, quote, start_char, end_char)"
                    " VALUES ('a1', ?, ?, ?, NULL, NULL, ?, 'd', ?, ?, ?)",
                    (position, date, kind, source, quote, start, end),
                )
    finally:
        db.close()


def test_upgrade_marks_the_stored_events_that_report_custody(url: str) -> None:
    """The stored ledger's events get their custodial report (read from their quote and
    source, as ingest now reads it), so that a correction applied to it before the next
    rebuild still sees that the allegation rests on a custodial confession."""
    with open_store(url, migrations=tuple(m for m in MIGRATIONS if m is not LEDGER_FACTS)):
        pass
    quotes = [
        ("According to the report, Vane confessed to the arson.", "the JIT"),
        ("Vane confessed in police custody.", None),
        ("Vane confessed to a magistrate.", "the court"),
    ]
    _store_arson(
        url,
        confession_only=True,
        events=[(None, "allegation", source, quote, 0, 1) for quote, source in quotes],
    )
    with open_store(url) as store:
        [allegation] = store.ledger().allegations
    assert [e.custodial_report for e in allegation.events] == [True, True, False]


def test_newer_database_is_refused(url: str) -> None:
    future = Migration(len(MIGRATIONS) + 1, "from the future", ("CREATE TABLE future (x TEXT)",))
    with open_store(url, migrations=(*MIGRATIONS, future)):
        pass
    with pytest.raises(StoreError, match="newer than this corroborate knows.*upgrade corroborate"):
        open_store(url)


def test_failed_migration_leaves_the_schema_as_it_was(url: str) -> None:
    with open_store(url, migrations=MIGRATIONS[:1]) as old:
        old.put_document(DOC, FOUND)
    broken = Migration(2, "broken", ("CREATE TABLE half (x TEXT)", "THIS IS NOT SQL"))
    with pytest.raises(StoreError):
        open_store(url, migrations=(MIGRATIONS[0], broken))
    assert applied(url) == [(1, MIGRATIONS[0].name)]
    with open_store(url) as store:  # the real migration still applies cleanly
        assert store.schema_version() == len(MIGRATIONS)
        assert store.counts()["documents"] == 1


def test_upgrade_adds_the_events_date_expressions(url: str) -> None:
    """Migration 16: a stored event keeps its day and reads with no expression, not told
    after the fact; the upgraded store then keeps each event's expression, its value (a
    partial date too), whether it lies before its report and which event it retells."""
    with open_store(url, migrations=tuple(m for m in MIGRATIONS if m.version < 16)):
        pass
    _store_arson(
        url,
        confession_only=False,
        events=[("2031-06-12", "confession", None, "Vane confessed.", 0, 15)],
    )
    with open_store(url) as store:
        [allegation] = store.ledger().allegations
        [old] = allegation.events
        assert old.date == "2031-06-12" and old.date_text is None and not old.before_report
        told = replace(old, date="2029", date_text="in 2029", date_start=20, date_end=27,
                       date_value="2029")  # fmt: skip
        again = replace(old, document_id="e", before_report=True, retells_document="d",
                        retells_start=0)  # fmt: skip
        store.replace_ledger(Ledger([], [replace(allegation, events=[told, again])]))
        assert store.ledger().allegations[0].events == [told, again]


# Invented: one report reads a retraction; the ledger made a confession of its sentence, and
# of a later report's denial a retraction retelling it.
_TAKEN_BACK = "Vane told the court the arson statement was dictated to him."
_DENIED = "Vane's counsel said his client never went near the warehouse."
_BOTH = "Vane had confessed to the arson, and has since withdrawn it."


def test_upgrade_marks_the_events_the_stored_ledger_inferred(url: str) -> None:
    """Migration 18 on a store of the schema before it: the events the stored ledger
    inferred read back with the inference that made them, told by the shape they were
    stored with (another event's very words, and no words of their own), so that a
    correction applied before the next rebuild drops them; the events the reports read
    read back unmarked. Near misses: a confession with a source of its own, or dated by
    its own words, quoting a retraction's sentence; a retraction quoting a denial's words
    that retells nothing."""
    older = tuple(m for m in MIGRATIONS if m.version < INFERRED_EVENTS.version)
    with open_store(url, migrations=older):
        pass
    # (document, kind, source, quote, start, date_text, before_report, retells_document)
    rows = [
        ("d", "confession", None, _TAKEN_BACK, 0, None, 1, None),  # made of the retraction
        ("d", "retraction", None, _TAKEN_BACK, 0, None, 0, None),
        ("e", "denial", None, _DENIED, 0, None, 0, None),
        ("e", "retraction", None, _DENIED, 0, None, 0, "d"),  # made of the denial
        ("f", "confession", "the police", _BOTH, 0, None, 1, None),  # its own source
        ("f", "confession", None, _BOTH, 0, "in 2031", 1, None),  # its own date words
        ("f", "retraction", None, _BOTH, 0, None, 0, None),
        ("g", "denial", None, _DENIED, 0, None, 0, None),
        ("g", "retraction", None, _DENIED, 0, None, 0, None),  # retells nothing
    ]
    db = connect(parse_url(url))
    try:
        with db.transaction():
            _insert_arson(db, "retracted", confession_only=False)
            for position, row in enumerate(rows):
                doc, kind, source, quote, start, words, before, retells = row
                db.execute(
                    "INSERT INTO events (allegation_id, position, date, kind, outcome, setting,"
                    " source, document_id, quote, start_char, end_char, date_text,"
                    " before_report, retells_document)"
                    " VALUES ('a1', ?, '2031-02-01', ?, NULL, NULL, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (position, kind, source, doc, quote, start, start + len(quote), words,
                     before, retells),
                )  # fmt: skip
    finally:
        db.close()
    with open_store(url) as store:
        assert store.schema_version() == len(MIGRATIONS)
        [allegation] = store.ledger().allegations
        assert [(ev.document_id, ev.kind, ev.inferred) for ev in allegation.events] == [
            ("d", "confession", "confession_told_by_retraction"),
            ("d", "retraction", None),
            ("e", "denial", None),
            ("e", "retraction", "retraction_standing_in_denial"),
            ("f", "confession", None),
            ("f", "confession", None),
            ("f", "retraction", None),
            ("g", "denial", None),
            ("g", "retraction", None),
        ]
        # and the upgraded store keeps the mark it is given
        made = replace(allegation.events[6], kind="confession",
                       inferred="confession_told_by_retraction")  # fmt: skip
        store.replace_ledger(Ledger([], [replace(allegation, events=[made])]))
        assert store.ledger().allegations[0].events == [made]
