"""The shipped tagger: loaded without downloads, named by info, chosen by --model."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from spacy.language import Language
from typer.testing import CliRunner

from corroborate.cli import app
from corroborate.errors import ModelNotFoundError
from corroborate.extract import extract_text
from corroborate.nlp.attribution import attribution_model_info
from corroborate.nlp.pipeline import load_pipeline
from corroborate.nlp.tagger.model import META_FILE, MODEL_FILE, SECOND_FILE, load_tagger

DATA = Path(__file__).resolve().parents[3] / "corroborate" / "nlp" / "data"


def test_shipped_tagger_is_small_and_says_how_it_was_trained() -> None:
    tagger = load_tagger()
    assert tagger.path == DATA / MODEL_FILE
    assert tagger.path.stat().st_size < 100 * 1024 * 1024
    meta = json.loads((DATA / META_FILE).read_text("utf-8"))
    assert meta["trained_on"] == "train.jsonl" and meta["dev"]["file"] == "dev.jsonl"
    # The figures written at training time are the scorer's, in its own keys.
    assert 0.5 < meta["dev"]["triple_soft_f1"] < 1.0


def test_accurate_is_the_default_and_info_names_it(nlp: Language) -> None:
    described = attribution_model_info(nlp)
    assert described["model"] == "accurate" and described["name"] == "corroborate-crf-tagger"
    assert described["trained_on"] == "train.jsonl" and described["passes"] == "2"
    fast = attribution_model_info(load_pipeline(None, "fast"))
    assert fast["model"] == "fast" and fast["name"] != described["name"]


def test_both_models_label_every_attribution(nlp: Language) -> None:
    text = (
        "The spokesman for the harbour police said on Monday that four men had been arrested."
        ' "They confessed to the robbery," he told reporters, but their lawyer denied it.'
    )
    for pipeline in (nlp, load_pipeline(None, "fast")):
        found = extract_text(text, pipeline)
        assert found
        for a in found:
            assert a.kind and a.setting and a.cue and a.content


def test_a_missing_tagger_folder_is_a_clear_error(tmp_path: Path) -> None:
    with pytest.raises(ModelNotFoundError, match="corroborate train"):
        load_tagger(str(tmp_path))
    result = CliRunner().invoke(app, ["info", "--model", str(tmp_path / "nowhere")])
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert "--model fast" in result.stderr


def test_a_broken_model_file_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / MODEL_FILE).write_text("not a model", encoding="utf-8")
    with pytest.raises(ModelNotFoundError, match="not a CRFsuite model"):
        load_tagger(str(tmp_path))
    result = CliRunner().invoke(app, ["info", "--model", str(tmp_path)])
    assert result.exit_code == 1 and "Traceback" not in result.stderr
    assert "not a CRFsuite model" in result.stderr and "corroborate train" in result.stderr


def test_broken_metadata_is_a_clear_error(tmp_path: Path) -> None:
    (tmp_path / MODEL_FILE).write_bytes((DATA / MODEL_FILE).read_bytes())
    (tmp_path / META_FILE).write_text("{not json", encoding="utf-8")
    with pytest.raises(ModelNotFoundError, match="not the tagger's metadata"):
        load_tagger(str(tmp_path))


def test_without_metadata_the_first_pass_is_read_alone(tmp_path: Path) -> None:
    # A folder left half-installed, or files copied by hand: a second pass is read only with
    # the metadata that says it was fitted on this first pass.
    for name in (MODEL_FILE, SECOND_FILE):
        (tmp_path / name).write_bytes((DATA / name).read_bytes())
    assert load_tagger(str(tmp_path)).second_path is None
    (tmp_path / META_FILE).write_bytes((DATA / META_FILE).read_bytes())
    load_tagger.cache_clear()
    assert load_tagger(str(tmp_path)).second_path == tmp_path / SECOND_FILE
