"""The one interface of the execution strategies: documents in, analyses out, in input order.

A ``Runner`` runs the per-document stage (``extract.analyse_documents``: one spaCy parse per
document giving attributions, mentions and figures) somewhere - in this process, in worker
processes, on a Dask cluster - and yields each document's ``Analysis`` in the order the
documents came in, so that one writer (the caller) stores them in input order.

What every strategy promises, whatever it keeps in flight:

- Documents are pulled from the input in the caller's thread, one at a time, so the input may
  consult the store (``ingest`` skips unchanged documents there, before extraction).
- A bad input line (``InputError`` from the input) first lets the documents read before it
  come out analysed, then is raised: no extracted work is thrown away, and the caller stores
  them exactly as a run without the bad line would.
- A result from an extractor other than the caller's (a worker running another version) is a
  ``WorkerError``, never stored.
"""

from __future__ import annotations

import os
from abc import ABC, abstractmethod
from collections.abc import Iterable, Iterator
from types import TracebackType

from corroborate.errors import InputError, WorkerError
from corroborate.extract import Analysis
from corroborate.records import Document
from corroborate.run.work import ChunkResult

__all__ = ["Runner", "default_workers"]

# Each worker process holds its own pipeline (about 600 MB at peak with the tagger), and a
# laptop has other work to do: beyond four, more processes mostly cost memory.
MOST_DEFAULT_WORKERS = 4


def default_workers() -> int:
    """Worker processes for ``ingest`` when ``--workers`` is not given: one per CPU core this
    process may use, at most four."""
    try:
        cores = len(os.sched_getaffinity(0))
    except AttributeError:  # not on Linux
        cores = os.cpu_count() or 1
    return max(1, min(cores, MOST_DEFAULT_WORKERS))


class Runner(ABC):
    """Runs the per-document stage; see the module's docstring for what it promises.

    ``extractor`` is the extractor id (``nlp.attribution.extractor_id``) of what it runs: the
    caller compares it with the stored one to skip unchanged documents.
    """

    extractor: str

    def analyse(self, documents: Iterable[Document]) -> Iterator[Analysis]:
        """Each document's analysis, in input order (then the input's InputError, if any)."""
        source = _UntilBadInput(documents)
        yield from self._analyse(source)
        if source.error is not None:
            raise source.error

    @abstractmethod
    def _analyse(self, documents: Iterator[Document]) -> Iterator[Analysis]:
        """Analyse ``documents`` (which end early at a bad line), yielding in input order."""

    def _results(self, chunk: list[Document], result: ChunkResult, where: str) -> list[Analysis]:
        """A chunk's result paired with its documents, once its extractor is checked."""
        if result.extractor != self.extractor:
            raise WorkerError(
                f"{where} extracts with {result.extractor} but this client with"
                f" {self.extractor}; install the same corroborate version, spaCy pipeline and"
                " attribution model everywhere"
            )
        return [
            Analysis(document, *found) for document, found in zip(chunk, result.found, strict=True)
        ]

    def close(self) -> None:  # noqa: B027 - a hook: only a cluster connection needs it
        """Release what the runner holds (a cluster connection)."""

    def __enter__(self) -> Runner:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, err: BaseException | None, tb: TracebackType | None
    ) -> None:
        self.close()


class _UntilBadInput(Iterator[Document]):
    """The input, ending at its first InputError, which is kept in ``error`` for later."""

    def __init__(self, documents: Iterable[Document]) -> None:
        self._documents = iter(documents)
        self.error: InputError | None = None

    def __next__(self) -> Document:
        if self.error is not None:
            raise StopIteration
        try:
            return next(self._documents)
        except InputError as err:
            self.error = err
            raise StopIteration from None
