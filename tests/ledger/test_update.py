"""``ledger.update``: the update path for new documents that touch nothing stored (added),
each reason they are not simply added (then the ledger is rebuilt from a fresh resolution
reusing stored records, ``ledger.restep``), and each reason for a full rebuild. After every
step the stored ledger must equal one full rebuild (``rebuild_and_compare`` finds
nothing)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate.ledger import fingerprint
from corroborate.ledger import update as update_module
from corroborate.ledger.build import AnalysedDocument, build_indexed
from corroborate.ledger.fingerprint import code_fingerprint
from corroborate.ledger.store import rebuild_and_compare, update
from corroborate.ledger.update import Update
from corroborate.records import Document, EntityType, Ledger, Mention
from corroborate.resolve.entity_ids import entity_id
from corroborate.store import Store, open_store
from corroborate.store.index import IndexRows
from tests.conftest import put_analysed


def _stored(tmp_path: Path, docs: list[AnalysedDocument]) -> Store:
    store = open_store(str(tmp_path / "u.db"))
    put_analysed(store, docs)
    assert update(store) == "no index"
    return store


def _updated(store: Store) -> Update | str:
    """The update the ingest hook stored, or the reason it rebuilt whole."""
    seen: list[Update] = []
    reason = update(store, seen.append)
    return reason if reason is not None else seen[0]


def _stepped_again(found: Update | str, why: str) -> Update:
    """``found`` is the update that rebuilt from a fresh resolution, for ``why``."""
    assert isinstance(found, Update), found
    assert found.whole and found.apart == why, (found.whole, found.apart)
    return found


def test_a_new_story_is_added_without_a_rebuild(
    karachi_analysed: list[AnalysedDocument], stories: list[AnalysedDocument], tmp_path: Path
) -> None:
    with _stored(tmp_path, karachi_analysed) as store:
        before = len(store.ledger().entities)
        put_analysed(store, stories[:1])
        assert update(store) is None
        ledger = store.ledger()
        assert len(ledger.entities) > before
        assert any(e.name == "Zebulon Quarrington" for e in ledger.entities)
        assert rebuild_and_compare(store) is None
        # The second report names the same man: it reaches a stored component.
        put_analysed(store, stories[1:])
        _stepped_again(_updated(store), "names reach stored components")
        assert rebuild_and_compare(store) is None


def test_a_variant_block_joins_only_names_alike(
    karachi_analysed: list[AnalysedDocument], stories: list[AnalysedDocument], tmp_path: Path
) -> None:
    turtles, _, quinn, misspelt, _ = stories
    with _stored(tmp_path, [*karachi_analysed, turtles]) as store:
        put_analysed(store, [quinn])
        assert update(store) is None  # "Zara Quinn" is not "Zebulon Quarrington"
        assert any(e.name == "Zara Quinn" for e in store.ledger().entities)
        assert rebuild_and_compare(store) is None
        put_analysed(store, [misspelt])
        _stepped_again(_updated(store), "names reach stored components")
        assert rebuild_and_compare(store) is None


@pytest.mark.parametrize("first", [0, 4])
def test_a_lone_name_and_a_full_name_ending_with_it_step_again(
    karachi_analysed: list[AnalysedDocument],
    stories: list[AnalysedDocument],
    tmp_path: Path,
    first: int,
) -> None:
    # "Oyelaran" alone and "Maribel Oyelaran", stored first either of them.
    then = 4 - first
    lone = [m for m in stories[4].mentions if m.type == "person"]
    assert [m.name for m in lone] == ["Oyelaran"], "the lone surname is a person's"
    with _stored(tmp_path, [*karachi_analysed, stories[first]]) as store:
        put_analysed(store, [stories[then]])
        _stepped_again(_updated(store), "names reach stored components")
        assert rebuild_and_compare(store) is None


def test_a_changed_document_is_stepped_again(
    karachi_analysed: list[AnalysedDocument], tmp_path: Path
) -> None:
    with _stored(tmp_path, karachi_analysed) as store:
        d = karachi_analysed[0]
        changed = AnalysedDocument(
            d.document.__class__(**{**vars(d.document), "text": d.document.text + " More."}),
            d.attributions, d.mentions, d.claims,
        )  # fmt: skip
        put_analysed(store, [changed])
        found = _stepped_again(_updated(store), "a stored document changed or was removed")
        assert d.document.id in found.stepped
        assert rebuild_and_compare(store) is None


def _invented(
    id_: str, published: str, text: str, named: list[tuple[str, EntityType]]
) -> AnalysedDocument:
    """A document with the mentions ``named`` gives ((name as written, type)), no spaCy."""
    mentions = []
    for name, type_ in named:
        start = text.index(name)
        label = {"person": "PERSON", "organization": "ORG"}[type_]
        mentions.append(Mention(start, start + len(name), name, type_, name, label))
    return AnalysedDocument(Document(id_, text, published=published), [], mentions)


def test_an_organisation_whose_name_begins_with_a_title_word_meets_its_acronym(
    tmp_path: Path,
) -> None:
    """ "General Motors" was taken for "Motors" (a person's title dropped) when the update
    compared a new document's names with the stored ones, so it missed the stored acronym
    "GM" its initials spell and added a second entity; a full rebuild makes one."""
    stored = [
        _invented("w1", "2021-03-01", "Workers at GM walked out on Monday.",
                  [("GM", "organization")]),
        _invented("w2", "2021-03-02", "Ada Obiora said GM would close the plant.",
                  [("GM", "organization"), ("Ada Obiora", "person")]),
    ]  # fmt: skip
    new = _invented("w3", "2021-03-03", "General Motors hired Bo Ezeh in March.",
                    [("General Motors", "organization"), ("Bo Ezeh", "person")])  # fmt: skip
    with _stored(tmp_path, stored) as store:
        put_analysed(store, [new])
        _stepped_again(_updated(store), "names reach stored components")
        gm = [e for e in store.ledger().entities if e.type == "organization"]
        assert [(e.name, [a.name for a in e.aliases][:1]) for e in gm] == [
            ("General Motors", ["GM"])
        ]
        assert rebuild_and_compare(store) is None


def test_many_new_documents_rebuild(
    karachi_analysed: list[AnalysedDocument], stories: list[AnalysedDocument], tmp_path: Path
) -> None:
    with _stored(tmp_path, karachi_analysed[:1]) as store:
        put_analysed(store, stories[:2])
        assert update(store) == "too many new documents"
        assert rebuild_and_compare(store) is None


def test_a_correction_naming_the_new_entities_is_applied_whole(
    karachi_analysed: list[AnalysedDocument], stories: list[AnalysedDocument], tmp_path: Path
) -> None:
    with _stored(tmp_path, karachi_analysed) as store:
        someone = next(e.id for e in store.ledger().entities if e.type == "person")
        new = entity_id("person", "Zebulon Quarrington")
        store.add_correction("merge", {"entities": [someone, new], "names": {}}, "same", "t")
        put_analysed(store, stories[:1])
        found = _stepped_again(_updated(store), "a correction by hand names the new entities")
        merged = [e for e in found.ledger.entities if e.id == someone]
        assert merged and any(a.name == "Zebulon Quarrington" for a in merged[0].aliases)
        assert rebuild_and_compare(store) is None


def _index_row(store: Store, table: str, row: tuple[str, ...]) -> None:
    """One row added to the stored index, as if a stored document had made it."""
    rows = IndexRows()
    rows.tables[table].append(row)
    store.update_indexed(lambda s: (Ledger(), rows, False))


def test_a_lookup_of_a_stored_name_steps_again(
    karachi_analysed: list[AnalysedDocument],
    stories: list[AnalysedDocument],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    record = build_indexed(stories[:1])[2][0]
    looked = sorted(ref for ref in record.read if ref[:2] in ("k:", "n:"))[0]
    # The row made up below names no stored entity, in no component: an index no build
    # writes. Resolution scoped to the reached components trusts the stored index outside
    # them (``ledger.reached``), so the resolution of every document is the one tried here.
    monkeypatch.setattr(update_module, "resolve_reached", lambda *args: "made-up index row")
    with _stored(tmp_path, karachi_analysed) as store:
        _index_row(store, "index_names", (looked, "someone", ""))
        put_analysed(store, stories[:1])
        _stepped_again(_updated(store), "lookups read stored names or entities")


def test_a_stored_lookup_of_a_new_name_steps_again(
    karachi_analysed: list[AnalysedDocument], stories: list[AnalysedDocument], tmp_path: Path
) -> None:
    resolution = build_indexed(stories[:1])[1]
    brought = "k:" + sorted(resolution.index.by_key_map)[0]
    with _stored(tmp_path, karachi_analysed) as store:
        _index_row(store, "index_refs", (brought, karachi_analysed[0].document.id))
        put_analysed(store, stories[:1])
        _stepped_again(_updated(store), "stored documents read new names")
        assert rebuild_and_compare(store) is None


def test_an_index_made_by_other_code_rebuilds(
    karachi_analysed: list[AnalysedDocument],
    stories: list[AnalysedDocument],
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    with _stored(tmp_path, karachi_analysed) as store:
        assert store.index_code() == code_fingerprint()
        monkeypatch.setattr(update_module, "code_fingerprint", lambda: "an upgrade")
        put_analysed(store, stories[:1])
        assert update(store) == "the index was made by other code"
        assert rebuild_and_compare(store) is None


def test_the_fingerprint_follows_every_file(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "lexicon").mkdir()
    (tmp_path / "lexicon" / "acts.yaml").write_text("killing: []\n")
    (tmp_path / "rules.py").write_text("X = 1\n")
    monkeypatch.setattr(fingerprint, "_PACKAGE", tmp_path)

    def now() -> str:
        fingerprint.code_fingerprint.cache_clear()
        return fingerprint.code_fingerprint()

    try:
        first = now()
        assert now() == first
        (tmp_path / "lexicon" / "acts.yaml").write_text("killing: [slaying]\n")
        assert now() != first
    finally:
        # the cache would keep this folder's hash for the package's in later tests (a fresh
        # process, which hashes the package, would then find the index "made by other code")
        monkeypatch.undo()
        fingerprint.code_fingerprint.cache_clear()


def test_a_ledger_stored_without_its_index_rebuilds(
    karachi_analysed: list[AnalysedDocument], stories: list[AnalysedDocument], tmp_path: Path
) -> None:
    with _stored(tmp_path, karachi_analysed) as store:
        kept = store.ledger()
        store.rebuild_ledger(lambda s: Ledger(kept.entities[1:], kept.allegations))
        assert store.index_code() is None
        put_analysed(store, stories[:1])
        assert update(store) == "no index"
        assert rebuild_and_compare(store) is None
