"""Gold files: every attribution checked, file and line named, before any slow work."""

from __future__ import annotations

import json
import tempfile
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from typer.testing import CliRunner

from corroborate.cli import app
from corroborate.errors import InputError
from corroborate.read.gold import read_gold, read_training_gold

TEXT = "The Levies said the convoy was stopped at dawn."  # 47 characters
GOOD = {"id": "g1", "text": TEXT, "attributions": [{"source": [[0, 10]], "cue": [[11, 15]]}]}


def write(tmp_path: Path, *rows: Any) -> Path:
    path = tmp_path / "gold.jsonl"
    lines = [row if isinstance(row, str) else json.dumps(row) for row in rows]
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_every_role_is_present_after_reading(tmp_path: Path) -> None:
    (gold,) = read_gold(write(tmp_path, GOOD))
    assert gold.document.id == "g1"
    assert gold.attributions == [{"source": [[0, 10]], "cue": [[11, 15]], "content": []}]
    assert gold.to_row() == {"id": "g1", "text": TEXT, "attributions": gold.attributions}


def test_no_attributions_key_is_a_document_with_none(tmp_path: Path) -> None:
    (gold,) = read_gold(write(tmp_path, {"id": 2, "text": TEXT}))
    assert (gold.document.id, gold.attributions) == ("2", [])


@pytest.mark.parametrize(
    ("attributions", "message"),
    [
        ({"cue": [[0, 3]]}, '"attributions" is not a list'),
        (["said"], "attribution 1 is not an object"),
        ([{"source": "The Levies"}], '"source" is not a list of [start, end] pairs'),
        ([{}, {"cue": [[11]]}], 'attribution 2: "cue" is not a list of [start, end] pairs'),
        ([{"cue": [[11.0, 15]]}], '"cue" is not a list of [start, end] pairs'),
        ([{"cue": [[True, 15]]}], '"cue" is not a list of [start, end] pairs'),
        ([{"content": [[16, 480]]}], '"content" range [16, 480] is reversed or outside the text'),
        ([{"content": [[20, 16]]}], '"content" range [20, 16] is reversed'),
        ([{"content": [[-1, 16]]}], '"content" range [-1, 16] is reversed or outside'),
    ],
)
def test_a_bad_attribution_names_its_line(
    tmp_path: Path, attributions: object, message: str
) -> None:
    path = write(tmp_path, GOOD, {"id": "g2", "text": TEXT, "attributions": attributions})
    with pytest.raises(InputError) as raised:
        read_gold(path)
    assert raised.value.location == f"{path}:2"
    assert message in str(raised.value)
    assert "[start, end] character offsets" in raised.value.hint


def test_a_bad_line_gets_no_advice_to_skip_it(tmp_path: Path) -> None:
    # The document reader suggests --skip-errors; gold files have no such option.
    with pytest.raises(InputError) as raised:
        read_gold(write(tmp_path, GOOD, "{not json"))
    assert raised.value.location.endswith(":2")
    assert "not valid JSON" in str(raised.value)
    assert "skip" not in str(raised.value)


ranges = st.integers(0, len(TEXT)).flatmap(
    lambda start: st.integers(start, len(TEXT)).map(lambda end: [start, end])
)
attributions = st.lists(
    st.fixed_dictionaries(
        {},
        optional={role: st.lists(ranges, max_size=3) for role in ("source", "cue", "content")},
    ),
    max_size=5,
)


@settings(deadline=None)  # shared CI cores: a slow example is not a failure
@given(attributions)
def test_any_valid_attributions_read_back_as_written(value: list[dict[str, Any]]) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        (gold,) = read_gold(write(Path(tmp), {"id": "h", "text": TEXT, "attributions": value}))
    expected = [{role: a.get(role, []) for role in ("source", "cue", "content")} for a in value]
    assert gold.attributions == expected


@pytest.mark.parametrize("command", ["train", "train-cues", "eval"])
def test_commands_stop_at_a_bad_gold_line_before_any_work(tmp_path: Path, command: str) -> None:
    path = write(tmp_path, GOOD, {"id": "g2", "text": TEXT, "attributions": [{"cue": "said"}]})
    out = tmp_path / "out"
    args = {
        "train": ["train", "--train", str(path), "--dev", str(path), "--out", str(out)],
        "train-cues": ["train-cues", "--train", str(path), "--out", str(out)],
        "eval": ["eval", str(path)],
    }[command]
    result = CliRunner().invoke(app, args)
    assert result.exit_code == 1
    assert result.stderr.startswith(f"error: {path}:2: attribution 1:")
    assert "Traceback" not in result.output and not out.exists()


def test_a_file_to_learn_from_needs_an_attribution(tmp_path: Path) -> None:
    path = write(tmp_path, {"id": "a", "text": TEXT}, {"id": "b", "text": TEXT, "attributions": []})
    assert len(read_gold(path)) == 2
    with pytest.raises(InputError) as raised:
        read_training_gold(path)
    assert raised.value.location == str(path)
    assert "holds no gold attributions (2 documents)" in str(raised.value)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["train", "--train", "{empty}", "--dev", "{good}"], "holds no gold attributions"),
        (["train", "--train", "{bare}", "--dev", "{good}"], "holds no gold attributions"),
        (["train", "--train", "{good}", "--dev", "{empty}"], "holds no documents"),
        (["train-cues", "--train", "{bare}"], "holds no gold attributions"),
        (["eval", "{empty}"], "holds no documents"),
    ],
)
def test_commands_refuse_gold_files_with_nothing_in_them(
    tmp_path: Path, args: list[str], message: str
) -> None:
    files = {
        "empty": tmp_path / "empty.jsonl",
        "bare": tmp_path / "bare.jsonl",
        "good": write(tmp_path, GOOD),
    }
    files["empty"].write_text("\n", encoding="utf-8")
    files["bare"].write_text(json.dumps({"id": "b", "text": TEXT}) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    named = [a.format(**{k: str(v) for k, v in files.items()}) for a in args]
    result = CliRunner().invoke(app, [*named, *(["--out", str(out)] if "train" in args[0] else [])])
    assert result.exit_code == 1
    assert message in result.stderr and "Traceback" not in result.output
    assert not out.exists()


def test_a_repeated_id_names_both_lines(tmp_path: Path) -> None:
    path = write(tmp_path, GOOD, {"id": "other", "text": TEXT}, {"id": "g1", "text": TEXT})
    with pytest.raises(InputError) as raised:
        read_gold(path)
    assert raised.value.location == f"{path}:3"
    assert "document id 'g1' is already on line 1" in str(raised.value)
