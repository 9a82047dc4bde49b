"""Where the per-document stage runs: this process, worker processes, or a Dask cluster.

Every strategy is a ``Runner`` (``run.runner``): documents in, each one's ``Analysis`` out,
in input order, for one writer to store. ``ingest_paths`` takes any of them:

- ``LocalRunner`` (``run.local``): in this process; the library's default.
- ``ProcessRunner`` (``run.processes``): ``ingest --workers N``, N spawned processes.
- ``DaskRunner`` (``run.dask``): ``ingest --dask tcp://HOST:PORT``, an existing Dask
  distributed cluster (``pip install 'corroborate[dask]'``).

``open_runner`` picks one from the command line's options.
"""

from __future__ import annotations

from spacy.language import Language

from corroborate.run.local import LocalRunner
from corroborate.run.processes import ProcessRunner
from corroborate.run.runner import Runner, default_workers

__all__ = ["LocalRunner", "ProcessRunner", "Runner", "default_workers", "open_runner"]


def open_runner(
    nlp: Language, *, workers: int | None = None, dask: str | None = None, batch_size: int = 16
) -> Runner:
    """The runner for ``ingest``'s options: the Dask cluster at ``dask`` if given, else
    ``workers`` processes (default: ``default_workers()``), one meaning this process.

    Raises WorkerError when the cluster cannot be reached; use the result as a context
    manager, so that processes and connections are released."""
    if dask is not None:
        # Imported here: distributed is an optional dependency.
        from corroborate.run.dask import DaskRunner

        return DaskRunner(nlp, dask, batch_size=batch_size)
    count = default_workers() if workers is None else workers
    if count == 1:
        return LocalRunner(nlp, batch_size=batch_size)
    return ProcessRunner(nlp, workers=count, batch_size=batch_size)
