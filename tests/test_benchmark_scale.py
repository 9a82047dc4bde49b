"""benchmarks/scale.py runs end to end on a tiny corpus (its figures are not checked here);
its parts (``scale_stores``, ``scale_adding``, ``scale_report``) beside it."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language

from corroborate.ingest import ingest_paths
from corroborate.ledger.build import AnalysedDocument
from corroborate.ledger.store import rebuild
from corroborate.store import open_store
from tests.conftest import put_analysed
from tests.test_benchmarks import BENCHMARKS, load_benchmark
from tests.test_ingest import rows, write_jsonl


def train_rows(count: int) -> list[dict[str, object]]:
    """Train articles under ids of their own (dev's ids are ``doc-NNN``)."""
    return [{**row, "id": f"train-{at}"} for at, row in enumerate(rows(count))]


def test_scale_reports_each_size(
    tmp_path: Path,
    nlp: Language,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # its helpers sit beside it
    dev = write_jsonl(tmp_path / "dev.jsonl", rows(3))
    train = write_jsonl(tmp_path / "train.jsonl", train_rows(4))
    scale = load_benchmark("scale")
    argv = ["--dev", str(dev), "--train", str(train), "--sizes", "dev,train,train10"]
    argv += ["--skip-throughput", "--keep", str(tmp_path / "stores"), "--json"]
    assert scale.main([*argv, "--articles", "1"]) == 0
    result = json.loads(capsys.readouterr().out)
    sizes = result["sizes"]
    # dev whole; train without the article held out; train10 that ten times.
    assert [sizes[s]["documents_before"] for s in ("dev", "train", "train10")] == [3, 3, 30]
    # The last train article is added to every store: one more document than each held.
    assert result["added"] == ["train-3"]
    assert all([a["id"] for a in sizes[s]["articles"]] == ["train-3"] for s in sizes)
    assert [sizes[s]["counts"]["documents"] for s in sizes] == [4, 4, 31]
    assert all(sizes[s]["add_one"]["total_s"] > 0 for s in sizes)
    assert result["peak_rss_mb"]["self"] > 0
    # Without ``--fresh-hook`` no fresh process is run, and no ratio claims one.
    assert all("fresh_cpu_s" not in sizes[s]["hook"] for s in sizes)
    assert all("fresh_cpu_vs_dev" not in r for r in result["hook_ratios"].values())
    assert "total_shared_cpu_vs_dev" in result["hook_ratios"]["train"]


def test_train10_copies_carry_the_claims(
    tmp_path: Path,
    nlp: Language,
    karachi_analysed: list[AnalysedDocument],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """train10's copies carry train's claims (court steps, accusations), not only its
    attributions and mentions: before 2026-12-04 they held none, and train10's ledger was not
    train's ten times."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    stores = load_benchmark("scale_stores")
    analysed = karachi_analysed[:3]
    train_db = tmp_path / "train.db"
    with open_store(str(train_db)) as store:
        put_analysed(store, analysed)
        claims = len(store.claims())
    assert claims > 0
    with open_store(str(tmp_path / "train10.db")) as copies:
        stores.copies_of_train(str(train_db), copies, nlp, [a.document for a in analysed], 2)
        assert len(copies.claims()) == 2 * claims


def test_the_fresh_hook_updates_the_store_it_is_given(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """``fresh_hook`` times the real work: the stored article is indexed after it, not
    before (a child that timed nothing would leave the index as it was)."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    adding = load_benchmark("scale_adding")
    db = tmp_path / "one.db"
    first, second = rows(2)
    with open_store(str(db)) as store:
        ingest_paths([write_jsonl(tmp_path / "a.jsonl", [first])], store, nlp)
        rebuild(store)
        ingest_paths([write_jsonl(tmp_path / "b.jsonl", [second])], store, nlp)
        assert set(store.indexed_hashes()) == {"doc-000"}  # stored, the hook not run
    done = adding.fresh_hook(db)
    assert done["reason"] is None and done["cpu_s"] > 0
    with open_store(str(db), create=False) as store:
        assert set(store.indexed_hashes()) == {"doc-000", "doc-001"}


def test_scale_puts_back_several_articles_and_reports_their_spread(
    tmp_path: Path,
    nlp: Language,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    dev = write_jsonl(tmp_path / "dev.jsonl", rows(4))
    train = write_jsonl(tmp_path / "train.jsonl", train_rows(5))
    scale = load_benchmark("scale")
    argv = ["--dev", str(dev), "--train", str(train), "--sizes", "dev,train,train10"]
    argv += ["--skip-throughput", "--skip-audit", "--keep", str(tmp_path / "stores")]
    argv += ["--extract-rounds", "2"]
    assert scale.main([*argv, "--articles", "2", "--json", "--fresh-hook"]) == 0
    result = json.loads(capsys.readouterr().out)
    sizes = result["sizes"]
    # Each article's extraction timed apart twice, its median shared by every size.
    extraction = result["extraction"]
    assert set(extraction) == {"train-2", "train-4"}
    for timed in extraction.values():
        assert len(timed["rounds"]) == 2
        assert timed["cpu_s"]["median"] == pytest.approx(sum(timed["rounds"]) / 2, abs=0.002)
    for figures in sizes.values():
        for article in figures["articles"]:
            shared = extraction[article["id"]]["cpu_s"]["median"]
            assert article["extract_shared_cpu_s"] == shared
            assert article["total_shared_cpu_s"] == pytest.approx(
                shared + article["update_cpu_s"], abs=0.002
            )
            # the hook again in a fresh process, and what it paid more than this one
            surplus = article["update_fresh_cpu_s"] - article["update_cpu_s"]
            assert article["fresh_surplus_cpu_s"] == pytest.approx(surplus, abs=0.002)
            # a scoped update says how many names it resolved again; others say none
            scoped = article["update"].endswith(", scoped")
            assert (article["reached_names"] or 0) > 0 if scoped else True
            assert article["reached_names"] is None or scoped
        assert {"total_shared_cpu_s", "fresh_cpu_s", "fresh_surplus_cpu_s"} <= set(figures["hook"])
    # The same two train articles held out of every store and added to each.
    assert result["added"] == ["train-2", "train-4"]
    assert all([a["id"] for a in sizes[s]["articles"]] == result["added"] for s in sizes)
    assert [sizes[s]["documents_before"] for s in ("dev", "train", "train10")] == [4, 3, 30]
    # Each added to its own copy of the store: the last copy holds one more, not two.
    assert [sizes[s]["counts"]["documents"] for s in sizes] == [5, 4, 31]
    for figures in sizes.values():
        assert figures["hook"]["articles"] == 2
        for spread in ("cpu_s", "extract_cpu_s", "total_cpu_s"):
            one = figures["hook"][spread]
            assert one["least"] <= one["median"] <= one["most"]
        # the whole addition is the extraction and the hook, article by article
        for article in figures["articles"]:
            whole = article["extract_and_store_cpu_s"] + article["update_cpu_s"]
            assert article["total_cpu_s"] == pytest.approx(whole, abs=0.002)
    ratios = result["hook_ratios"]
    assert set(ratios) == {"train", "train10"}
    for size, before in (("train", "dev"), ("train10", "train")):
        for clock, field in (
            ("cpu", "update_cpu_s"),
            ("total_cpu", "total_cpu_s"),
            ("total_shared_cpu", "total_shared_cpu_s"),
            ("fresh_cpu", "update_fresh_cpu_s"),
        ):
            a = sizes[size]["hook"][f"{clock}_s"]["median"]
            b = sizes[before]["hook"][f"{clock}_s"]["median"]
            # the medians' quotient; none where a tiny corpus's hook rounds to nothing
            assert ratios[size][f"{clock}_vs_{before}"] == (round(a / b, 2) if b else None)
            here = [a[field] for a in sizes[size]["articles"]]
            there = [a[field] for a in sizes[before]["articles"]]
            paired = round((here[0] / there[0] + here[1] / there[1]) / 2, 2) if all(there) else None
            assert ratios[size][f"{clock}_paired_vs_{before}"] == paired
    # The report in words: each size's spread, each article's hook.
    assert scale.main([*argv, "--articles", "2", "--sizes", "dev", "--fresh-hook"]) == 0
    printed = capsys.readouterr().out
    assert "hook over 2 articles: CPU" in printed
    assert "the extraction timed apart and shared by the sizes" in printed
    assert "hook in a fresh process: CPU" in printed
    assert all(a["id"][:60] in printed for a in sizes["dev"]["articles"])


def test_chosen_articles_are_spread_and_include_the_last(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    stores, report = load_benchmark("scale_stores"), load_benchmark("scale_report")
    documents = list(range(100))
    assert stores.chosen_articles(documents, 1) == [99]
    assert stores.chosen_articles(documents, 4) == [24, 49, 74, 99]
    # Never every article: the store keeps at least one.
    assert stores.chosen_articles(documents[:3], 5) == [1, 2]
    assert report._ratio(3.0, 2.0) == 1.5
    assert report._ratio(3.0, 0.0) is None and report._times(3.0, 0.0) == "-"


def test_paired_ratios_set_each_article_beside_itself(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    report = load_benchmark("scale_report")
    before = [{"id": "a", "t": 1.0}, {"id": "b", "t": 4.0}, {"id": "c", "t": 0.5}]
    # in another order: matched by id, not by place
    after = [{"id": "c", "t": 1.5}, {"id": "a", "t": 2.0}, {"id": "b", "t": 4.0}]
    assert report._paired(after, before, "t") == 2.0  # median of 3.0, 2.0, 1.0
    # not the quotient of the medians (2.0 / 1.0), which one article can move
    assert report._paired(after[:2] + [{"id": "b", "t": 40.0}], before, "t") == 3.0
    assert report._paired(after[:2], before, "t") is None  # different articles
    assert report._paired(after, [*before[:2], {"id": "c", "t": 0.0}], "t") is None


def test_scale_is_split_into_small_parts_that_say_what_they_export(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """``scale.py`` (780 lines until 2026-12-05) is split by concept: each part stays small
    and names what it exports, and every exported name exists."""
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    parts = [
        "scale",
        "scale_stores",
        "scale_throughput",
        "scale_adding",
        "scale_report",
        "scale_reads",
    ]
    for name in parts:
        assert len((BENCHMARKS / f"{name}.py").read_text().splitlines()) <= 300, name
        module = load_benchmark(name)
        assert module.__all__ and all(hasattr(module, n) for n in module.__all__), name
