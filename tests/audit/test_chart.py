"""The chart: a file of the right size, one group of bars per group, the same bytes each time."""

from __future__ import annotations

import re
import struct
from pathlib import Path

import pytest

from corroborate.audit.chart import DPI, MEASURES, SIZE_INCHES, chart_figure, save_chart
from corroborate.audit.report import Audit
from corroborate.errors import InputError


def charted(audit: Audit) -> list[str]:
    return [r.group for r in audit.groups if any(r.values.get(m) for m in MEASURES)]


def test_png_exists_with_the_right_size(karachi_audit: Audit, tmp_path: Path) -> None:
    path = tmp_path / "audit.png"
    save_chart(karachi_audit, path)
    header = path.read_bytes()[:24]
    assert header[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", header[16:24])
    assert (width, height) == (int(SIZE_INCHES[0] * DPI), int(SIZE_INCHES[1] * DPI))


def test_svg_has_one_bar_group_per_group(karachi_audit: Audit, tmp_path: Path) -> None:
    path = tmp_path / "audit.svg"
    save_chart(karachi_audit, path)
    svg = path.read_text("utf-8")
    groups = {int(i) for i in re.findall(r'id="group(\d+)-(?:raids|arrests|weapons_seized)"', svg)}
    assert groups == set(range(len(charted(karachi_audit))))
    assert len(groups) == 7  # the briefing's five groups and the release's two
    assert "Reported enforcement actions by targeted group" in svg
    assert "reported figures, from the sources named" in svg
    assert "Dawn (dawn-senate-committee-rangers-raids)" in svg


def test_figure_object_labels_every_group(case_audit: Audit) -> None:
    import matplotlib.pyplot as plt

    figure = chart_figure(case_audit)
    try:
        (axes,) = [a for a in figure.axes]
        labels = [t.get_text().replace("\n", " ") for t in axes.get_xticklabels()]
        assert labels == charted(case_audit)
        assert len(axes.patches) == len(labels) * len(MEASURES)
    finally:
        plt.close(figure)


def test_deterministic(case_audit: Audit, tmp_path: Path) -> None:
    for suffix in (".svg", ".png"):
        a, b = tmp_path / f"a{suffix}", tmp_path / f"b{suffix}"
        save_chart(case_audit, a)
        save_chart(case_audit, b)
        assert a.read_bytes() == b.read_bytes()


def test_unknown_suffix(case_audit: Audit, tmp_path: Path) -> None:
    with pytest.raises(InputError, match=r"\.png or \.svg"):
        save_chart(case_audit, tmp_path / "audit.pdf")
