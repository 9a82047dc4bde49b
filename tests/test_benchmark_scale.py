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
    assert scale.main(argv) == 0
    result = json.loads(capsys.readouterr().out)
    sizes = result["sizes"]
    assert [sizes[s]["documents_before"] for s in ("dev", "train", "train10")] == [2, 3, 30]
    # The held-back article is added: one more document than the store held.
    assert sizes["train10"]["counts"]["documents"] == 31
    assert all(sizes[s]["add_one"]["total_s"] > 0 for s in sizes)
    assert result["peak_rss_mb"]["self"] > 0
