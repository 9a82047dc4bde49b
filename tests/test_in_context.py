"""``benchmarks/in_context.py``: each sentence of an article as a document of its own, held-out
sets refused, and a sentence's cause read from its parse inside the article and alone."""

from __future__ import annotations

from types import ModuleType

import pytest
from spacy.language import Language

from tests.test_benchmarks import BENCHMARKS, load_benchmark


@pytest.fixture
def in_context(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    # the tool imports its neighbours (``court``, ``court_sets``) as a script does
    monkeypatch.syspath_prepend(str(BENCHMARKS))
    return load_benchmark("in_context")


def test_each_sentence_is_a_document_of_its_own(in_context: ModuleType) -> None:
    text = "KARACHI: Ali Raza was arrested. He denied the charge.\n\nThe court granted bail."
    doc = {"id": "a1", "url": "https://example.org/a1", "text": text, "gold": {}}
    lone = in_context.lone_documents([doc])
    # the dateline is cut off as the parse cuts it (``nlp.sentences``)
    assert [d["text"] for d in lone] == [
        "KARACHI:",
        "Ali Raza was arrested.",
        "He denied the charge.",
        "The court granted bail.",
    ]
    assert [d["id"] for d in lone] == ["a1#s0", "a1#s1", "a1#s2", "a1#s3"]
    assert all(text[d["start"] : d["start"] + len(d["text"])] == d["text"] for d in lone)
    assert len({d["url"] for d in lone}) == 4


def test_held_out_sets_are_not_open(in_context: ModuleType) -> None:
    opened = in_context.chosen_open_sets(None)
    assert "h31" not in opened and "h41" not in opened  # still blind
    assert "h30" in opened  # opened in the forty-second session


def test_a_sentence_read_alike_alone_is_put_down_to_the_claims(
    in_context: ModuleType, nlp: Language
) -> None:
    text = "Ali Raza was arrested on Monday.\n\nThe court granted him bail on Friday."
    start = text.index("The court")
    assert in_context.cause_of(nlp, text, start, len(text)) == "claims"
    # a span that is not one sentence of the article's parse
    assert in_context.cause_of(nlp, text, 0, len(text)) == "segmentation"
