"""Training the cue detector end to end on a tiny slice of PolNeAR train."""

from __future__ import annotations

import json
from pathlib import Path

from typer.testing import CliRunner

from corroborate.cli import app
from corroborate.nlp.cues import CueModel
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
