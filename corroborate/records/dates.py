"""The words that date an event, as the parse found them under its cue."""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Any

__all__ = ["DateExpression"]


@dataclass(frozen=True)
class DateExpression:
    """The date expression a cue governs ("in 2019" of "in 2019 he had confessed", "two weeks
    after the attack"): its words, their offsets in the document (``text ==
    document.text[start:end]``), and ``value``, the date they name resolved against the
    publication date (``nlp.dates.resolve``): ISO, partial for a month or a year ("2019-03",
    "2019"), or None where no calendar gives one (a span from another event)."""

    text: str
    start: int
    end: int
    value: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {"text": self.text, "start": self.start, "end": self.end, "value": self.value}

    @classmethod
    def from_json(cls, data: dict[str, Any] | None) -> DateExpression | None:
        if not data:
            return None
        return cls(str(data["text"]), int(data["start"]), int(data["end"]), data.get("value"))

    def shifted(self, offset: int) -> DateExpression:
        return replace(self, start=self.start + offset, end=self.end + offset)
