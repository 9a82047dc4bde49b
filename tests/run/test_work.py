"""The unit of work: chunks of documents, and the pipeline a worker loads by name."""

from __future__ import annotations

import itertools
import pickle
from collections.abc import Iterator

from hypothesis import given
from hypothesis import strategies as st
from spacy.language import Language

from corroborate.extract import analyse_documents
from corroborate.nlp.attribution import extractor_id
from corroborate.nlp.pipeline import load_pipeline
from corroborate.records import Document
from corroborate.run.work import ChunkResult, PipelineSpec, analyse_chunk, chunked

texts = st.lists(st.text(min_size=0, max_size=30), max_size=40)


@given(texts, st.integers(1, 5), st.integers(1, 60), st.integers(1, 4))
def test_chunks_keep_order_and_limits(
    items: list[str], most_docs: int, most_chars: int, slots: int
) -> None:
    documents = [Document(id=str(i), text=text) for i, text in enumerate(items)]
    chunks = list(chunked(documents, itertools.repeat((most_docs, most_chars)), slots=slots))
    assert [d for chunk in chunks for d in chunk] == documents
    for chunk in chunks:
        assert chunk
        assert len(chunk) <= most_docs
        # Over the character limit only a document that is alone in its chunk.
        assert len(chunk) == 1 or sum(len(d.text) for d in chunk) <= most_chars


def rounds(*limits: tuple[int, int]) -> Iterator[tuple[int, int]]:
    return itertools.chain(limits, itertools.repeat((99, 99)))


def test_chunks_follow_each_rounds_limits() -> None:
    documents = [Document(id=str(i), text="ab") for i in range(30)]
    chunks = chunked(documents, rounds((1, 99), (2, 99), (4, 99), (8, 99)), slots=2)
    assert [len(c) for c in chunks] == [1, 1, 2, 2, 4, 4, 8, 8]


def test_the_last_round_is_shared_evenly() -> None:
    # 13 documents left when a round could take 2 x 8: two chunks of 7 and 6, not 8 and 5.
    documents = [Document(id=str(i), text="ab") for i in range(19)]
    chunks = chunked(documents, rounds((1, 99), (2, 99), (8, 99)), slots=2)
    assert [len(c) for c in chunks] == [1, 1, 2, 2, 7, 6]
    text = [Document(id=str(i), text="x" * 10) for i in range(10)]
    assert [len(c) for c in chunked(text, itertools.repeat((99, 80)), slots=2)] == [5, 5]


def test_spec_loads_the_same_pipeline(nlp: Language) -> None:
    spec = PipelineSpec.of(nlp, batch_size=3)
    assert load_pipeline(spec.spacy_model, spec.attribution) is nlp
    fast = load_pipeline(attribution="fast")
    assert PipelineSpec.of(fast).attribution == "fast"
    assert pickle.loads(pickle.dumps(spec)) == spec


def test_a_chunk_is_analysed_as_in_one_process(nlp: Language) -> None:
    documents = [
        Document(id="a", text="Police said the suspect confessed to 12 killings in Lyari."),
        Document(id="b", text="His lawyer denied it.", published="2020-01-02"),
    ]
    result = pickle.loads(pickle.dumps(analyse_chunk(documents, PipelineSpec.of(nlp))))
    assert isinstance(result, ChunkResult)
    assert result.extractor == extractor_id(nlp)
    expected = [
        (a.attributions, a.mentions, a.figures, a.claims) for a in analyse_documents(documents, nlp)
    ]
    assert [tuple(found) for found in result.found] == expected
    assert result.found[0].attributions and result.found[0].mentions
