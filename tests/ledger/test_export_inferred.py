"""The exports say which events the ledger inferred (``Event.inferred``): the CSV's
``inferred`` column, the JSON lines' ``inferred`` field and the ClaimReview's explanation, so
that a reader of any of them sees why a confession quotes a retraction. A read event's column
is empty, its field null, its explanation unchanged."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace

from corroborate.ledger.export import export
from corroborate.ledger.render import to_csv
from corroborate.records import Allegation, Entity, Event, Ledger

# Invented: a report tells a confession only by its retraction, and a later one denies.
_TAKEN_BACK = "Osei told the magistrate that the statement he signed at the station was false."
_DENIED = "Through his lawyer Osei denied that he had ever handled the stolen cargo."


def _ledger() -> Ledger:
    osei = Entity("ent_osei", "Kwame Osei", "person")
    taken_back = Event("2030-02-03", "retraction", None, "judicial", None, "r1", _TAKEN_BACK,
                       0, len(_TAKEN_BACK))  # fmt: skip
    made = replace(taken_back, kind="confession", setting="unknown", before_report=True,
                   inferred="confession_told_by_retraction")  # fmt: skip
    denied = Event("2030-06-01", "denial", None, None, "his lawyer", "r2", _DENIED, 0,
                   len(_DENIED))  # fmt: skip
    standing = replace(denied, kind="retraction", setting="unknown", retells_document="r1",
                       retells_start=0, inferred="retraction_standing_in_denial")  # fmt: skip
    events = [made, taken_back, denied, standing]
    allegation = Allegation("alg_1", [osei.id], "theft", [], "retracted", False, [], events)
    return Ledger(entities=[osei], allegations=[allegation])


def test_the_csv_has_the_inference_of_each_inferred_event() -> None:
    rows = list(csv.DictReader(io.StringIO(export(_ledger(), "csv", {}))))
    assert [(r["kind"], r["inferred"]) for r in rows] == [
        ("confession", "confession_told_by_retraction"),
        ("retraction", ""),
        ("denial", ""),
        ("retraction", "retraction_standing_in_denial"),
    ]
    assert list(rows[0])[-2:] == ["inferred", "corrections"]


def test_the_json_lines_and_the_claim_review_say_it() -> None:
    lines = [json.loads(line) for line in export(_ledger(), "jsonl", {}).splitlines()]
    [allegation] = [line for line in lines if line["type"] == "allegation"]
    assert [e["inferred"] for e in allegation["events"]] == [
        "confession_told_by_retraction", None, None, "retraction_standing_in_denial"
    ]  # fmt: skip
    [review] = json.loads(export(_ledger(), "claimreview", {}))
    explanation = review["reviewRating"]["ratingExplanation"]
    assert "confession (inferred: confession told by its retraction)" in explanation
    assert (
        "denial, retraction (inferred: retraction on record, told again by a later" in explanation
    )


# The ledger CSV's columns before schema 18 added ``inferred``, in their places.
_COLUMNS_OF_SCHEMA_17 = [
    "allegation_id", "accused", "act", "status", "confession_only", "alleged_by", "date",
    "kind", "outcome", "setting", "source", "document_id", "start", "end", "quote",
]  # fmt: skip


def test_csv_columns_only_grow_at_the_end() -> None:
    """A reader that takes the CSV's columns by position keeps reading each where it was:
    ``inferred`` follows every older column of the ledger's CSV, and the export's rows are
    the ledger's with ``corrections`` last, as the README says of both."""
    [ledger_header, *ledger_rows] = list(csv.reader(io.StringIO(to_csv(_ledger()))))
    [export_header, *export_rows] = list(csv.reader(io.StringIO(export(_ledger(), "csv", {}))))
    assert ledger_header == [*_COLUMNS_OF_SCHEMA_17, "inferred"]
    assert export_header == [*ledger_header, "corrections"]
    assert [row[:-1] for row in export_rows] == ledger_rows
