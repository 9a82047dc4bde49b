"""In this process, with the pipeline the caller loaded: the default, and ``--workers 1``."""

from __future__ import annotations

from collections.abc import Iterator

from spacy.language import Language

from corroborate import extract
from corroborate.extract import Analysis
from corroborate.nlp.attribution import extractor_id
from corroborate.records import Document
from corroborate.run.runner import Runner

__all__ = ["LocalRunner"]


class LocalRunner(Runner):
    """``extract.analyse_documents`` in this process, ``batch_size`` documents per spaCy batch."""

    def __init__(self, nlp: Language, *, batch_size: int = 16) -> None:
        self.nlp = nlp
        self.batch_size = batch_size
        self.extractor = extractor_id(nlp)

    def _analyse(self, documents: Iterator[Document]) -> Iterator[Analysis]:
        # Looked up on the module at each call, so that tests can watch what reaches it.
        return extract.analyse_documents(documents, self.nlp, batch_size=self.batch_size)
