"""The audit for the web app: ``corroborate audit``'s JSON, and its chart as SVG geometry.

The audit itself lives in ``corroborate.audit``; this module only reads it and lays out the
chart (grouped horizontal bars: one group of bars per group, one bar per measure) for the
template, which draws it as inline SVG with every label escaped.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass
from typing import Any

from corroborate.audit import render
from corroborate.audit.stored import audit_store
from corroborate.store import Store
from corroborate.web.source import LedgerSource

# Measures drawn in the chart, in this order; the table shows every column the audit has.
CHART_MEASURES = ("raids", "arrests", "weapons_seized")
BAR = 14  # px, one bar's height
GAP = 10  # px between groups
LABEL = 230  # px for group names on the left
WIDTH = 720


def audit_json(source: LedgerSource) -> dict[str, Any]:
    """``corroborate audit --format json`` for the server's store: the same inputs as the
    command (``audit.stored.audit_store``)."""

    def read(store: Store) -> dict[str, Any]:
        audit = audit_store(store)
        data: dict[str, Any] = json.loads(render.to_json(audit))
        return data

    return source.with_store(read)


# Group columns the table shows otherwise: names, the documents, and the contesting statements.
NOT_COLUMNS = ("group", "aliases", "sources", "contesting")


def cell(value: Any) -> str:
    """A table cell's text: counts with thousands separators, rates to two decimals, a rate
    with its interval as "0.25 (0.10-0.47)", nothing as a dash."""
    if value is None:
        return "–"
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, int) or (isinstance(value, float) and value.is_integer()):
        return f"{int(value):,}"
    if isinstance(value, float):
        return f"{value:.2f}"
    if isinstance(value, dict):
        middle = value.get("value", value.get("rate"))
        if "low" in value and "high" in value:
            interval = f"{cell(value['low'])}–{cell(value['high'])}"
            return f"{cell(middle)} ({interval})" if middle is not None else interval
        return ", ".join(f"{k}: {cell(v)}" for k, v in value.items())
    if isinstance(value, list):
        return ", ".join(cell(v) for v in value)
    return str(value)


@dataclass(frozen=True)
class Bar:
    y: int
    width: float
    value: float
    measure: str
    share: float = 0.0  # of the longest bar, in percent: the bar's length on any screen
    given: bool = True  # False: no source gives this figure (drawn as "not given", not 0)


@dataclass(frozen=True)
class BarGroup:
    name: str
    y: int
    bars: list[Bar]


@dataclass(frozen=True)
class Chart:
    width: int
    height: int
    left: int
    groups: list[BarGroup]
    measures: tuple[str, ...]
    ticks: list[tuple[float, float]]  # (x, value)
    top: float = 0.0  # the longest bar's value

    @property
    def bars(self) -> int:
        """How many bars have a value: with fewer than two there is nothing to compare, and
        the page shows the table alone."""
        return sum(1 for g in self.groups for b in g.bars if b.value)


def chart(groups: list[dict[str, Any]], measures: tuple[str, ...] = CHART_MEASURES) -> Chart:
    """Bars for every group with at least one of ``measures``, on one linear scale."""
    shown = [g for g in groups if any(_number(g.get(m)) for m in measures)]
    top = max((_number(g.get(m)) for g in shown for m in measures), default=0.0) or 1.0
    span = WIDTH - LABEL - 60
    out, y = [], 28
    for g in shown:
        bars = []
        for i, m in enumerate(measures):
            value = _number(g.get(m))
            share = round(100 * value / top, 2)
            bars.append(Bar(y + i * BAR, span * value / top, value, m, share, g.get(m) is not None))
        out.append(BarGroup(str(g.get("group", "")), y, bars))
        y += BAR * len(measures) + GAP
    step = _nice_step(top)
    ticks = [(LABEL + span * v / top, v) for v in _range(0, top, step)]
    return Chart(WIDTH, y + 20, LABEL, out, measures, ticks, top)


def _number(value: Any) -> float:
    if isinstance(value, bool) or value is None:
        return 0.0
    if isinstance(value, int | float):
        return float(value)
    if isinstance(value, dict):  # a range {"low", "high"}: draw the high end
        return _number(value.get("high", value.get("value")))
    return 0.0


def _nice_step(top: float) -> float:
    # Whole numbers only: the bars count raids, arrests and weapons, and a step of 0.5
    # labelled "0" (the ticks "0 0 1" under a one-bar chart) says nothing.
    raw = top / 4
    power = 10 ** math.floor(math.log10(raw)) if raw > 0 else 1
    return max(1.0, next(m * power for m in (1, 2, 5, 10) if m * power >= raw))


def _range(start: float, stop: float, step: float) -> list[float]:
    out, v = [], start
    while v <= stop + 1e-9:
        out.append(v)
        v += step
    return out
