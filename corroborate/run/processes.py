"""In worker processes on this machine: ``ingest --workers N``.

The caller's process sends chunks of documents and receives what was found, in input order,
keeping every worker a chunk ahead. On Linux the workers are forked from the caller, with
the pipeline it already loaded (copy-on-write: no second load, and the model's arrays stay
shared); a spawned worker would spend about 3 s of CPU importing and loading before its
first document, a quarter of the gain of a second worker on PolNeAR dev. A forked worker
never touches what else it inherits (the store's connection, the progress bar's thread):
it parses and returns. Elsewhere (macOS, Windows, where forking a threaded process is not
safe) workers are spawned and load the pipeline once, on their first chunk.
"""

from __future__ import annotations

import itertools
import multiprocessing
import os
import signal
import sys
import threading
import time
from collections import deque
from collections.abc import Iterator
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from spacy.language import Language

from corroborate.errors import WorkerError
from corroborate.extract import Analysis
from corroborate.nlp.attribution import extractor_id
from corroborate.records import Document
from corroborate.run.local import LocalRunner
from corroborate.run.runner import Runner
from corroborate.run.work import ChunkResult, PipelineSpec, analyse_chunk, chunked

__all__ = ["CHUNK_CHARS", "ProcessRunner"]

# A chunk is at most --batch-size documents and this many characters (a few news articles):
# small enough that no worker idles long at the end of a run, large enough that sending it
# costs nothing next to parsing it (about a second per 10,000 characters).
CHUNK_CHARS = 32_000

_START_METHOD = "fork" if sys.platform == "linux" else "spawn"


class ProcessRunner(Runner):
    """The per-document stage in ``workers`` processes, with the pipeline ``nlp`` is
    (inherited when forked, loaded by name when spawned). Work that fits in one chunk runs in
    this process instead: starting processes would cost more than it saves."""

    def __init__(
        self, nlp: Language, *, workers: int, batch_size: int = 16, chunk_chars: int = CHUNK_CHARS
    ) -> None:
        if workers < 1:
            raise ValueError(f"workers must be at least 1, not {workers}")
        self.workers = workers
        self.spec = PipelineSpec.of(nlp, batch_size)
        self.chunk_chars = chunk_chars
        self.extractor = extractor_id(nlp)
        self._local = LocalRunner(nlp, batch_size=batch_size)

    def _analyse(self, documents: Iterator[Document]) -> Iterator[Analysis]:
        head = _within(documents, self.spec.batch_size, self.chunk_chars)
        if len(head) <= self.spec.batch_size and sum(len(d.text) for d in head) <= self.chunk_chars:
            yield from self._local._analyse(iter(head))  # the whole input: one chunk
            return
        limits = itertools.repeat((self.spec.batch_size, self.chunk_chars))
        chunks = chunked(itertools.chain(head, documents), limits, slots=self.workers)
        pool = ProcessPoolExecutor(
            self.workers,
            mp_context=multiprocessing.get_context(_START_METHOD),
            initializer=_start_worker,
            initargs=(os.getpid(),),
        )
        finished = False
        try:
            window: deque[tuple[list[Document], Future[ChunkResult]]] = deque()
            for chunk in chunks:
                try:
                    future = pool.submit(analyse_chunk, chunk, self.spec)
                except BrokenProcessPool as err:  # a worker died before this chunk was sent
                    raise _died(err) from err
                window.append((chunk, future))
                if len(window) > 2 * self.workers:
                    yield from self._collect(*window.popleft())
            while window:
                yield from self._collect(*window.popleft())
            finished = True
        finally:
            if not finished:  # an error, Ctrl-C, or the caller stopped reading: stop now
                _terminate(pool)
            pool.shutdown(wait=True, cancel_futures=True)

    def _collect(self, chunk: list[Document], future: Future[ChunkResult]) -> list[Analysis]:
        try:
            result = future.result()
        except BrokenProcessPool as err:
            raise _died(err) from err
        return self._results(chunk, result, "a worker process")


def _died(err: BrokenProcessPool) -> WorkerError:
    """The error for a pool a worker died in, whether found at a result or at a submission."""
    return WorkerError(
        f"a worker process died while extracting ({err}); documents stored so far are"
        " kept: run the same command again, with fewer --workers if memory is short"
    )


def _within(documents: Iterator[Document], most_documents: int, most_chars: int) -> list[Document]:
    """The first documents, up to the first that goes past one chunk's limits (included)."""
    head: list[Document] = []
    chars = 0
    for document in documents:
        head.append(document)
        chars += len(document.text)
        if len(head) > most_documents or chars > most_chars:
            break
    return head


def _terminate(pool: ProcessPoolExecutor) -> None:
    # ProcessPoolExecutor lets running tasks finish on shutdown; a chunk can take minutes, and
    # nothing will read its result.
    processes = getattr(pool, "_processes", None) or {}
    for process in list(processes.values()):
        process.terminate()


def _start_worker(parent: int) -> None:
    # Ctrl-C reaches the whole process group: the caller handles it and stops the workers,
    # which would otherwise each print a traceback.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    threading.Thread(target=_exit_with_parent, args=(parent,), daemon=True).start()


def _exit_with_parent(parent: int) -> None:
    # A caller killed outright (SIGKILL) cannot stop its workers; they would wait for work
    # forever, holding a pipeline's memory each. They notice being orphaned and leave.
    while os.getppid() == parent:
        time.sleep(0.5)
    os._exit(1)
