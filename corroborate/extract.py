"""The extract stage: documents in, attributions out.

A pure function over one document at a time (the spaCy pipeline aside, loaded
once per process), so that it can run in many processes or on a cluster.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator

from spacy.language import Language

from corroborate.records import Attribution, Document


def extract_text(text: str, nlp: Language | None = None) -> list[Attribution]:
    """Attributions in one text, offsets into ``text``."""
    return next(extract_documents([Document(id="text", text=text)], nlp))[1]


def extract_documents(
    documents: Iterable[Document], nlp: Language | None = None, *, batch_size: int = 16
) -> Iterator[tuple[Document, list[Attribution]]]:
    """Yield each document with its attributions, in input order."""
    raise NotImplementedError  # being written
