"""Corrections by hand: the pure function over a built ledger, and the store and command that
keep them through rebuilds and re-ingests."""

from __future__ import annotations

import csv
import io
import json
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from corroborate.cli import app
from corroborate.ingest import ingest_paths
from corroborate.ledger.corrections import (
    Correction,
    CorrectionKind,
    apply_corrections,
    orphaned,
    touches,
)
from corroborate.ledger.link import allegation_id
from corroborate.ledger.store import rebuild
from corroborate.records import Alias, Allegation, Entity, Event, Ledger
from corroborate.resolve.entity_ids import entity_id, spelled_id
from corroborate.store import open_store

runner = CliRunner()
CASE_FILE = Path(__file__).resolve().parents[2] / "examples" / "case-file.jsonl"


def _event(
    quote: str,
    kind: str = "allegation",
    date: str = "2020-01-01",
    source: str = "S",
    start: int = 0,
) -> Event:
    return Event(date, kind, None, None, source, "d1", quote, start, start + len(quote))  # type: ignore[arg-type]


def _ledger() -> Ledger:
    # Invented: one man read as two ("Jalal Amari", "J. Amary"), and "Kestrel" an alias of
    # Amari that the text shows to be someone else.
    amari = Entity("ent_a", "Jalal Amari", "person", [Alias("Kestrel", "declared alias", "d1")])
    amary = Entity("ent_b", "J. Amary", "person", [Alias("Amary", "surname", "d2")])
    bystander = Entity("ent_c", "Rosa Lind", "person")
    return Ledger(
        entities=[amari, amary, bystander],
        allegations=[
            Allegation(
                allegation_id("ent_a", "killing"),
                ["ent_a"],
                "killing",
                ["Police"],
                "alleged",
                False,
                [],
                [
                    _event("Police said Jalal Amari killed two men."),
                    _event("Kestrel fired the shots, a witness said.", start=50),
                ],
            ),
            Allegation(
                allegation_id("ent_b", "killing"),
                ["ent_b", "ent_c"],
                "killing",
                ["Rangers"],
                "alleged",
                False,
                [],
                [
                    _event(
                        "Rangers said J. Amary and Rosa Lind killed.",
                        date="2020-02-01",
                        source="Rangers",
                        start=100,
                    )
                ],
            ),
        ],
    )


def _c(
    kind: CorrectionKind, data: dict[str, object], position: int = 1, undone: str | None = None
) -> Correction:
    return Correction(
        f"cor_{position}",
        kind,
        data,
        "checked the court record",
        "ed",
        "2026-01-01T00:00:00+00:00",
        undone,
        position,
    )


def test_merge_keeps_the_first_id_and_joins_allegations() -> None:
    merged = apply_corrections(_ledger(), [_c("merge", {"entities": ["ent_a", "ent_b"]})])
    ids = [e.id for e in merged.entities]
    assert "ent_a" in ids and "ent_b" not in ids
    amari = next(e for e in merged.entities if e.id == "ent_a")
    assert {a.name for a in amari.aliases} >= {"Kestrel", "J. Amary", "Amary"}
    assert any("merged by hand (cor_1)" in a.reason for a in amari.aliases)
    # One principal and one act: one allegation, as a build would have made it.
    [killing] = merged.allegations
    assert killing.id == allegation_id("ent_a", "killing")
    assert killing.accused == ["ent_a", "ent_c"] and len(killing.events) == 3


def test_merge_of_a_lone_accused_gives_one_allegation_with_every_event() -> None:
    ledger = _ledger()
    ledger.allegations[1].accused = ["ent_b"]
    merged = apply_corrections(ledger, [_c("merge", {"entities": ["ent_a", "ent_b"]})])
    [only] = merged.allegations
    assert only.id == allegation_id("ent_a", "killing")
    assert len(only.events) == 3 and set(only.alleged_by) == {"Police", "Rangers"}
    assert only.status == "corroborated"  # two sources now: the status is recomputed
    assert [e.date for e in only.events] == sorted(e.date or "" for e in only.events)


def test_split_moves_the_events_naming_only_the_alias() -> None:
    split = apply_corrections(
        _ledger(), [_c("split", {"entity": "ent_a", "alias": "Kestrel", "type": "person"})]
    )
    amari = next(e for e in split.entities if e.id == "ent_a")
    kestrel = next(e for e in split.entities if e.name == "Kestrel")
    assert "Kestrel" not in {a.name for a in amari.aliases}
    against_kestrel = [a for a in split.allegations if kestrel.id in a.accused]
    assert [e.quote for a in against_kestrel for e in a.events] == [
        "Kestrel fired the shots, a witness said."
    ]
    against_amari = [a for a in split.allegations if a.accused == ["ent_a"]]
    assert [e.quote for a in against_amari for e in a.events] == [
        "Police said Jalal Amari killed two men."
    ]


def test_split_of_an_alias_spelled_like_the_name_makes_an_entity_of_its_own_id() -> None:
    # "AMARI" has the spelling key of "Amari": split off, it once got the entity's own id,
    # the ledger listed that id twice and storing it failed ("corroborate correct split").
    amari = Entity(entity_id("place", "Amari"), "Amari", "place", [Alias("AMARI", "same name")])
    ledger = Ledger(entities=[amari], allegations=[])
    split = apply_corrections(
        ledger, [_c("split", {"entity": amari.id, "alias": "AMARI", "type": "place"})]
    )
    ids = [e.id for e in split.entities]
    assert len(ids) == len(set(ids)) == 2
    kept, made = split.entities
    assert (kept.id, kept.name, kept.aliases) == (amari.id, "Amari", [])
    assert made.name == "AMARI" and made.id != amari.id
    assert made.id == spelled_id("place", "AMARI")


def test_not_accused_removes_the_entity_and_drops_an_empty_allegation() -> None:
    ledger = _ledger()
    cleared = apply_corrections(
        ledger, [_c("not_accused", {"allegation": ledger.allegations[1].id, "entity": "ent_c"})]
    )
    by_id = {a.id: a for a in cleared.allegations}
    assert by_id[ledger.allegations[1].id].accused == ["ent_b"]
    emptied = apply_corrections(
        ledger, [_c("not_accused", {"allegation": ledger.allegations[0].id, "entity": "ent_a"})]
    )
    assert ledger.allegations[0].id not in {a.id for a in emptied.allegations}


def test_undone_and_stale_corrections_change_nothing() -> None:
    ledger = _ledger()
    undone = _c("merge", {"entities": ["ent_a", "ent_b"]}, undone="2026-01-02T00:00:00+00:00")
    assert apply_corrections(ledger, [undone]) == ledger
    stale = _c("merge", {"entities": ["ent_a", "ent_gone"]})
    assert apply_corrections(ledger, [stale]) == ledger and not touches(stale, ledger)
    assert touches(undone, ledger)


def test_orphaned_are_the_corrections_in_force_that_change_nothing() -> None:
    ledger = _ledger()
    merge = _c("merge", {"entities": ["ent_a", "ent_b"]})
    stale = _c("merge", {"entities": ["ent_a", "ent_gone"]}, position=2)
    undone = _c("merge", {"entities": ["ent_b", "ent_c"]}, 4, "2026-01-02T00:00:00+00:00")
    # "Amary" is an alias only once the merge has brought it: judged among the others, the
    # split changes the ledger.
    split = _c("split", {"entity": "ent_a", "alias": "Amary"}, position=3)
    assert orphaned(ledger, [merge, stale, undone, split]) == [stale]
    assert orphaned(ledger, [split]) == [split], "without the merge it has nothing to split"
    assert orphaned(ledger, []) == [] and orphaned(ledger, [undone]) == []


def test_the_built_ledger_is_not_modified() -> None:
    ledger = _ledger()
    before = json.dumps(ledger.to_json(), sort_keys=True)
    apply_corrections(
        ledger,
        [
            _c("merge", {"entities": ["ent_b", "ent_a"]}),
            _c("split", {"entity": "ent_b", "alias": "Kestrel"}, 2),
        ],
    )
    assert json.dumps(ledger.to_json(), sort_keys=True) == before


# --- stored, through rebuilds, re-ingests and the command --------------------------------


@pytest.fixture(scope="module")
def case_db(tmp_path_factory: pytest.TempPathFactory, nlp: Language) -> str:
    path = str(tmp_path_factory.mktemp("corrections") / "case.db")
    with open_store(path) as store:
        ingest_paths([CASE_FILE], store, nlp, after_ingest=rebuild)
    return path


@pytest.fixture
def db(case_db: str, tmp_path: Path) -> str:
    path = tmp_path / "case.db"
    shutil.copy(case_db, path)
    return str(path)


def _ledger_json(db: str) -> dict[str, list[dict[str, object]]]:
    result = runner.invoke(app, ["ledger", "--db", db, "--format", "json"])
    assert result.exit_code == 0, result.output
    data: dict[str, list[dict[str, object]]] = json.loads(result.output)
    return data


def _id(db: str, name: str) -> str:
    return next(str(e["id"]) for e in _ledger_json(db)["entities"] if e["name"] == name)


def test_merge_survives_rebuild_and_the_next_ingest(db: str, nlp: Language, tmp_path: Path) -> None:
    keep, other = _id(db, "Kamran Vell"), _id(db, "Hamid Soyer")
    result = runner.invoke(
        app,
        [
            "correct",
            "merge",
            "Kamran Vell",
            other,
            "--db",
            db,
            "--reason",
            "one man, two spellings",
            "--author",
            "ed",
        ],
    )
    assert result.exit_code == 0, result.output
    assert "merged Hamid Soyer into Kamran Vell" in result.output

    def merged() -> bool:
        ids = {str(e["id"]) for e in _ledger_json(db)["entities"]}
        return keep in ids and other not in ids

    assert merged()
    with open_store(db) as store:
        rebuild(store)
    assert merged()
    extra = tmp_path / "more.jsonl"
    extra.write_text(
        json.dumps(
            {
                "id": "new-1",
                "published": "2024-05-01",
                "text": "Police said Hamid Soyer was seen in the Old Wharf on Monday.",
            }
        )
        + "\n"
    )
    with open_store(db) as store:
        summary = ingest_paths([extra], store, nlp, after_ingest=rebuild)
    assert summary.added == 1
    assert merged()


def test_list_undo_and_errors(db: str) -> None:
    made = runner.invoke(
        app,
        [
            "correct",
            "split",
            "Tariq Noor",
            "--alias",
            "Doctor",
            "--db",
            db,
            "--reason",
            "the Doctor is another man",
        ],
    )
    assert made.exit_code == 0, made.output
    correction_id = made.output.split(":")[0]
    assert "Doctor" in {str(e["name"]) for e in _ledger_json(db)["entities"]}
    listed = runner.invoke(app, ["correct", "list", "--db", db, "--json"])
    [row] = [json.loads(line) for line in listed.output.splitlines()]
    assert row["id"] == correction_id and row["reason"] == "the Doctor is another man"
    assert row["author"] and row["created_at"] and row["undone_at"] is None

    undone = runner.invoke(app, ["correct", "undo", correction_id, "--db", db])
    assert undone.exit_code == 0, undone.output
    assert "Doctor" not in {str(e["name"]) for e in _ledger_json(db)["entities"]}
    again = runner.invoke(app, ["correct", "undo", correction_id, "--db", db])
    assert again.exit_code == 1 and "undone already" in again.output

    for args in (
        ["merge", "Nobody Here", "Tariq Noor", "--reason", "x"],
        ["merge", "Tariq Noor", "--reason", "x"],
        ["merge", "Tariq Noor", "Noor", "--reason", "x"],
        ["split", "Tariq Noor", "--alias", "Nobody", "--reason", "x"],
        ["not-accused", "alg_nope", "Tariq Noor", "--reason", "x"],
        ["merge", "Tariq Noor", "Kamran Vell", "--reason", "  "],
    ):
        result = runner.invoke(app, ["correct", *args, "--db", db])
        assert result.exit_code == 1, (args, result.output)
        assert result.output.startswith("error: ") and "Traceback" not in result.output
        assert len(result.output.strip().splitlines()) == 1


def test_not_accused_from_the_command(db: str) -> None:
    allegation = next(a for a in _ledger_json(db)["allegations"] if a["act"] == "extortion")
    accused = str(allegation["accused"][0])  # type: ignore[index]
    result = runner.invoke(
        app,
        [
            "correct",
            "not-accused",
            str(allegation["id"]),
            accused,
            "--db",
            db,
            "--reason",
            "named as a witness only",
        ],
    )
    assert result.exit_code == 0, result.output
    after = {str(a["id"]): a for a in _ledger_json(db)["allegations"]}
    assert allegation["id"] not in after or accused not in after[str(allegation["id"])]["accused"]  # type: ignore[operator]


def test_corrections_are_in_the_jsonl_export(db: str) -> None:
    made = runner.invoke(app, ["correct", "merge", "Kamran Vell", "Hamid Soyer", "--db", db,
                               "--reason", "one man"])  # fmt: skip
    assert made.exit_code == 0, made.output
    exported = runner.invoke(app, ["export", "--format", "jsonl", "--db", db])
    rows = [json.loads(line) for line in exported.output.splitlines()]
    [correction] = [r for r in rows if r["type"] == "correction"]
    assert correction["kind"] == "merge" and correction["reason"] == "one man"
    names = {r["name"] for r in rows if "aliases" in r}  # entity rows
    assert "Kamran Vell" in names and "Hamid Soyer" not in names


def test_corrections_are_in_every_export(db: str) -> None:
    made = runner.invoke(app, ["correct", "merge", "Kamran Vell", "Hamid Soyer", "--db", db,
                               "--reason", "one man"])  # fmt: skip
    assert made.exit_code == 0, made.output
    ledger = _ledger_json(db)
    vell = next(str(e["id"]) for e in ledger["entities"] if e["name"] == "Kamran Vell")
    changed = [a for a in ledger["allegations"] if vell in a["accused"]]  # type: ignore[operator]
    assert changed

    csv_text = runner.invoke(app, ["export", "--format", "csv", "--db", db]).output
    rows = list(csv.DictReader(io.StringIO(csv_text)))
    corrected = [r for r in rows if r["corrections"]]
    assert corrected and all("one man" in r["corrections"] for r in corrected)
    assert {r["allegation_id"] for r in corrected} == {str(a["id"]) for a in changed}

    claimreview = runner.invoke(app, ["export", "--format", "claimreview", "--db", db])
    reviews = json.loads(claimreview.output)
    notes = [c for r in reviews for c in r.get("correction", [])]
    assert notes
    assert all(n["@type"] == "CorrectionComment" and "one man" in n["text"] for n in notes)

    ftm_text = runner.invoke(app, ["export", "--format", "ftm", "--db", db]).output
    ftm = [json.loads(line) for line in ftm_text.splitlines()]
    [note] = [e for e in ftm if e["schema"] == "Note"]
    assert vell in note["properties"]["entity"]
    assert "one man" in note["properties"]["description"][0]


def test_a_merge_orders_a_sentences_rulings_as_a_build_does() -> None:
    # Invented: "Jalal Amari, who had been sentenced to 16 years, was acquitted", the award
    # read for one spelling of him and the acquittal for the other. Joined, the events keep
    # the build's order (a first award before what was decided of it), so the status is the
    # acquittal; ordered by date, report and place alone they kept the order of joining, the
    # acquittal first, and the status was "convicted".
    quote = "Jalal Amari, who had been sentenced to 16 years, was acquitted."
    acquitted = replace(_event(quote, kind="ruling", start=300), outcome="acquitted")
    sentenced = replace(_event(quote, kind="ruling", start=300), outcome="sentenced")
    ledger = Ledger(
        entities=[Entity("ent_a", "Jalal Amari", "person"), Entity("ent_b", "J. Amary", "person")],
        allegations=[
            Allegation(
                allegation_id("ent_a", "killing"), ["ent_a"], "killing", [], "acquitted",
                False, [], [acquitted],
            ),
            Allegation(
                allegation_id("ent_b", "killing"), ["ent_b"], "killing", [], "convicted",
                False, [], [sentenced],
            ),
        ],
    )  # fmt: skip
    merged = apply_corrections(ledger, [_c("merge", {"entities": ["ent_a", "ent_b"]})])
    [joined] = merged.allegations
    assert [e.outcome for e in joined.events] == ["sentenced", "acquitted"]
    assert joined.status == "acquitted"
