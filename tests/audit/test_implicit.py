"""audit.implicit: counts whose noun the text leaves out (invented sentences)."""

from __future__ import annotations

from corroborate.audit.counts import Count
from corroborate.audit.implicit import part_before_whole


def test_a_part_before_its_whole() -> None:
    text = "He said that three of the five suspects were acquitted."
    whole = Count(text.index("five"), text.index(" were"), "suspects", 5.0)
    part = part_before_whole(text, 0, len(text), whole)
    assert part is not None and (part.value, part.unit, part.start) == (
        3.0, "suspects", text.index("three"),
    )  # fmt: skip
    alone = "He said that the five suspects were acquitted."
    assert (
        part_before_whole(alone, 0, len(alone), Count(alone.index("five"), 30, "suspects", 5.0))
        is None
    )
