"""audit.group_joins: the figures of joined spellings move to the name kept (invented names)."""

from __future__ import annotations

from corroborate.audit.group_joins import renamed
from corroborate.records import EnforcementFigure


def figure(group: str) -> EnforcementFigure:
    return EnforcementFigure(
        measure="arrests", group=group, document_id="post", quote="q", start=0, end=1, value=3
    )


def test_joined_names_move_to_the_name_kept() -> None:
    figures = [figure("Dastgir gang"), figure("Red Hill gang"), figure("none stated")]
    out = renamed(figures, {"Dastgir gang": "Harun Dastgir gang"})
    assert [f.group for f in out] == ["Harun Dastgir gang", "Red Hill gang", "none stated"]
    assert figures[0].group == "Dastgir gang"  # the figures given are not changed


def test_no_join_gives_the_figures_back() -> None:
    figures = [figure("Dastgir gang")]
    assert renamed(figures, {}) is figures
