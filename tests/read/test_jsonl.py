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

# Texts with something besides whitespace, from all of Unicode but what no database stores
# (surrogates cannot be UTF-8; NUL is refused: see test_bad_line_names_file_and_line).
storable = st.characters(exclude_categories=["Cs"], exclude_characters="\0")
texts = st.text(storable, min_size=1).filter(str.strip)
ids = st.one_of(st.text(storable, min_size=1).filter(str.strip), st.integers())
optional = st.one_of(st.none(), st.text(storable))
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
@given(st.lists(rows, max_size=5, unique_by=lambda row: str(row["id"])), st.booleans())
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
    "nested 100k deep": (
        b'{"id": 1, "text": "x", "meta": ' + b"[" * 100_000 + b"]" * 100_000 + b"}",
        "nested deeper than Python's recursion limit",
    ),
    "NUL escape": (b'{"id": 1, "text": "a\\u0000b"}', '"text" contains a NUL character'),
    "lone surrogate": (b'{"id": 1, "title": "\\ud800", "text": "t"}', '"title" contains a lone'),
    "id used above": (b'{"id": "ok", "text": "again"}', "id 'ok' is already used by the document"),
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


def test_a_repeated_id_names_both_lines_and_the_first_is_kept(tmp_path: Path) -> None:
    first = tmp_path / "a.jsonl"
    first.write_text('{"id": "r1", "text": "One."}\n{"id": 2, "text": "Two."}\n')
    second = tmp_path / "b.jsonl"
    second.write_text('{"id": "3", "text": "Three."}\n{"id": "2", "text": "Other two."}\n')
    with pytest.raises(InputError) as caught:
        list(read_documents([first, second]))
    assert str(caught.value).startswith(
        f"{second}:2: id '2' is already used by the document at {first}:2"
    )
    skipped: list[InputError] = []
    docs = list(read_documents([first, second], skip_errors=True, on_skip=skipped.append))
    assert [(d.id, d.text) for d in docs] == [("r1", "One."), ("2", "Two."), ("3", "Three.")]
    assert [(e.path, e.line) for e in skipped] == [(str(second), 2)]


def test_every_problem_is_found_in_one_pass_before_any_document_is_used(tmp_path: Path) -> None:
    # What ingest's first pass relies on: reading to the end raises on each kind of bad line,
    # so nothing is stored from an input that would fail later.
    path = tmp_path / "late.jsonl"
    rows = [{"id": i, "text": f"Text {i}."} for i in range(50)] + [{"id": 50, "text": "\0"}]
    path.write_text("".join(json.dumps(r) + "\n" for r in rows))
    with pytest.raises(InputError, match=f"^{path}:51: document '50'"):
        sum(1 for _ in read_documents([path]))
