"""The store on both backends: round trips, idempotence, replacement, the ledger, bad input."""

from __future__ import annotations

import dataclasses
import sqlite3
from pathlib import Path
from typing import Any

import pytest

from corroborate.errors import StoreError
from corroborate.records import (
    Affiliation,
    Alias,
    Allegation,
    Attribution,
    Document,
    Entity,
    Event,
    Figure,
    Ledger,
    Mention,
    Quantity,
)
from corroborate.store import content_hash, open_store, parse_url, redact

TEXT = "Police said the suspect confessed to 37 killings. He denied it in court."
DOC = Document(
    id="d1",
    text=TEXT,
    url="https://example.org/1",
    outlet="The Ledger",
    published="2019-03-14",
    title="Suspect confessed",
    path="corpus.jsonl",
    line=3,
)
ATTRIBUTIONS = [
    Attribution(
        source=[(0, 6)],
        cue=[(7, 11)],
        content=[(12, 48)],
        source_name="Police",
        kind="confession",
        setting="custodial",
        target="the suspect",
        quantities=[Quantity(unit="killings", start=37, end=48, value=37.0, qualifier="over")],
    ),
    Attribution(source=[(50, 52)], cue=[(53, 59)], content=[(60, 62)], kind="denial"),
    # A discontinuous content and a range: both must come back exactly.
    Attribution(
        source=[],
        cue=[(53, 59)],
        content=[(12, 23), (60, 71)],
        quantities=[Quantity(unit="killings", start=37, end=48, low=30, high=40.5)],
    ),
]
MENTIONS = [
    Mention(0, 6, "Police", "organization", "Police", "ORG"),
    Mention(50, 52, "He", "person", "Tariq Noor", "pronoun", alias="Doctor", alias_kind="alias"),
]


def test_round_trip(url: str) -> None:
    with open_store(url) as store:
        assert store.put_document(DOC, ATTRIBUTIONS, MENTIONS) == "added"
    with open_store(url) as store:  # a new connection: nothing is only in memory
        [stored] = store.documents()
        assert stored.document == DOC
        assert stored.content_hash == content_hash(DOC) == store.document_hash("d1")
        assert store.document("d1") == stored and store.document("nope") is None
        found = store.attributions()
        assert [a.attribution for a in found] == ATTRIBUTIONS
        assert {a.document_id for a in found} == {"d1"}
        assert len({a.id for a in found}) == 3
        assert store.attributions("d1") == found and store.attributions("other") == []
        assert store.mentions() == [("d1", m) for m in MENTIONS]
        assert store.counts() == {
            "documents": 1,
            "attributions": 3,
            "entities": 0,
            "allegations": 0,
        }


def test_complaints_are_the_marked_attributions(url: str) -> None:
    """``complaints`` reads the attributions marked as complaints, and only those."""
    second = dataclasses.replace(DOC, id="d2")
    complaining = dataclasses.replace(ATTRIBUTIONS[1], complaint=True)
    with open_store(url) as store:
        store.put_document(DOC, ATTRIBUTIONS)
        assert store.complaints() == []
        store.put_document(second, [ATTRIBUTIONS[0], complaining])
        [found] = store.complaints()
        assert (found.document_id, found.attribution) == ("d2", complaining)
        assert [a.attribution.complaint for a in store.attributions("d2")] == [False, True]


def test_attribution_ids_are_stable_across_databases(url: str, tmp_path: Path) -> None:
    with open_store(url) as first, open_store(str(tmp_path / "other.db")) as second:
        first.put_document(DOC, ATTRIBUTIONS)
        second.put_document(DOC, ATTRIBUTIONS)
        assert [a.id for a in first.attributions()] == [a.id for a in second.attributions()]


def test_same_content_adds_nothing(url: str) -> None:
    with open_store(url) as store:
        store.put_document(DOC, ATTRIBUTIONS)
        before = store.documents()
        # Where it was read from is not content: moving the file changes nothing.
        moved = dataclasses.replace(DOC, path="elsewhere.jsonl", line=9)
        assert store.put_document(moved, ATTRIBUTIONS[:1]) == "unchanged"
        assert store.documents() == before
        assert len(store.attributions()) == 3


@pytest.mark.parametrize(
    "change", [{"text": TEXT + " More."}, {"title": "Another title"}, {"published": None}]
)
def test_changed_document_replaces_its_extraction(url: str, change: dict[str, Any]) -> None:
    changed = dataclasses.replace(DOC, **change)
    with open_store(url) as store:
        store.put_document(DOC, ATTRIBUTIONS, MENTIONS)
        store.put_document(dataclasses.replace(DOC, id="d2"), ATTRIBUTIONS)
        assert store.put_document(changed, ATTRIBUTIONS[1:2], MENTIONS[:1]) == "replaced"
        assert store.document("d1") is not None
        assert store.document("d1").document == changed  # type: ignore[union-attr]
        assert [a.attribution for a in store.attributions("d1")] == ATTRIBUTIONS[1:2]
        assert store.mentions("d1") == [("d1", MENTIONS[0])]
        assert len(store.attributions("d2")) == 3  # other documents untouched
        assert store.counts()["documents"] == 2


HOSTILE = [
    "<script>alert('x')</script><img src=x onerror=alert(1)>",
    "'); DROP TABLE documents; --",
    "Robert'); DELETE FROM attributions WHERE ('1'='1",
    "100% ? %s %(x)s {0} $1 \\x00 \\",
    "Ünïcödé — «quotes» 𝔘𝔫𝔦 👩🏽‍⚖️ عزیر بلوچ\u200f \u2028line\u2029para\r\nCRLF\ttab",
]


@pytest.mark.parametrize("hostile", HOSTILE)
def test_hostile_text_is_stored_verbatim(url: str, hostile: str) -> None:
    document = Document(id=hostile, text=hostile + " " + TEXT, title=hostile, url=hostile)
    with open_store(url) as store:
        store.put_document(document, [Attribution(source=[], cue=[(0, 3)], content=[(0, 5)])])
        [stored] = store.documents()
        assert stored.document == document
        assert store.counts()["documents"] == 1  # and the tables are all still there


@pytest.mark.parametrize("bad", ["NUL \0 inside", "lone \ud800 surrogate"])
def test_unstorable_text_is_refused_on_every_backend(url: str, bad: str) -> None:
    with open_store(url) as store:
        with pytest.raises(StoreError, match="d1"):
            store.put_document(dataclasses.replace(DOC, text=bad), ATTRIBUTIONS)
        assert store.counts()["documents"] == 0


def ledger() -> Ledger:
    uzair = Entity(
        id="e-uzair",
        name="Uzair Jan Baloch",
        type="person",
        aliases=[Alias("Uzair Baloch", "shorter form", "d1"), Alias("Uzair", "first name")],
        affiliations=[Affiliation("e-pac", "Peoples Aman Committee", "chief", "2016-01-30", "d1")],
    )
    pac = Entity(id="e-pac", name="Peoples Aman Committee", type="organization")
    events = [
        Event("2016-01-30", "confession", None, "custodial", "JIT", "d1", "confessed", 24, 33),
        Event("2020-04-10", "ruling", "acquitted", None, "court", "d1", "denied", 53, 59),
    ]
    allegation = Allegation(
        id="a-1",
        accused=["e-uzair"],
        act="killings",
        alleged_by=["JIT"],
        status="acquitted",
        confession_only=True,
        quantities=[Figure("killings", "2016-01-30", "JIT", "d1", value=198)],
        events=events,
    )
    other = Allegation("a-0", ["e-pac"], "extortion", [], "alleged", False)
    return Ledger(entities=[uzair, pac], allegations=[allegation, other])


def test_ledger_round_trip_reads_canonical_order(url: str) -> None:
    # Read back in canonical order (``Ledger.canonical``), whatever order it was written in:
    # an update adds rows after the stored ones.
    written = ledger()
    assert written != written.canonical(), "the invented ledger is not in canonical order"
    with open_store(url) as store:
        assert store.ledger() == Ledger()
        store.replace_ledger(written)
        assert store.ledger() == written.canonical()
        assert store.ledger().to_json() == written.canonical().to_json()
        assert store.counts()["entities"] == 2 and store.counts()["allegations"] == 2
        smaller = Ledger(entities=written.entities[1:], allegations=[])
        store.replace_ledger(smaller)
        assert store.ledger() == smaller


def test_failed_ledger_write_keeps_the_old_one(url: str) -> None:
    with open_store(url) as store:
        store.replace_ledger(ledger())
        duplicate = Ledger(entities=[ledger().entities[1], ledger().entities[1]])
        with pytest.raises(StoreError):
            store.replace_ledger(duplicate)
        assert store.ledger() == ledger().canonical()


def test_sqlite_url_forms(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.chdir(tmp_path)
    with open_store("sqlite:///rel.db") as store:
        store.put_document(DOC, [])
    with open_store(f"sqlite:///{tmp_path}/rel.db") as store:  # four slashes: absolute
        assert store.counts()["documents"] == 1
    with open_store("sqlite:///:memory:") as store:
        assert store.counts()["documents"] == 0
    assert (tmp_path / "rel.db").is_file()


@pytest.mark.parametrize(
    ("url", "expected"),
    [
        ("", "empty"),
        ("mysql://u@h/db", "unsupported database URL scheme 'mysql'"),
        ("sqlite://x.db", "three slashes"),
    ],
)
def test_bad_urls(url: str, expected: str) -> None:
    with pytest.raises(StoreError, match=expected):
        parse_url(url)


def test_passwords_are_never_shown() -> None:
    assert (
        redact("postgresql://me:s3cret@db.example:5433/x")
        == "postgresql://me:***@db.example:5433/x"
    )
    assert "s3cret" not in parse_url("postgres://me:s3cret@h/x").shown
    assert redact("postgresql://me@h/x") == "postgresql://me@h/x"


def test_unreachable_postgres_is_one_clear_line() -> None:
    with pytest.raises(StoreError) as caught:
        open_store("postgresql://me:s3cret@127.0.0.1:1/nodb?connect_timeout=2")
    message = str(caught.value)
    assert message.startswith("cannot connect to postgresql://me:***@127.0.0.1:1/nodb")
    assert "server is running" in message and "s3cret" not in message and "\n" not in message


def test_not_a_database(tmp_path: Path) -> None:
    path = tmp_path / "notes.db"
    path.write_text("these are my notes, not a database\n" * 100)
    with pytest.raises(StoreError, match="not an SQLite database; pass another --db"):
        open_store(str(path))
    assert path.read_text().startswith("these are my notes")  # left alone


def test_missing_database_is_not_created_when_reading(tmp_path: Path) -> None:
    with pytest.raises(StoreError, match="no such database; run corroborate ingest first"):
        open_store(str(tmp_path / "missing.db"), create=False)
    assert not (tmp_path / "missing.db").exists()


def test_sqlite_file_is_plain_for_datasette(tmp_path: Path) -> None:
    path = tmp_path / "plain.db"
    with open_store(str(path)) as store:
        store.put_document(DOC, ATTRIBUTIONS)
    with sqlite3.connect(path) as db:
        kind, quote, source = db.execute(
            "SELECT kind, quote, source FROM attributions ORDER BY position"
        ).fetchone()
    assert (kind, quote, source) == ("confession", TEXT[12:48], "[[0,6]]")
