"""Timing shared by the benchmarks: rounds that alternate which run goes first, best kept."""

from __future__ import annotations

import time
from collections.abc import Callable


def best_of(runs: dict[str, Callable[[], object]], repeat: int) -> dict[str, float]:
    """The shortest wall time of each run over ``repeat`` rounds.

    Each round reverses the order of the last, so that no run always gets the warmer
    caches; the best round is the one least disturbed by the rest of the machine.
    """
    times: dict[str, list[float]] = {name: [] for name in runs}
    order = list(runs.items())
    for round_number in range(repeat):
        for name, run in order if round_number % 2 == 0 else order[::-1]:
            start = time.perf_counter()
            run()
            times[name].append(time.perf_counter() - start)
    return {name: min(values) for name, values in times.items()}
