"""The audit as a grouped bar chart: one group of bars per targeted group, one bar per measure.

matplotlib with the Agg backend (no display needed), deterministic output: no timestamps in
the files and a fixed SVG id salt, so the same audit gives the same bytes. Each bar carries
the gid ``group<i>-<measure>``, so an SVG reader (or a test) can find the bars of each group.
"""

from __future__ import annotations

import textwrap
from pathlib import Path
from types import ModuleType
from typing import TYPE_CHECKING

from corroborate.audit.report import CAVEAT, Audit
from corroborate.errors import InputError

if TYPE_CHECKING:
    from matplotlib.figure import Figure

MEASURES = ("raids", "arrests", "weapons_seized")
LABELS = {"raids": "raids", "arrests": "arrests", "weapons_seized": "weapons seized"}
COLOURS = {"raids": "#4c72b0", "arrests": "#dd8452", "weapons_seized": "#55a868"}
SIZE_INCHES = (10.0, 6.0)
DPI = 100  # PNG: 1000 x 600 pixels
SUFFIXES = (".png", ".svg")


def check_path(path: Path) -> None:
    """Raise InputError unless ``path`` ends in .png or .svg (checked before any work)."""
    if path.suffix.lower() not in SUFFIXES:
        raise InputError(
            "--chart", None, f"{path}: unknown chart type {path.suffix or '(none)'!r}",
            "name a file ending in .png or .svg",
        )  # fmt: skip


def _pyplot() -> ModuleType:
    """pyplot on the Agg backend, imported on first use: matplotlib takes most of a second
    to import, which `corroborate audit` without --chart should not pay."""
    import matplotlib

    matplotlib.use("Agg")  # before pyplot: no display, the same output everywhere
    import matplotlib.pyplot as plt

    return plt


def chart_figure(audit: Audit) -> Figure:
    """The chart of the groups that have raids, arrests or weapons figures."""
    plt = _pyplot()
    rows = [r for r in audit.groups if any(_value(r.values.get(m)) for m in MEASURES)]
    figure = plt.figure(figsize=SIZE_INCHES, dpi=DPI)
    axes = figure.add_axes((0.08, 0.24, 0.9, 0.62))
    width = 0.8 / len(MEASURES)
    for j, measure in enumerate(MEASURES):
        xs = [i + (j - (len(MEASURES) - 1) / 2) * width for i in range(len(rows))]
        heights = [_value(r.values.get(measure)) or 0.0 for r in rows]
        bars = axes.bar(xs, heights, width, label=LABELS[measure], color=COLOURS[measure])
        for i, (bar, row) in enumerate(zip(bars, rows, strict=True)):
            bar.set_gid(f"group{i}-{measure}")
            if row.values.get(measure) is not None:
                axes.annotate(f"{heights[i]:,.0f}", (bar.get_x() + width / 2, heights[i]),
                              ha="center", va="bottom", fontsize=7)  # fmt: skip
    axes.set_xticks(range(len(rows)))
    axes.set_xticklabels([textwrap.fill(r.group, 18) for r in rows], fontsize=8)
    axes.set_ylabel("count reported")
    axes.legend(frameon=False, fontsize=8)
    axes.spines[["top", "right"]].set_visible(False)
    figure.suptitle("Reported enforcement actions by targeted group", fontsize=13, y=0.97)
    axes.set_title(textwrap.fill(CAVEAT, 130), fontsize=7, color="#444444")
    sources = sorted({f"{audit.outlets.get(d, d)} ({d})" for r in rows for d in r.sources})
    figure.text(0.01, 0.01, textwrap.fill("Sources: " + "; ".join(sources), 170),
                fontsize=7, color="#444444")  # fmt: skip
    return figure


def save_chart(audit: Audit, path: Path) -> None:
    """Write the chart to ``path`` (.png or .svg)."""
    check_path(path)
    figure = chart_figure(audit)
    plt = _pyplot()
    try:
        if path.suffix.lower() == ".svg":
            with plt.rc_context({"svg.hashsalt": "corroborate"}):
                figure.savefig(path, format="svg", metadata={"Date": None})
        else:
            figure.savefig(path, format="png", dpi=DPI, metadata={"Software": None})
    finally:
        plt.close(figure)


def _value(f: object) -> float | None:
    value = getattr(f, "value", None)
    if value is None:
        value = getattr(f, "high", None)
    return float(value) if value is not None else None
