"""On an existing Dask distributed cluster: ``ingest --dask tcp://HOST:PORT``.

The client (this process) reads the input, skips what the store already holds, sends the rest
to the cluster in chunks, receives what was found as each chunk completes and hands it back in
input order, for the caller to store. Every worker needs the same corroborate (``pip install
'corroborate[dask]'``, the same version, spaCy pipeline and attribution model): the task is
``work.analyse_chunk``, sent by reference, which loads the pipeline once per worker process.

Chunks start small, so that every worker has work within seconds and the first results are
stored early, and double each round up to a few MB, as spaCy's authors advise for
multiprocessing: per-task overhead is then nothing next to parsing, and each worker process
holds one pipeline. Killing the client drops its tasks on the cluster (the scheduler forgets a
departed client's work); documents already stored stay, and the same command again finishes.
"""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

from spacy.language import Language

from corroborate.errors import CorroborateError, WorkerError
from corroborate.extract import Analysis
from corroborate.nlp.attribution import extractor_id
from corroborate.records import Document
from corroborate.run.runner import Runner
from corroborate.run.work import ChunkResult, PipelineSpec, analyse_chunk, chunked

__all__ = ["CONNECT_TIMEOUT_S", "FIRST_CHUNK_CHARS", "MOST_CHUNK_CHARS", "DaskRunner"]

FIRST_CHUNK_CHARS = 64_000
MOST_CHUNK_CHARS = 2_000_000
CONNECT_TIMEOUT_S = 10.0

_INSTALL = "pip install 'corroborate[dask]'"


class DaskRunner(Runner):
    """The per-document stage on the Dask cluster whose scheduler is at ``address``."""

    def __init__(
        self,
        nlp: Language,
        address: str,
        *,
        batch_size: int = 16,
        first_chunk_chars: int = FIRST_CHUNK_CHARS,
        most_chunk_chars: int = MOST_CHUNK_CHARS,
        timeout: float = CONNECT_TIMEOUT_S,
    ) -> None:
        self.address = address
        self.spec = PipelineSpec.of(nlp, batch_size)
        self.extractor = extractor_id(nlp)
        self.first_chunk_chars = first_chunk_chars
        self.most_chunk_chars = most_chunk_chars
        self.client = _connect(address, timeout)

    def close(self) -> None:
        self.client.close()

    def _analyse(self, documents: Iterator[Document]) -> Iterator[Analysis]:
        from distributed import as_completed

        slots = max(1, sum(self.client.nthreads().values()))
        limits = _ramp(self.spec.batch_size, self.first_chunk_chars, self.most_chunk_chars)
        chunks = chunked(documents, limits, slots=slots)
        completed = as_completed(loop=self.client.loop)
        sent: dict[str, tuple[int, list[Document]]] = {}  # task key: (position, chunk)
        done: dict[int, tuple[list[Document], ChunkResult]] = {}
        sent_count = 0
        next_out = 0

        def send() -> bool:
            nonlocal sent_count
            chunk = next(chunks, None)
            if chunk is None:
                return False
            future = self.client.submit(analyse_chunk, chunk, self.spec, pure=False)
            sent[future.key] = (sent_count, chunk)
            sent_count += 1
            completed.add(future)
            return True

        finished = False
        try:
            # Two chunks per worker thread: one parsing, one waiting, none idle.
            while len(sent) < 2 * slots and send():
                pass
            for future in completed:
                position, chunk = sent.pop(future.key)
                done[position] = (chunk, self._result(future))
                future.release()
                while next_out in done:
                    yield from self._results(*done.pop(next_out), where="a Dask worker")
                    next_out += 1
                while len(sent) < 2 * slots and send():
                    pass
            finished = True
        finally:
            if not finished:
                completed.clear()  # nothing will read them: let the cluster drop them

    def _result(self, future: Any) -> ChunkResult:
        from distributed import CancelledError, KilledWorker

        try:
            result = future.result()
        except CorroborateError as err:  # the pipeline is missing on a worker, say
            raise WorkerError(f"on a Dask worker: {err}") from err
        except ImportError as err:
            raise WorkerError(
                f"a Dask worker cannot run corroborate ({err}); install the same corroborate"
                f" on every worker ({_INSTALL})"
            ) from err
        except (KilledWorker, CancelledError, OSError, TimeoutError) as err:
            raise WorkerError(
                f"lost the Dask cluster at {self.address} ({type(err).__name__}: {err});"
                " documents stored so far are kept: run the same command again to finish"
            ) from err
        if not isinstance(result, ChunkResult):
            raise WorkerError(f"a Dask worker sent {type(result).__name__}, not a chunk result")
        return result


def _ramp(batch_size: int, first_chars: int, most_chars: int) -> Iterator[tuple[int, int]]:
    """Chunk limits per round (documents, characters): one spaCy batch and ``first_chars``,
    then twice as much each round, up to ``most_chars``."""
    documents, chars = batch_size, first_chars
    while True:
        yield documents, chars
        if chars < most_chars:
            documents, chars = documents * 2, min(chars * 2, most_chars)


def _connect(address: str, timeout: float) -> Any:
    try:
        from distributed import Client
        from distributed.comm.addressing import parse_address, parse_host_port
    except ImportError as err:
        raise WorkerError(f"--dask needs the distributed package: {_INSTALL}") from err
    try:
        scheme, location = parse_address(address, strict=True)
        host, port = parse_host_port(location)
    except (ValueError, TypeError) as err:
        raise WorkerError(
            f"{address!r} is not a Dask scheduler address ({err}); pass --dask tcp://HOST:PORT"
        ) from err
    # A plain connection first: the Dask client, failing to connect, leaves a traceback on
    # stderr when it is collected, and waits twice as long.
    try:
        socket.create_connection((host, port), timeout=timeout).close()
    except OSError as err:
        raise WorkerError(
            f"cannot reach the Dask scheduler at {address} ({err.strerror or err}); check the"
            f" address, or start a scheduler (dask scheduler) and workers (dask worker"
            f" {scheme}://HOST:PORT) with the same corroborate installed"
        ) from err
    try:
        client = Client(address, timeout=timeout, set_as_default=False)
    except (OSError, TimeoutError) as err:
        raise WorkerError(
            f"no Dask scheduler answers at {address} ({err}); check the address and port"
        ) from err
    try:
        client.wait_for_workers(1, timeout=timeout)
    except TimeoutError as err:
        client.close()
        raise WorkerError(
            f"the Dask cluster at {address} has no workers; start some with: dask worker"
            f" {address} (with the same corroborate installed)"
        ) from err
    return client
