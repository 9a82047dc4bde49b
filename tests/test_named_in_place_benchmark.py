"""benchmarks/named_in_place.py: which references are read as the accused's name, the text
made with them, how a fact is classed, and that a held-out set is refused."""

from __future__ import annotations

import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from corroborate.nlp.pipeline import load_pipeline
from tests.test_benchmarks import BENCHMARKS, load_benchmark

ACCUSED = {"name": "Tomas Brandl", "also": []}
JUDGE = {"name": "Anna Weiss", "role": "judge"}


@pytest.fixture
def named(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # its siblings court.py, in_context.py
    return load_benchmark("named_in_place")


def _read(named: ModuleType, text: str, *accused: dict[str, Any]) -> list[tuple[str, str, str]]:
    gold = {"accused": list(accused or [ACCUSED]), "not_accused": [JUDGE]}
    found = named.references(load_pipeline(), text, gold)
    return [(text[r.start : r.end], r.new, r.how) for r in found]


def test_pronoun_of_the_sentence_before(named: ModuleType) -> None:
    text = "Police arrested Tomas Brandl on Monday. He denied the charges in his statement."
    assert _read(named, text) == [("He", "Tomas Brandl", "pronoun")]


def test_possessive_pronoun_takes_the_possessive(named: ModuleType) -> None:
    text = "Police arrested Tomas Brandl on Monday. His lawyer said the case was false."
    assert _read(named, text) == [("His", "Tomas Brandl's", "pronoun")]


def test_pronoun_after_another_person_is_left(named: ModuleType) -> None:
    text = "Police arrested Tomas Brandl. Judge Anna Weiss heard the case. She granted bail."
    assert _read(named, text) == []


def test_pronoun_after_an_unlisted_person_is_left(named: ModuleType) -> None:
    # a PERSON the gold does not list still stands between the name and the pronoun
    text = "Police arrested Tomas Brandl. Officer Karl Huber led the raid. He said so."
    assert _read(named, text) == []


def test_pronoun_bound_in_its_own_sentence_is_left(named: ModuleType) -> None:
    text = "Police arrested Tomas Brandl. Brandl told the judge he was innocent."
    assert _read(named, text) == []


def test_description_tied_by_apposition(named: ModuleType) -> None:
    text = "Police arrested Tomas Brandl, the driver, on Monday. The driver denied the charges."
    assert _read(named, text) == [("The driver", "Tomas Brandl", "description")]


def test_description_of_two_people_is_left(named: ModuleType) -> None:
    other = {"name": "Petr Novak", "also": []}
    text = (
        "Police arrested Tomas Brandl, the driver, and Petr Novak, the driver of the second "
        "lorry. The driver denied the charges."
    )
    assert [how for _, _, how in _read(named, text, ACCUSED, other)] == []


def test_the_accused_with_one_accused_only(named: ModuleType) -> None:
    text = "Police arrested Tomas Brandl on Monday. In court the accused denied the charges."
    assert _read(named, text) == [("the accused", "Tomas Brandl", "the accused")]
    other = {"name": "Petr Novak", "also": []}
    text2 = "Police arrested Tomas Brandl and Petr Novak. In court the accused denied it."
    assert _read(named, text2, ACCUSED, other) == []


def test_the_accused_before_a_noun_is_left(named: ModuleType) -> None:
    text = "Police arrested Tomas Brandl on Monday. The accused persons denied the charges."
    assert _read(named, text) == []


def test_named_text_replaces_and_maps_back(named: ModuleType) -> None:
    text = "Tomas Brandl was held. He denied it."
    one = named.Replacement(23, 25, "Tomas Brandl", "Tomas Brandl", "pronoun")
    new, origin = named.named_text(text, [one])
    assert new == "Tomas Brandl was held. Tomas Brandl denied it."
    assert len(origin) == len(new) + 1
    assert origin[new.index(" denied")] == text.index(" denied")
    assert origin[23] == origin[30] == 23


@pytest.mark.parametrize(
    ("as_written", "with_names", "cls"),
    [(True, True, "both"), (False, True, "lost"), (True, False, "broke"), (False, False, "missed")],
)
def test_classify(named: ModuleType, as_written: bool, with_names: bool, cls: str) -> None:
    assert named.classify(as_written, with_names) == cls


def test_held_out_refused(named: ModuleType) -> None:
    with pytest.raises(SystemExit):
        named.main(["--sets", "h31"])


def test_a_named_copy_is_ingested(
    named: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The second ingest reads the text with the references replaced: a copy left as written
    (a replacement that does nothing) fails this test."""
    text = (
        "VIENNA: Police arrested Tomas Brandl, a lorry driver, on Monday. "
        "He denied the charges in court on Tuesday."
    )
    gold = {
        "accused": [dict(ACCUSED, outcome="arrested", confessed=False, retracted=False)],
        "not_accused": [],
    }
    gold["accused"][0]["denied"] = True
    doc = {"id": "a", "case": "c", "region": "elsewhere", "title": "", "text": text,
           "published": "2025-01-01", "gold": gold}  # fmt: skip
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(doc) + "\n")
    ingested: list[str] = []
    original = named.ledger_of

    def logged(gold_path: Path) -> Any:
        ingested.append(gold_path.read_text())
        return original(gold_path)

    monkeypatch.setattr(named, "ledger_of", logged)
    result = named.compare_set("t", path)
    texts = [json.loads(line)["text"] for line in ingested]
    assert text in texts
    assert text.replace("He denied", "Tomas Brandl denied") in texts
    assert result["replaced"] == {"pronoun": 1}
    assert {row["fact"]: row["class"] for row in result["facts"]} == {
        "accused": "both",
        "denial": "both",
    }


def test_a_fact_only_the_named_copy_gives_is_lost_to_reference(
    named: ModuleType, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """With the article as written read as giving nothing, every fact the named copy gives is
    "lost" to reference; were the copy left as written, they would all be "missed"."""
    text = "VIENNA: Police arrested Tomas Brandl on Monday. He denied the charges on Tuesday."
    person = dict(ACCUSED, outcome="arrested", confessed=False, retracted=False, denied=True)
    doc = {"id": "a", "case": "c", "region": "elsewhere", "title": "", "text": text,
           "published": "2025-01-01", "gold": {"accused": [person], "not_accused": []}}  # fmt: skip
    path = tmp_path / "set.jsonl"
    path.write_text(json.dumps(doc) + "\n")
    original = named.ledger_of

    def blind_to_text_as_written(gold_path: Path) -> Any:
        if json.loads(gold_path.read_text())["text"] == text:
            return {"entities": [], "allegations": []}
        return original(gold_path)

    monkeypatch.setattr(named, "ledger_of", blind_to_text_as_written)
    result = named.compare_set("t", path)
    classes = {row["fact"]: row["class"] for row in result["facts"]}
    assert classes == {"accused": "lost", "denial": "lost"}
    sentences = [row["sentences"] for row in result["facts"] if row["fact"] == "denial"]
    assert sentences == [["He denied the charges on Tuesday."]]
