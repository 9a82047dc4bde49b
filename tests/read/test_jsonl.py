"""The JSONL reader: round trips, and a message naming file and line for each bad input."""

from __future__ import annotations

import io
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from corroborate.errors import InputError
from corroborate.read import read_documents
from corroborate.read.jsonl import read_jsonl

# Texts with something besides whitespace, from all of Unicode (surrogates cannot be UTF-8).
texts = st.text(st.characters(exclude_categories=["Cs"]), min_size=1).filter(str.strip)
ids = st.one_of(st.text(min_size=1).filter(str.strip), st.integers())
optional = st.one_of(st.none(), st.text())
# Publication dates are read as dates (read.published; tests/read/test_published.py).
dates = st.one_of(st.none(), st.dates().map(lambda d: d.isoformat()))
rows = st.fixed_dictionaries(
    {"id": ids, "text": texts},
    optional={
        "url": optional,
        "outlet": optional,
        "published": dates,
        "title": optional,
        "attributions": st.lists(st.integers()),  # unknown keys are ignored
    },
)


def _lines(rows: list[dict[str, object]], ensure_ascii: bool) -> list[bytes]:
    return [(json.dumps(r, ensure_ascii=ensure_ascii) + "\n").encode() for r in rows]


@settings(deadline=None)  # shared CI cores: a slow example is not a failure
@given(st.lists(rows, max_size=5), st.booleans())
def test_round_trip(rows: list[dict[str, object]], ensure_ascii: bool) -> None:
    documents = list(read_jsonl(_lines(rows, ensure_ascii), "data.jsonl"))
    assert len(documents) == len(rows)
    for number, (row, doc) in enumerate(zip(rows, documents, strict=True), 1):
        assert doc.id == str(row["id"])
        assert doc.text == row["text"]  # unchanged, so offsets into it mean the same
        for key in ("url", "outlet", "published", "title"):
            assert getattr(doc, key) == row.get(key)
        assert (doc.path, doc.line) == ("data.jsonl", number)


@settings(deadline=None)
@given(texts)
def test_offsets_survive(text: str) -> None:
    # A text with the separators str.splitlines() would split at stays one document.
    text = text + "\u2028\u2029\x85\r" + text
    [doc] = read_jsonl(_lines([{"id": "a", "text": text}], False), "x.jsonl")
    assert doc.text[: len(text)] == text[: len(text)] and len(doc.text) == len(text)


def test_blank_lines_are_skipped_and_numbered() -> None:
    lines = [b"\n", b'{"id": "a", "text": "t"}\n', b"   \r\n", b'{"id": "b", "text": "u"}']
    docs = list(read_jsonl(lines, "f.jsonl"))
    assert [(d.id, d.line) for d in docs] == [("a", 2), ("b", 4)]


def test_byte_order_mark_is_dropped() -> None:
    [doc] = read_jsonl(['\ufeff{"id": "a", "text": "t"}'.encode()], "f.jsonl")
    assert doc.text == "t"


BAD_LINES = {
    "not JSON": (b'{"id": 1, "text": "x"', "not valid JSON"),
    "array": (b'[{"id": 1, "text": "x"}]', "array"),
    "no id": (b'{"text": "x"}', 'no "id"'),
    "id null": (b'{"id": null, "text": "x"}', '"id" is a JSON null'),
    "id bool": (b'{"id": true, "text": "x"}', '"id" is a JSON boolean'),
    "id empty": (b'{"id": " ", "text": "x"}', '"id" is empty'),
    "no text": (b'{"id": 1}', 'no "text"'),
    "text number": (b'{"id": 1, "text": 5}', '"text" is a JSON number'),
    "text empty": (b'{"id": 1, "text": ""}', '"text" is empty'),
    "text whitespace": (b'{"id": 1, "text": " \\n\\t"}', '"text" is empty'),
    "url number": (b'{"id": 1, "text": "x", "url": 3}', '"url" is a JSON number'),
    "latin-1": ('{"id": 1, "text": "café"}'.encode("latin-1"), "not valid UTF-8"),
    "binary": (b'{"id": 1, "text": "x"}\0\0', "NUL bytes"),
}


@pytest.mark.parametrize("name", list(BAD_LINES))
def test_bad_line_names_file_and_line(name: str, tmp_path: Path) -> None:
    bad, expected = BAD_LINES[name]
    path = tmp_path / "data.jsonl"
    path.write_bytes(b'{"id": "ok", "text": "fine"}\n\n' + bad + b"\n")
    with pytest.raises(InputError) as caught:
        list(read_documents([path], skip_errors=False))
    err = caught.value
    assert (err.path, err.line) == (str(path), 3)
    message = str(err)
    assert message.startswith(f"{path}:3: ")
    assert expected in message
    assert "\n" not in message
    assert "--skip-errors" in message  # says what to do


def test_skip_errors_reports_and_continues(tmp_path: Path) -> None:
    path = tmp_path / "data.jsonl"
    path.write_text('{"id": 1, "text": "a"}\nnot json\n{"text": "b"}\n{"id": 4, "text": "d"}\n')
    skipped: list[InputError] = []
    docs = list(read_documents([path], skip_errors=True, on_skip=skipped.append))
    assert [d.id for d in docs] == ["1", "4"]
    assert [e.line for e in skipped] == [2, 3]


def test_stdin(monkeypatch: pytest.MonkeyPatch) -> None:
    stdin = io.TextIOWrapper(io.BytesIO(b'{"id": 1, "text": "a"}\nbad\n'))
    monkeypatch.setattr("sys.stdin", stdin)
    with pytest.raises(InputError, match=r"^<stdin>:2: not valid JSON"):
        list(read_documents(None, skip_errors=False))


def test_streams_without_reading_ahead() -> None:
    # The reader must not consume the whole input before yielding the first document.
    consumed: list[int] = []

    def lines() -> object:
        for i in range(1000):
            consumed.append(i)
            yield json.dumps({"id": i, "text": "t"}).encode()

    first = next(read_jsonl(lines(), "big.jsonl"))  # type: ignore[arg-type]
    assert first.id == "0" and len(consumed) == 1
