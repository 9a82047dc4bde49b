"""The unit of work a worker process or a Dask worker runs: a chunk of documents, analysed.

``analyse_chunk`` is what travels (by reference: module and name, so every worker needs the
same corroborate installed). It loads the spaCy pipeline once per process, through
``load_pipeline``'s cache, and sends back only what was found, not the texts the client
already holds. ``chunked`` cuts the stream of documents into such chunks.
"""

from __future__ import annotations

import threading
from collections import deque
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import NamedTuple

from spacy.language import Language

from corroborate import extract
from corroborate.nlp.attribution import extractor_id
from corroborate.nlp.pipeline import COMPONENT, load_pipeline, model_name
from corroborate.records import Attribution, Claim, Document, EnforcementFigure, Mention

__all__ = ["ChunkResult", "Found", "PipelineSpec", "analyse_chunk", "chunked"]

# The attribution tagger (python-crfsuite) keeps state between setting a sequence and tagging
# it, so two threads of one Dask worker must not share a pipeline at the same moment. Parsing
# holds the GIL anyway: a second thread would gain nothing.
_PARSE_LOCK = threading.Lock()


@dataclass(frozen=True)
class PipelineSpec:
    """What a worker loads: a spaCy pipeline and an attribution model, by the names
    ``load_pipeline`` takes (so they must be installed, or the folder exist, on the worker)."""

    spacy_model: str
    attribution: str
    batch_size: int = 16

    @classmethod
    def of(cls, nlp: Language, batch_size: int = 16) -> PipelineSpec:
        """The spec that loads, in another process, the same pipeline as ``nlp``."""
        config = nlp.get_pipe_config(COMPONENT)
        attribution = config.get("tagger") or config.get("model") or "accurate"
        return cls(model_name(nlp), str(attribution), batch_size)


class Found(NamedTuple):
    """What the per-document stage found in one document (the document itself left out)."""

    attributions: list[Attribution]
    mentions: list[Mention]
    figures: list[EnforcementFigure]
    claims: list[Claim]


class ChunkResult(NamedTuple):
    """A chunk's findings, in the chunk's order, and the extractor that found them: the
    client checks it against its own, so a worker running another version is refused."""

    extractor: str
    found: list[Found]


def analyse_chunk(documents: list[Document], spec: PipelineSpec) -> ChunkResult:
    """Run the per-document stage over ``documents`` in this process."""
    nlp = load_pipeline(spec.spacy_model, spec.attribution)
    with _PARSE_LOCK:
        found = [
            Found(a.attributions, a.mentions, a.figures, a.claims)
            for a in extract.analyse_documents(documents, nlp, batch_size=spec.batch_size)
        ]
    return ChunkResult(extractor_id(nlp), found)


def chunked(
    documents: Iterable[Document], limits: Iterator[tuple[int, int]], *, slots: int = 1
) -> Iterator[list[Document]]:
    """``documents`` in consecutive chunks, in rounds of ``slots`` chunks (one per worker).

    Each round's chunks hold at most the next of ``limits``: (documents, characters of text).
    A chunk holds at least one document, so a document over the limit travels alone, never
    cut. One round is read ahead: when the input ends within it, what is left is shared evenly
    between the round's chunks, so that no worker is left with a long last chunk while the
    others idle.
    """
    source = iter(documents)
    ahead: deque[Document] = deque()
    chars = 0
    ended = False
    while True:
        most_documents, most_chars = next(limits)
        while not ended and chars < most_chars * slots and len(ahead) < most_documents * slots:
            document = next(source, None)
            if document is None:
                ended = True
            else:
                ahead.append(document)
                chars += len(document.text)
        if not ahead:
            return  # the input ended
        for place in range(slots):
            if not ahead:
                break  # read the next round ahead
            most_here, goal = most_documents, float(most_chars)
            if ended:  # share what is left evenly between the chunks left in this round
                most_here = min(most_documents, -(-len(ahead) // (slots - place)))
                goal = chars / (slots - place)
            chunk = [ahead.popleft()]
            size = len(chunk[0].text)
            while (
                ahead
                and len(chunk) < most_here
                and size + len(ahead[0].text) <= most_chars
                and size < goal
            ):
                chunk.append(ahead.popleft())
                size += len(chunk[-1].text)
            chars -= size
            yield chunk
