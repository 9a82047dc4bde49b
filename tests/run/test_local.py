"""What every runner promises, on the one in this process: input order, and a bad line that
first lets the documents read before it through."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from spacy.language import Language

from corroborate.errors import InputError
from corroborate.extract import analyse_documents
from corroborate.nlp.attribution import extractor_id
from corroborate.records import Document
from corroborate.run import LocalRunner, default_workers, open_runner

TEXTS = [
    "Police said the suspect had confessed to 12 killings.",
    "His lawyer denied the allegations.",
    "The court acquitted him, the prosecutor said.",
]


def documents(count: int, bad_at: int | None = None) -> Iterator[Document]:
    for i in range(count):
        if i == bad_at:
            raise InputError("in.jsonl", i + 1, "not valid JSON", "fix it")
        yield Document(id=f"d{i}", text=TEXTS[i % len(TEXTS)])


def test_in_order_and_as_extract(nlp: Language) -> None:
    runner = LocalRunner(nlp, batch_size=2)
    assert runner.extractor == extractor_id(nlp)
    got = list(runner.analyse(documents(5)))
    assert got == list(analyse_documents(documents(5), nlp))
    assert [a.document.id for a in got] == ["d0", "d1", "d2", "d3", "d4"]


def test_bad_line_comes_after_what_was_read_before_it(nlp: Language) -> None:
    # A batch of 16 holds all three documents read before the bad line: without the runner's
    # care they would be dropped with the batch.
    out: list[str] = []
    with pytest.raises(InputError, match=r"^in.jsonl:4: not valid JSON"):
        for analysis in LocalRunner(nlp, batch_size=16).analyse(documents(6, bad_at=3)):
            out.append(analysis.document.id)
    assert out == ["d0", "d1", "d2"]


def test_open_runner_picks_by_options(nlp: Language) -> None:
    assert isinstance(open_runner(nlp, workers=1), LocalRunner)
    assert type(open_runner(nlp, workers=2)).__name__ == "ProcessRunner"
    assert 1 <= default_workers() <= 4
