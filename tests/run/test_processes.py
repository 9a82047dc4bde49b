"""Worker processes: the same analyses as one process, in input order, from real processes."""

from __future__ import annotations

import multiprocessing
import os
import signal
from collections.abc import Iterator
from typing import NoReturn

import pytest
from spacy.language import Language

from corroborate.errors import InputError, WorkerError
from corroborate.records import Document
from corroborate.run import LocalRunner, ProcessRunner
from tests.run.test_local import documents


def test_same_analyses_in_input_order_from_other_processes(nlp: Language) -> None:
    runner = ProcessRunner(nlp, workers=2, batch_size=1)
    expected = list(LocalRunner(nlp).analyse(documents(7)))
    before = set(multiprocessing.active_children())  # a Dask cluster's, say
    got = []
    children: set[int] = set()
    for analysis in runner.analyse(documents(7)):
        got.append(analysis)
        children |= {p.pid or 0 for p in set(multiprocessing.active_children()) - before}
    assert got == expected
    assert len(children) == 2  # two workers really ran
    assert not [p for p in multiprocessing.active_children() if p.pid in children]


def test_one_chunk_of_work_stays_in_this_process(nlp: Language) -> None:
    runner = ProcessRunner(nlp, workers=2, batch_size=16)
    before = set(multiprocessing.active_children())
    seen_children: list[multiprocessing.process.BaseProcess] = []
    for _ in runner.analyse(documents(3)):
        seen_children.extend(set(multiprocessing.active_children()) - before)
    assert seen_children == []


def test_bad_line_comes_after_what_was_read_before_it(nlp: Language) -> None:
    out = []
    with pytest.raises(InputError, match=r"^in.jsonl:6:"):
        for analysis in ProcessRunner(nlp, workers=2, batch_size=1).analyse(documents(9, bad_at=5)):
            out.append(analysis.document.id)
    assert out == ["d0", "d1", "d2", "d3", "d4"]


def test_a_worker_of_another_version_is_refused(nlp: Language) -> None:
    runner = ProcessRunner(nlp, workers=2, batch_size=1)
    runner.extractor = '["0.0.0-other"]'
    with pytest.raises(WorkerError, match="a worker process extracts with .* but this client"):
        list(runner.analyse(documents(4)))


def test_a_worker_that_dies_is_a_clear_error(nlp: Language) -> None:
    runner = ProcessRunner(nlp, workers=2, batch_size=1)
    before = set(multiprocessing.active_children())  # a Dask cluster's, say

    def kill_a_worker_after_the_first() -> Iterator[Document]:
        for i, document in enumerate(documents(12)):
            if i == 6:
                workers = [p for p in set(multiprocessing.active_children()) - before if p.pid]
                os.kill(workers[0].pid or 0, signal.SIGKILL)
            yield document

    with pytest.raises(WorkerError, match="a worker process died while extracting"):
        list(runner.analyse(kill_a_worker_after_the_first()))


def test_a_pool_found_broken_when_work_is_sent_is_the_same_clear_error(
    nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A worker may die between two submissions: the pool then refuses the next chunk, which
    must read as the same one-line error as a result lost, never a traceback."""
    from concurrent.futures.process import BrokenProcessPool

    from corroborate.run import processes

    class DiedPool(processes.ProcessPoolExecutor):
        def submit(self, *args: object, **kwargs: object) -> NoReturn:
            raise BrokenProcessPool("A child process terminated abruptly")

    monkeypatch.setattr(processes, "ProcessPoolExecutor", DiedPool)
    runner = ProcessRunner(nlp, workers=2, batch_size=1)
    with pytest.raises(WorkerError, match="a worker process died while extracting"):
        list(runner.analyse(documents(6)))
