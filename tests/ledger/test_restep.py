"""``ledger.restep``: the ledger rebuilt from a fresh resolution, stepping again only the
documents whose inputs changed. Each test stores a corpus with its index, adds documents
that reach stored names, and checks which documents were stepped again and that the stored
ledger equals one full rebuild (``rebuild_and_compare`` finds nothing)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from spacy.language import Language

from corroborate.ledger.build import AnalysedDocument
from corroborate.ledger.delta import resolution_delta
from corroborate.ledger.restep import restep
from corroborate.ledger.store import rebuild_and_compare, update
from corroborate.ledger.update import Update
from corroborate.resolve.entities import Resolution, resolve
from corroborate.resolve.nodes import DocumentMentions
from corroborate.store import Store, open_store
from tests.conftest import analyse_rows, index_snapshot, put_analysed

# Invented reports (not benchmark text): the turtle smuggler of ``tests/ledger/conftest.py``
# named by a report published before every stored one, and one that gives him an employer.
EARLIER = (
    "Customs officers questioned Zebulon Quarrington about a crate of turtles, a customs"
    " spokesman said."
)
EMPLOYED = "Zebulon Quarrington of the Harbour Reptile Company denied smuggling turtles."
# His name in another spelling, more often than the stored reports write his: the entity's
# canonical name, and so its id, become this spelling's.
RESPELT = (
    "Zebulon Quarington was charged with smuggling turtles on Tuesday. Zebulon Quarington"
    " told the court he kept turtles as pets. The judge said Zebulon Quarington would stay"
    " in custody."
)


def _stored(tmp_path: Path, docs: list[AnalysedDocument]) -> Store:
    store = open_store(str(tmp_path / "r.db"))
    put_analysed(store, docs)
    assert update(store) == "no index"
    return store


def _equal_to_a_rebuild(store: Store) -> None:
    """The stored ledger and its index are what a full rebuild writes."""
    updated = index_snapshot(store)
    assert rebuild_and_compare(store) is None
    assert index_snapshot(store) == updated


def _update(store: Store) -> Update:
    seen: list[Update] = []
    assert update(store, seen.append) is None
    return seen[0]


def test_a_report_naming_a_stored_man_steps_again_only_what_it_reaches(
    karachi_analysed: list[AnalysedDocument], stories: list[AnalysedDocument], tmp_path: Path
) -> None:
    with _stored(tmp_path, [*karachi_analysed, stories[0]]) as store:
        put_analysed(store, [stories[1]])  # names Zebulon Quarrington again
        found = _update(store)
        assert found.whole and found.apart == "names reach stored components"
        assert "turtles-2" in found.stepped
        karachi = {d.document.id for d in karachi_analysed}
        assert not found.stepped & karachi, "no Karachi report reads the turtle story's names"
        assert found.documents == len(karachi) + 2
        # By delta: only the records stepped again were made, no other was parsed.
        assert found.by_delta is not None
        assert {r.document_id for r in found.records} == found.stepped - found.as_stored
        _equal_to_a_rebuild(store)


def test_an_earlier_report_of_a_stored_man(
    nlp: Language,
    karachi_analysed: list[AnalysedDocument],
    stories: list[AnalysedDocument],
    tmp_path: Path,
) -> None:
    # Published before the stored report: the first document of his name changes, and so
    # the document his aliases cite and the order his contributions are assembled in.
    rows = [
        {"id": "turtles-0", "text": EARLIER, "published": "2031-04-01"},
        {"id": "turtles-3", "text": EMPLOYED, "published": "2031-06-01"},
    ]
    earlier, employed = analyse_rows(nlp, rows)
    with _stored(tmp_path, [*karachi_analysed, *stories[:2]]) as store:
        put_analysed(store, [earlier])
        assert "turtles-0" in _update(store).stepped
        _equal_to_a_rebuild(store)
        put_analysed(store, [employed])
        assert "turtles-3" in _update(store).stepped
        _equal_to_a_rebuild(store)


def test_a_new_spelling_renames_a_stored_man_in_the_stored_reports(
    nlp: Language,
    karachi_analysed: list[AnalysedDocument],
    stories: list[AnalysedDocument],
    tmp_path: Path,
) -> None:
    (respelt,) = analyse_rows(nlp, [{"id": "turtles-9", "text": RESPELT,
                                     "published": "2031-05-09"}])  # fmt: skip
    with _stored(tmp_path, [*karachi_analysed, stories[0], stories[3]]) as store:
        before = {e.name: e.id for e in store.ledger().entities}
        assert "Zebulon Quarrington" in before and "Zebulon Quarington" not in before
        put_analysed(store, [respelt])
        found = _update(store)
        after = {e.name: e.id for e in store.ledger().entities}
        assert "Zebulon Quarington" in after and "Zebulon Quarrington" not in after
        # The stored reports' steps accused the old id: they must be stepped again.
        assert {"turtles-1", "misspelt"} <= found.stepped
        _equal_to_a_rebuild(store)


# The inspector by her surname alone, beside the man: a lone name that a report naming both
# her in full and him resolves (``lone_names``: the two reports share a rarely named man).
SURNAME = "Inspector Oyelaran accused Zebulon Quarrington of hiding turtles in crates."


def test_a_lone_name_resolved_by_a_new_report_steps_its_report_again(
    nlp: Language,
    karachi_analysed: list[AnalysedDocument],
    stories: list[AnalysedDocument],
    tmp_path: Path,
) -> None:
    (surname,) = analyse_rows(nlp, [{"id": "turtles-0", "text": SURNAME,
                                     "published": "2031-05-01"}])  # fmt: skip
    with _stored(tmp_path, [*karachi_analysed, surname]) as store:
        put_analysed(store, stories[:1])  # names Inspector Maribel Oyelaran in full
        found = _update(store)
        short = found.resolution.short.get("turtles-0", [])
        assert [(w, n[1]) for w, n in short] == [("Oyelaran", "Maribel Oyelaran")]
        # No reference of its record changed; its short forms did, and with them the
        # speaker of its allegation (in its record and the index, not in the ledger).
        assert "turtles-0" in found.stepped
        _equal_to_a_rebuild(store)


# Two reports that write the man's surname alone after his full name (a short form of each),
# the second published before every stored one: the alias "Quarrington" then cites it.
SHORT_LATER = "Zebulon Quarrington was fined. Quarrington said he would appeal the fine."
SHORT_EARLIER = "Zebulon Quarrington was questioned. Quarrington said he kept turtles as pets."


def test_an_alias_that_moves_to_an_earlier_report_steps_no_reader_again(
    nlp: Language,
    karachi_analysed: list[AnalysedDocument],
    stories: list[AnalysedDocument],
    tmp_path: Path,
) -> None:
    later, earlier = analyse_rows(nlp, [
        {"id": "turtles-5", "text": SHORT_LATER, "published": "2031-05-05"},
        {"id": "turtles-0", "text": SHORT_EARLIER, "published": "2031-04-01"},
    ])  # fmt: skip
    with _stored(tmp_path, [*karachi_analysed, *stories[:2], later]) as store:
        man = next(e for e in store.ledger().entities if e.name == "Zebulon Quarrington")
        assert [(a.name, a.document_id) for a in man.aliases] == [("Quarrington", "turtles-5")]
        readers = store.documents_reading({"e:" + man.id})
        assert {"turtles-1", "turtles-2"} <= readers
        put_analysed(store, [earlier])
        found = _update(store)
        moved = next(e for e in store.ledger().entities if e.id == man.id)
        assert man.id in found.ledger_change.entities, "replaced: its alias's document moved"
        assert [(a.name, a.document_id) for a in moved.aliases] == [("Quarrington", "turtles-0")]
        # What the reports read of him (names, affiliations) is unchanged: none is stepped
        # again for the alias's new document.
        assert not found.stepped & readers
        _equal_to_a_rebuild(store)


def test_a_removed_document_leaves_the_ledger(
    karachi_analysed: list[AnalysedDocument], stories: list[AnalysedDocument], tmp_path: Path
) -> None:
    # No command removes a document yet; the update must still follow the store.
    with _stored(tmp_path, [*karachi_analysed, *stories[:2]]) as store:
        with sqlite3.connect(tmp_path / "r.db") as raw:
            raw.execute("PRAGMA foreign_keys = ON")
            raw.execute("DELETE FROM documents WHERE id = 'turtles-2'")
        found = _update(store)
        assert found.apart == "a stored document changed or was removed"
        assert found.removed == {"turtles-2"}
        assert all(e.document_id != "turtles-2" for a in store.ledger().allegations
                   for e in a.events)  # fmt: skip
        _equal_to_a_rebuild(store)


def test_nothing_changed_steps_nothing_again(
    karachi_analysed: list[AnalysedDocument], tmp_path: Path
) -> None:
    with _stored(tmp_path, karachi_analysed) as store:
        done = restep(store, set())
        assert done.stepped == set()
        assert len(done.records) == len(karachi_analysed)


def test_the_delta_refs_are_the_new_names_and_what_they_change(
    karachi_analysed: list[AnalysedDocument], stories: list[AnalysedDocument], tmp_path: Path
) -> None:
    with _stored(tmp_path, [*karachi_analysed, stories[0]]) as store:
        assert resolution_delta(store, _resolved([*karachi_analysed, stories[0]])).refs == set()
        changed = resolution_delta(store, _resolved([*karachi_analysed, *stories[:2]])).refs
        assert "m:person\tIgnatius Vandermolen" in changed  # a name the new report brings
        # Of the stored reports, only the first of the story read what changed.
        assert store.documents_reading(changed) <= {"turtles-1"}


def _resolved(docs: list[AnalysedDocument]) -> Resolution:
    ordered = sorted(docs, key=lambda d: (d.document.published or "", d.document.id))
    return resolve(
        DocumentMentions(d.document.id, d.document.published, d.mentions, tuple(d.claims))
        for d in ordered
    )
