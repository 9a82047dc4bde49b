"""The .txt reader and the dispatch by suffix."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate.errors import InputError
from corroborate.read import read_documents


def test_text_file_is_one_document(tmp_path: Path) -> None:
    path = tmp_path / "story.txt"
    path.write_bytes("Line one.\r\nHe said “so”.\n".encode())
    [doc] = read_documents([path], skip_errors=False)
    assert doc.id == "story.txt"
    assert doc.text == "Line one.\r\nHe said “so”.\n"  # byte for byte: offsets stay true


def test_order_across_files(tmp_path: Path) -> None:
    (tmp_path / "a.jsonl").write_text('{"id": "a1", "text": "x"}\n{"id": "a2", "text": "y"}\n')
    (tmp_path / "b.txt").write_text("z")
    paths = [tmp_path / "b.txt", tmp_path / "a.jsonl"]
    assert [d.id for d in read_documents(paths, skip_errors=False)] == ["b.txt", "a1", "a2"]


@pytest.mark.parametrize(
    ("content", "line", "expected"),
    [
        (b"ok\nstill ok\ncaf\xe9\n", 3, "not valid UTF-8"),
        (b"\x89PNG\r\n\x1a\n\0\0", 3, "NUL bytes"),
        (b"  \n\t\n", None, "empty"),
    ],
)
def test_bad_text_file(tmp_path: Path, content: bytes, line: int | None, expected: str) -> None:
    path = tmp_path / "bad.txt"
    path.write_bytes(content)
    with pytest.raises(InputError) as caught:
        list(read_documents([path], skip_errors=False))
    assert caught.value.line == line
    location = f"{path}:{line}" if line else str(path)
    assert str(caught.value).startswith(location + ": ") and expected in str(caught.value)


def test_bad_text_file_can_be_skipped(tmp_path: Path) -> None:
    (tmp_path / "empty.txt").write_text("")
    (tmp_path / "good.txt").write_text("text")
    skipped: list[InputError] = []
    paths = [tmp_path / "empty.txt", tmp_path / "good.txt"]
    docs = list(read_documents(paths, skip_errors=True, on_skip=skipped.append))
    assert [d.id for d in docs] == ["good.txt"] and len(skipped) == 1


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("missing.jsonl", "no such file"),
        ("folder", "the folder holds no file to read"),  # empty: nothing to read
        ("data.csv", "unknown file type"),
    ],
)
def test_bad_paths_fail_before_reading(tmp_path: Path, name: str, expected: str) -> None:
    (tmp_path / "folder").mkdir()
    (tmp_path / "data.csv").write_text("a,b\n")
    (tmp_path / "good.jsonl").write_text('{"id": 1, "text": "x"}\n')
    documents = read_documents([tmp_path / "good.jsonl", tmp_path / name], skip_errors=True)
    with pytest.raises(InputError, match=expected) as caught:  # even with skip_errors
        next(documents)
    assert str(caught.value).startswith(str(tmp_path / name))
