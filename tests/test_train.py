"""Training the cue detector and the attribution tagger end to end on tiny slices of PolNeAR."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from corroborate import settings
from corroborate.cli import app
from corroborate.nlp.cues import CueModel
from corroborate.nlp.tagger.model import META_FILE, MODEL_FILE, SECOND_FILE, load_tagger
from tests.conftest import SHARED, shared_file


def test_train_cues_on_a_slice(tmp_path: Path) -> None:
    train = shared_file(SHARED / "benchmarks" / "polnear" / "train.jsonl")
    slice_path = tmp_path / "slice.jsonl"
    with train.open(encoding="utf-8") as lines:
        slice_path.write_text("".join(next(lines) for _ in range(6)), encoding="utf-8")
    out = tmp_path / "model.json"
    result = CliRunner().invoke(app, ["train-cues", "--train", str(slice_path), "--out", str(out)])
    assert result.exit_code == 0, result.output
    model = CueModel.from_json(json.loads(out.read_text("utf-8")))
    # Reporting verbs are what the model learns first.
    assert model.weights.get("l=say", 0.0) > 0.0
    assert model.trained_on == "slice.jsonl"


def polnear_slice(tmp_path: Path, split: str, n: int) -> Path:
    source = shared_file(SHARED / "benchmarks" / "polnear" / f"{split}.jsonl")
    path = tmp_path / f"{split}-slice.jsonl"
    with source.open(encoding="utf-8") as lines:
        path.write_text("".join(next(lines) for _ in range(n)), encoding="utf-8")
    return path


def test_train_tagger_end_to_end_on_a_slice(tmp_path: Path) -> None:
    train = polnear_slice(tmp_path, "train", 8)
    dev = polnear_slice(tmp_path, "dev", 3)
    outs = [tmp_path / "one", tmp_path / "two"]
    for out in outs:
        result = CliRunner().invoke(
            app,
            ["train", "--train", str(train), "--dev", str(dev), "--out", str(out),
             "--iterations", "20"],
        )  # fmt: skip
        assert result.exit_code == 0, result.output
    # Progress and dev figures are logged while it trains, and the scorer's figures at the end.
    assert "iteration 10: loss" in result.stderr and "dev tag macro F1" in result.stderr
    assert "dev: triple soft F1" in result.stderr
    assert "fold 2/2: first pass fitted on 4 documents" in result.stderr
    assert "second pass" in result.stderr
    # Deterministic: the same data gives the same model bytes, for both passes.
    for name in (MODEL_FILE, SECOND_FILE):
        first, second = (out / name for out in outs)
        assert first.read_bytes() == second.read_bytes()
    meta = json.loads((outs[0] / META_FILE).read_text("utf-8"))
    assert meta["passes"] == 2 and meta["settings"]["folds"] == 2
    assert load_tagger(str(outs[0])).second_path == outs[0] / SECOND_FILE
    assert meta["trained_on"] == "train-slice.jsonl" and meta["train_documents"] == 8
    assert 0.0 <= meta["dev"]["triple_soft_f1"] <= 1.0 and meta["dev"]["documents"] == 3

    # The trained folder is a model the extractor takes, and info names it.
    info = CliRunner().invoke(app, ["info", "--json", "--model", str(outs[0])])
    assert info.exit_code == 0, info.output
    described = json.loads(info.stdout)["attribution_model"]
    assert described["model"] == "accurate" and described["trained_on"] == "train-slice.jsonl"
    extracted = CliRunner().invoke(app, ["extract", str(dev), "--model", str(outs[0])])
    assert extracted.exit_code == 0, extracted.output
    assert len(extracted.stdout.splitlines()) == 3


def test_train_one_pass_replaces_a_stale_second_pass(tmp_path: Path) -> None:
    train = polnear_slice(tmp_path, "train", 4)
    dev = polnear_slice(tmp_path, "dev", 1)
    out = tmp_path / "model"
    out.mkdir()
    (out / SECOND_FILE).write_bytes(b"left over from an earlier run")
    result = CliRunner().invoke(
        app,
        ["train", "--train", str(train), "--dev", str(dev), "--out", str(out),
         "--iterations", "5", "--second-iterations", "0"],
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    assert (out / MODEL_FILE).is_file() and not (out / SECOND_FILE).exists()
    assert json.loads((out / META_FILE).read_text("utf-8"))["passes"] == 1
    # A second pass copied in later is not read with a first pass it was not fitted on.
    (out / SECOND_FILE).write_bytes(b"copied over by hand")
    assert load_tagger(str(out)).second_path is None


def test_train_refuses_a_file_as_out(tmp_path: Path) -> None:
    train = polnear_slice(tmp_path, "train", 1)
    out = tmp_path / "file"
    out.write_text("x")
    result = CliRunner().invoke(
        app, ["train", "--train", str(train), "--dev", str(train), "--out", str(out)]
    )
    assert result.exit_code == 1 and "is a file" in result.stderr


def test_a_failed_training_leaves_the_previous_model_as_it_was(tmp_path: Path) -> None:
    train = polnear_slice(tmp_path, "train", 4)
    dev = polnear_slice(tmp_path, "dev", 1)
    out = tmp_path / "model"
    args = ["train", "--train", str(train), "--dev", str(dev), "--out", str(out)]
    first = CliRunner().invoke(app, [*args, "--iterations", "5", "--second-iterations", "0"])
    assert first.exit_code == 0, first.output
    before = {p.name: p.read_bytes() for p in out.iterdir()}

    class BrokenScorer:
        """Fails at the very end of training, after both files would have been written."""

        @staticmethod
        def score(gold: object, predictions: object) -> dict[str, float]:
            raise KeyboardInterrupt

    from corroborate.nlp import pipeline
    from corroborate.nlp.cues import load_cue_model
    from corroborate.nlp.tagger.train import TrainSettings, train_tagger

    nlp = pipeline.load_bare(settings.spacy_model(None))
    with pytest.raises(KeyboardInterrupt):
        train_tagger(
            train, dev, out, nlp, load_cue_model(), BrokenScorer,  # type: ignore[arg-type]
            TrainSettings(), log=lambda _: None,
        )  # fmt: skip
    assert {p.name: p.read_bytes() for p in out.iterdir()} == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith(".")) == []


def test_an_out_folder_that_cannot_be_made_fails_before_parsing(tmp_path: Path) -> None:
    train = polnear_slice(tmp_path, "train", 1)
    blocker = tmp_path / "a-file"
    blocker.write_text("x")
    result = CliRunner().invoke(
        app, ["train", "--train", str(train), "--dev", str(train), "--out", str(blocker / "m")]
    )
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {blocker / 'm'}: cannot write here")
    assert "parsed" not in result.stderr


def test_train_cues_checks_its_output_before_training(tmp_path: Path) -> None:
    train = polnear_slice(tmp_path, "train", 1)
    out = tmp_path / "missing-folder" / "model.json"
    result = CliRunner().invoke(app, ["train-cues", "--train", str(train), "--out", str(out)])
    assert result.exit_code == 1 and "cannot write here" in result.stderr
    assert "parsed" not in result.stderr and not out.parent.exists()
