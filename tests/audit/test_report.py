"""The audit's rows: contesting statements, discrepancies, rates, shares, neutrality."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from spacy.language import Language

from corroborate.audit.report import Audit, build_audit, wilson
from corroborate.records import NONE_STATED, EnforcementFigure, Ledger
from corroborate.resolve.entity_index import EntityIndex
from tests.audit.conftest import audit_of, case_rows
from tests.conftest import analyses_of


def rows(audit: Audit) -> dict[str, Any]:
    return {g["group"]: g for g in audit.to_json()["groups"]}


def test_mqm_complaint_beside_its_row(karachi_audit: Audit) -> None:
    mqm = rows(karachi_audit)["Muttahida Qaumi Movement"]
    quotes = [c["quote"] for c in mqm["contesting"]]
    assert any("'unfair' and 'discriminatory'" in q for q in quotes)
    assert any("intentionally targeted" in q for q in quotes)
    assert {c["document_id"] for c in mqm["contesting"]} == {"dawn-2015-07-29-operation-unfair"}
    # The minister's "without any discrimination" is no complaint, and no other row has one.
    assert not any("without any discrimination" in q for q in quotes)
    others = [g for name, g in rows(karachi_audit).items() if name != "Muttahida Qaumi Movement"]
    assert all(not g["contesting"] for g in others)


def test_contesting_quotes_are_text_slices(karachi_audit: Audit, karachi: list[dict[str, Any]]):
    texts = {row["id"]: row["text"] for row in karachi}
    for row in karachi_audit.groups:
        for c in row.contesting:
            assert texts[c.document_id][c.start : c.end] == c.quote


def test_two_accounts_of_one_briefing_disagree(case_audit: Audit) -> None:
    found = {
        (d["group"], d["measure"]): [(v["value"], v["document_id"]) for v in d["values"]]
        for d in case_audit.to_json()["discrepancies"]
        if d["kind"] == "outlets disagree"
    }
    assert found[("United Harbour Front", "raids")] == [(212, "pm-004"), (215, "pm-005")]
    assert found[("United Harbour Front", "arrests")] == [(340, "pm-004"), (334, "pm-005")]
    assert found[(NONE_STATED, "arrests")] == [(2506, "pm-004"), (2560, "pm-005")]
    # "about 150" weapons and 118 PRP workers: the accounts agree, no disagreement to list.
    assert ("United Harbour Front", "weapons_seized") not in found
    assert not any(measure == "arrests" and group != "United Harbour Front"
                   and group != NONE_STATED for group, measure in found)  # fmt: skip


def test_a_partys_own_count_beside_the_agencys_is_several_values(case_audit: Audit) -> None:
    """Both outlets give the Guard's 118 PRP arrests; one adds the party's 19 workers
    "detained without charge": two lines, listed as several values, not as a disagreement."""
    several = [d for d in case_audit.to_json()["discrepancies"] if d["kind"] == "several values"]
    assert [(d["group"], d["measure"]) for d in several] == [("PRP", "arrests")]
    values = [(v["value"], v["document_id"], v["outlet"]) for v in several[0]["values"]]
    assert values == [
        (118, "pm-004", "Coastline Post"),
        (118, "pm-005", "Meridian Wire"),
        (19, "pm-005", "Meridian Wire"),
    ]


def test_listed_values_quote_their_sentence(case_audit: Audit) -> None:
    texts = {row["id"]: row["text"] for row in case_rows()}
    listed = [v for d in case_audit.to_json()["discrepancies"] for v in d["values"]]
    assert listed
    for v in listed:
        assert texts[v["document_id"]][v["start"] : v["end"]] == v["quote"]
        assert str(v["value"]) in v["quote"].replace(",", "")


def test_rows_take_one_source_per_column(case_audit: Audit) -> None:
    uhf = rows(case_audit)["United Harbour Front"]
    # pm-004 gives raids for more groups than pm-005: its figures fill the column ...
    assert (uhf["raids"], uhf["arrests"]) == (212, 340)
    # ... and the other account is not averaged in: it is listed as a discrepancy.
    assert uhf["sources"] == ["pm-004"]
    assert [c["source"] for c in uhf["contesting"]]  # "Only our offices are raided"


def test_outcomes_and_rates(karachi_audit: Audit) -> None:
    pac = rows(karachi_audit)["Peoples Aman Committee"]
    assert pac["allegations"] >= 4  # Uzair Baloch, the PAC's chief
    assert pac["acquittals"] >= 2 and pac["convictions"] >= 1
    rate = pac["conviction_rate"]
    assert rate["n"] == pac["convictions"] + pac["acquittals"]
    assert rate["low"] <= rate["value"] <= rate["high"]
    mqm = rows(karachi_audit)["Muttahida Qaumi Movement"]
    assert mqm["arrests_per_allegation"] == round(560 / mqm["allegations"], 2)


def test_share_of_arrests_against_share_of_violence(karachi_audit: Audit) -> None:
    mqm = rows(karachi_audit)["Muttahida Qaumi Movement"]
    assert mqm["shares_document"] == "dawn-654-target-killers-mqm"
    assert mqm["share_of_arrests"] == round(654 / (654 + 95 + 99), 4)
    assert mqm["share_of_violence"] == round(5863 / 7224, 4)  # the release's 81.16 per cent


def test_wilson_interval() -> None:
    rate = wilson(13, 14)
    assert rate is not None
    assert rate.low == pytest.approx(0.6853, abs=1e-3)
    assert rate.high == pytest.approx(0.9873, abs=1e-3)
    assert wilson(0, 0) is None


# Names without an apostrophe: the entity resolver ranks "People's X" as an owned name when it
# picks a canonical name, which is its own matter, not the audit's.
SWAPS = [("United Harbour Front", "Harbour Liberation Army"), ("UHF", "HLA")]


def swap(text: str, pairs: list[tuple[str, str]]) -> str:
    mapping = {a: b for a, b in pairs} | {b: a for a, b in pairs}
    pattern = "|".join(re.escape(k) for k in sorted(mapping, key=len, reverse=True))
    return re.sub(pattern, lambda m: mapping[m.group()], text)


def normalised(audit: Audit) -> dict[str, Any]:
    """The JSON without offsets (names of other lengths move them), rows and lists sorted."""
    data = json.loads(json.dumps(audit.to_json()), object_hook=_drop_offsets)
    data["groups"].sort(key=lambda g: g["group"])
    for key in ("figures", "discrepancies"):
        data[key].sort(key=lambda x: json.dumps(x, sort_keys=True))
    return data


def _drop_offsets(item: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in item.items() if k not in ("start", "end")}


def test_neutrality_swapping_group_names_swaps_rows(nlp: Language, case_audit: Audit) -> None:
    swapped_rows = [
        {**row, "text": swap(row["text"], SWAPS), "title": swap(row["title"], SWAPS)}
        for row in case_rows()
    ]
    swapped = audit_of(analyses_of(nlp, swapped_rows))
    back = json.loads(swap(json.dumps(normalised(swapped)), SWAPS))
    back["groups"].sort(key=lambda g: g["group"])
    for key in ("figures", "discrepancies"):
        back[key].sort(key=lambda x: json.dumps(x, sort_keys=True))
    assert back == normalised(case_audit)


def test_spellings_of_a_group_that_is_no_entity_are_one_row() -> None:
    """Two outlets spell a group no mention made an entity differently: one row, one key
    (the resolver's spelling key); another name, or a description, stays apart."""

    def figure(document_id: str, group: str, value: float) -> EnforcementFigure:
        quote = f"Guards arrested {value:.0f} workers of {group}."
        return EnforcementFigure("arrests", group, document_id, quote, 0, len(quote), value)

    figures = [
        figure("a", "Sangat-e-Sahil", 40),
        figure("b", "Sangat-e-Sahel", 40),
        figure("b", "Sangat Front", 12),
        figure("a", "Sangat Front London", 3),
        figure("b", "Sangat Front-London", 3),
        figure("c", "banned outfits", 7),
        figure("d", "banned outfit", 9),
    ]
    audit = build_audit([], figures, Ledger(), EntityIndex([], {}, {}), {})
    found = rows(audit)
    assert found["Sangat-e-Sahil"]["aliases"] == ["Sangat-e-Sahel"]
    assert "Sangat-e-Sahel" not in found and "Sangat Front" in found
    assert found["Sangat Front London"]["aliases"] == ["Sangat Front-London"]
    assert {"banned outfits", "banned outfit"} <= set(found)
    assert [f.group for f in audit.figures if f.value == 40] == ["Sangat-e-Sahil"] * 2
