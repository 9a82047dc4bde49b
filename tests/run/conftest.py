"""A real local Dask cluster (two worker processes, one thread each), shared by the tests."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(scope="session")
def dask_cluster() -> Iterator[Any]:
    from distributed import LocalCluster

    with LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster:
        yield cluster


@pytest.fixture
def dask_address(dask_cluster: Any) -> str:
    return str(dask_cluster.scheduler_address)
