"""benchmarks/learned_answers.py: the units' parse features and the fallback's held-out tally."""

from __future__ import annotations

from types import ModuleType
from typing import Any

import pytest
from spacy.language import Language

from tests.test_benchmarks import BENCHMARKS, load_benchmark


@pytest.fixture
def learned(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # its sibling court.py, as when run
    return load_benchmark("learned_answers")


class _Scorer:
    """The scorer's name normalisation, enough for the unit reader."""

    @staticmethod
    def norm(name: object) -> str:
        return " ".join(str(name or "").lower().replace(".", " ").replace(",", " ").split())


def test_a_name_hangs_from_the_verb_that_governs_it(learned: ModuleType, nlp: Language) -> None:
    doc = nlp("Farhan Quddus denied the charges against him in court on Monday.")
    token = next(t for t in doc if t.text == "Quddus")
    feats = learned.mention_features(token)
    assert "m:gov=deny" in feats and "m:dep=nsubj" in feats


def test_a_possessor_names_its_noun_and_negation_is_read(
    learned: ModuleType, nlp: Language
) -> None:
    doc = nlp("Quddus's confession was not voluntary, his counsel argued.")
    token = next(t for t in doc if t.text == "Quddus")
    assert "m:poss=confession" in learned.mention_features(token)
    doc = nlp("Tamsin Rowe did not admit the theft.")
    feats = learned.mention_features(next(t for t in doc if t.text == "Rowe"))
    assert "m:gov=admit|neg" in feats


def test_the_sentence_after_a_name_counts_when_a_pronoun_is_its_subject(
    learned: ModuleType, nlp: Language
) -> None:
    doc = nlp(
        "Farhan Quddus was arrested in May. He later withdrew the statement. "
        "The hearing was adjourned. He was not present."
    )
    sents = learned.unit_sentences(doc, {"farhan quddus"}, {"farhan", "quddus"}, _Scorer())
    texts = [s.text for s, _ in sents]
    # The pronoun after the adjourned hearing is too far from the name to be read as his.
    assert texts == ["Farhan Quddus was arrested in May.", "He later withdrew the statement."]
    assert "u:pronoun" in sents[1][1] and "m:gov=withdraw" in sents[1][1]


def _row(
    doc: str, person: str | None, denied: bool, rules: list[str], entity: str = "e"
) -> dict[str, Any]:
    labels = {"denial": denied, "retraction": False, "confession": False}
    return {"set": "s", "group": "s", "doc": doc, "entity": entity, "person": person,
            "labels": labels, "setting": None, "rules": rules, "rule_settings": []}  # fmt: skip


def test_the_fallback_adds_only_where_the_rules_are_silent(learned: ModuleType) -> None:
    rows = [
        _row("a", "P", True, ["denial"]),  # the rules found it
        _row("a", "Q", False, []),  # the rules spoke of denial in this article: quiet
        _row("b", "R", True, []),  # a right addition
        _row("b", None, False, [], entity="f"),  # a wrong one: an entity no gold accused
    ]
    preds = [{"denial": 0.9, "retraction": 0.0, "confession": 0.0, "setting": "judicial"}] * 4
    loud = learned.tally(rows, preds, 0.5, quiet_articles=False)["s"]["denial"]
    assert (loud["gold"], loud["rule"], loud["fires_right"], loud["fires_wrong"]) == (2, 1, 1, 2)
    quiet = learned.tally(rows, preds, 0.5, quiet_articles=True)["s"]["denial"]
    assert (quiet["fires_right"], quiet["fires_wrong"], quiet["on"]) == (1, 1, 2)


def test_the_top_unit_gate_leaves_the_article_to_its_likeliest_person(learned: ModuleType) -> None:
    rows = [_row("b", "R", True, []), _row("b", "S", False, [], entity="f")]
    preds = [
        {"denial": 0.9, "retraction": 0.0, "confession": 0.0, "setting": None},
        {"denial": 0.8, "retraction": 0.0, "confession": 0.0, "setting": None},
    ]
    both = learned.tally(rows, preds, 0.5, quiet_articles=True)["s"]["denial"]
    assert (both["fires_right"], both["fires_wrong"]) == (1, 1)
    top = learned.tally(rows, preds, 0.5, quiet_articles=True, top_one=True)["s"]["denial"]
    assert (top["fires_right"], top.get("fires_wrong", 0)) == (1, 0)
