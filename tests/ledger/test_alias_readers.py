"""An entity whose aliases alone change steps again only the documents that asked about a
name that came or went (``link._not_the_accused``, noted "a:" per name asked), not every
document that reads the entity ("e:") nor those that asked about other names, and the update
still equals a full rebuild. Documents invented as in ``test_update_names``
(mentions, claims, attributions; no spaCy), the target's modifiers set by hand."""

from __future__ import annotations

import inspect
import uuid
from dataclasses import replace
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import corroborate.ledger
from corroborate.ledger.build import AnalysedDocument
from corroborate.ledger.delta import entity_refs
from corroborate.ledger.store import rebuild_and_compare, update
from corroborate.ledger.update import Update
from corroborate.resolve import parts
from corroborate.resolve.entity_index import alias_ref
from corroborate.store import Store, open_store
from tests.conftest import index_snapshot, put_analysed
from tests.ledger.test_update_names import Named, _batches, _corpora, _Corpus, _document

OKAFOR: Named = ("Tayo Okafor", "Tayo Okafor", "person", None, None)
SHORT: Named = ("Okafor", "Tayo Okafor", "person", None, None)  # the short form a report expands
UNION: Named = ("Delta Dockers Union", "Delta Dockers Union", "organization", None, None)


def _modified(doc: AnalysedDocument, modifiers: tuple[str, ...]) -> AnalysedDocument:
    """``doc`` with its attributions' target phrases read as modified by ``modifiers``
    ("two Okafor guards": "Okafor" only modifies the noun)."""
    said = [replace(a, facts=a.facts and replace(a.facts, target_modifiers=modifiers))
            for a in doc.attributions]  # fmt: skip
    return replace(doc, attributions=said)


def _refs(store: Store, document_id: str) -> set[str]:
    return {ref for ref, d in store.document_refs({document_id}) if d == document_id}


def _entity_id(store: Store, name: str) -> str:
    return next(e.id for e in store.ledger().entities if e.name == name)


def test_an_alias_steps_again_only_its_readers(tmp_path: Path) -> None:
    # A: the union alleges something of a target phrase Okafor's name may modify (read
    # through his aliases); B: a claim accuses Okafor (his entity read, no alias).
    a = _modified(_document("doc-a", "2022-05-01", [UNION, OKAFOR], False,
                            said=[("allegation", 0, 1, "fraud", False)]), ("Okafor",))  # fmt: skip
    b = _document("doc-b", "2022-05-01", [OKAFOR, UNION], False,
                  claims=[("accusation", 0, 1, "theft", False)])  # fmt: skip
    c = _document("doc-c", "2022-05-02", [SHORT, UNION], False)
    with open_store(str(tmp_path / "a.db")) as store:
        put_analysed(store, [a, b])
        assert update(store) == "no index"
        okafor = _entity_id(store, "Tayo Okafor")
        assert "e:" + okafor in _refs(store, "doc-b")
        assert not any(r.startswith("a:" + okafor) for r in _refs(store, "doc-b"))
        assert alias_ref(okafor, "Okafor") in _refs(store, "doc-a")
        record_a = store.index_payloads({"doc-a"})["doc-a"]
        accused = {x.accused[0] for x in store.ledger().allegations}
        assert okafor in accused  # by A and B: "Okafor" is no name of his yet
        put_analysed(store, [c])
        seen: list[Update] = []
        assert update(store, seen.append) is None
        (found,) = seen
        assert found.by_delta is not None and found.unreached is None  # scoped, by delta
        assert [x.aliases for x in store.ledger().entities if x.id == okafor][0]
        assert found.stepped == {"doc-a", "doc-c"}  # B reads Okafor, not his aliases
        # A reads "Okafor" now as a name of his: its allegation accuses no one, as a
        # rebuild's record of A has it
        assert store.index_payloads({"doc-a"})["doc-a"] != record_a
        updated = index_snapshot(store)
        assert rebuild_and_compare(store) is None
        assert index_snapshot(store) == updated


def test_an_alias_steps_again_only_those_that_asked_about_it(tmp_path: Path) -> None:
    # A's target phrase is modified by "Tayo" (asked of Okafor's entity: no name of his,
    # before or after C); C gives him the alias "Okafor", which A never asked about
    a = _modified(_document("doc-a", "2022-05-01", [UNION, OKAFOR], False,
                            said=[("allegation", 0, 1, "fraud", False)]), ("Tayo",))  # fmt: skip
    c = _document("doc-c", "2022-05-02", [SHORT, UNION], False)
    with open_store(str(tmp_path / "a.db")) as store:
        put_analysed(store, [a])
        assert update(store) == "no index"
        okafor = _entity_id(store, "Tayo Okafor")
        assert alias_ref(okafor, "Tayo") in _refs(store, "doc-a")
        put_analysed(store, [c])
        seen: list[Update] = []
        assert update(store, seen.append) is None
        (found,) = seen
        assert found.by_delta is not None and alias_ref(okafor, "Okafor") in found.by_delta.refs
        assert found.stepped == {"doc-c"}  # A asked about "Tayo", which did not come or go
        updated = index_snapshot(store)
        assert rebuild_and_compare(store) is None
        assert index_snapshot(store) == updated


def test_a_name_in_other_capitals_moves_the_readers_of_it() -> None:
    # "Okafor" asked in any capitals: a reader that asked about "OKAFOR" steps again
    assert alias_ref("ent_1", "OKAFOR") == alias_ref("ent_1", "Okafor")
    then = {"id": "ent_1", "name": "Tayo Okafor", "type": "person", "aliases": [],
            "affiliations": []}  # fmt: skip
    now = then | {"aliases": [{"name": "Okafor", "reason": "", "document_id": "d"}]}
    assert entity_refs("ent_1", now, then) == {alias_ref("ent_1", "okafor")}
    assert entity_refs("ent_1", now, now) == set()
    assert entity_refs("ent_1", None, then) == {"e:ent_1", alias_ref("ent_1", "Tayo Okafor")}


# The modules of ``corroborate.ledger`` that read an entity's aliases, none of them in
# stepping: the ledger's corrections, its rendering and export, and the index's JSON.
READ_ALIASES = {"correcting.py", "corrections.py", "export.py", "index.py", "render.py"}


def test_stepping_reads_aliases_only_where_it_notes_them() -> None:
    """An update steps again the readers of an alias's "a:" alone for it: so no step may
    read an entity's aliases but through ``EntityIndex.named_as``
    (``link._not_the_accused``), which notes each name asked about."""
    ledger = Path(inspect.getfile(corroborate.ledger)).parent
    reading = {p.name for p in ledger.glob("*.py") if ".aliases" in p.read_text()}
    assert reading == READ_ALIASES
    assert ".aliases" not in inspect.getsource(parts.document_part)
    assert "index.named_as(" in (ledger / "link.py").read_text()


@st.composite
def _modifying(draw: st.DrawFn) -> _Corpus:
    """``test_update_names``' corpora with some documents' target phrases read as modified
    by a word of the target (a short form another report may give its entity)."""
    corpus = draw(_corpora())
    docs = []
    for doc in corpus.docs:
        targets = [w for x in doc.attributions for w in (x.target or "").split()]
        picked = draw(st.lists(st.sampled_from(targets), max_size=2)) if targets else []
        docs.append(_modified(doc, tuple(picked)))
    return replace(corpus, docs=docs)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(corpus=_modifying())
def test_modified_targets_in_any_batches_equal_a_full_rebuild(
    corpus: _Corpus, tmp_path: Path
) -> None:
    _batches(corpus, tmp_path / f"{uuid.uuid4().hex}.db")
