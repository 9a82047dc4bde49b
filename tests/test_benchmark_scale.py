"""benchmarks/scale.py runs end to end on a tiny corpus (its figures are not checked here)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from tests.test_benchmarks import BENCHMARKS, load_benchmark
from tests.test_ingest import rows, write_jsonl


def test_scale_reports_each_size(
    tmp_path: Path,
    nlp: Language,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # its helpers sit beside it
    dev = write_jsonl(tmp_path / "dev.jsonl", rows(3))
    train = write_jsonl(tmp_path / "train.jsonl", rows(4))
    scale = load_benchmark("scale")
    argv = ["--dev", str(dev), "--train", str(train), "--sizes", "dev,train,train10"]
    argv += ["--skip-throughput", "--keep", str(tmp_path / "stores"), "--json"]
    assert scale.main([*argv, "--articles", "1"]) == 0
    result = json.loads(capsys.readouterr().out)
    sizes = result["sizes"]
    assert [sizes[s]["documents_before"] for s in ("dev", "train", "train10")] == [2, 3, 30]
    # The held-back article is added: one more document than the store held.
    assert sizes["train10"]["counts"]["documents"] == 31
    assert all(sizes[s]["add_one"]["total_s"] > 0 for s in sizes)
    assert result["peak_rss_mb"]["self"] > 0


def test_scale_puts_back_several_articles_and_reports_their_spread(
    tmp_path: Path,
    nlp: Language,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    dev = write_jsonl(tmp_path / "dev.jsonl", rows(4))
    train = write_jsonl(tmp_path / "train.jsonl", rows(5))
    scale = load_benchmark("scale")
    argv = ["--dev", str(dev), "--train", str(train), "--sizes", "dev,train,train10"]
    argv += ["--skip-throughput", "--skip-audit", "--keep", str(tmp_path / "stores")]
    assert scale.main([*argv, "--articles", "2", "--json"]) == 0
    result = json.loads(capsys.readouterr().out)
    sizes = result["sizes"]
    # Two held out of each corpus, the same two of train at train and train10.
    assert [sizes[s]["documents_before"] for s in ("dev", "train", "train10")] == [2, 3, 30]
    assert sizes["train10"]["counts"]["documents"] == 32
    train_ids = [a["id"] for a in sizes["train"]["articles"]]
    assert train_ids == [a["id"] for a in sizes["train10"]["articles"]]
    assert len(train_ids) == 2
    for figures in sizes.values():
        cpu = figures["hook"]["cpu_s"]
        assert figures["hook"]["articles"] == 2
        assert cpu["least"] <= cpu["median"] <= cpu["most"]
    ratios = result["hook_ratios"]
    assert set(ratios) == {"train", "train10"}
    for size, before in (("train", "dev"), ("train10", "train")):
        for clock in ("cpu", "wall", "total_cpu"):
            a = sizes[size]["hook"][f"{clock}_s"]["median"]
            b = sizes[before]["hook"][f"{clock}_s"]["median"]
            # the medians' quotient; none where a tiny corpus's hook rounds to nothing
            assert ratios[size][f"{clock}_vs_{before}"] == (round(a / b, 2) if b else None)
    # The report in words: each size's spread, each article's hook.
    assert scale.main([*argv, "--articles", "2", "--sizes", "dev"]) == 0
    printed = capsys.readouterr().out
    assert "hook over 2 articles: CPU" in printed
    assert all(a["id"][:60] in printed for a in sizes["dev"]["articles"])


def test_chosen_articles_are_spread_and_include_the_last(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    scale = load_benchmark("scale")
    documents = list(range(100))
    assert scale.chosen_articles(documents, 1) == [99]
    assert scale.chosen_articles(documents, 4) == [24, 49, 74, 99]
    # Never every article: the store keeps at least one.
    assert scale.chosen_articles(documents[:3], 5) == [1, 2]
    assert scale._ratio(3.0, 2.0) == 1.5
    assert scale._ratio(3.0, 0.0) is None and scale._times(3.0, 0.0) == "-"
