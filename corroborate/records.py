"""Typed records passed between the pipeline's stages.

Every record that points into a text carries character offsets: Python string
indices, end exclusive, so that ``document.text[start:end]`` is the quote.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any, Literal

Range = tuple[int, int]

Kind = Literal[
    "allegation",
    "confession",
    "denial",
    "retraction",
    "admission",
    "corroboration",
    "ruling",
    "opinion",
    "statement",
]
KINDS: tuple[Kind, ...] = (
    "allegation",
    "confession",
    "denial",
    "retraction",
    "admission",
    "corroboration",
    "ruling",
    "opinion",
    "statement",
)

Setting = Literal["custodial", "judicial", "public", "unknown"]
SETTINGS: tuple[Setting, ...] = ("custodial", "judicial", "public", "unknown")


@dataclass(frozen=True)
class Document:
    """One text to extract from, with where it came from (for error messages)."""

    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None  # ISO date, or None when the source gives none
    title: str | None = None
    path: str | None = None  # the file it was read from
    line: int | None = None  # its line in that file (JSONL), 1-based


@dataclass(frozen=True)
class Quantity:
    """A number in an attribution's content and what it counts.

    Either ``value`` is set, or ``low`` and ``high`` (a range such as "250-300").
    ``start``/``end`` locate the number and its unit in the document text.
    """

    unit: str
    start: int
    end: int
    value: float | None = None
    low: float | None = None
    high: float | None = None
    qualifier: str | None = None  # "over", "about", "at least", ... as written

    def to_json(self) -> dict[str, Any]:
        out: dict[str, Any] = {}
        if self.value is not None:
            out["value"] = _number(self.value)
        else:
            out["low"] = _number(self.low)
            out["high"] = _number(self.high)
        out["unit"] = self.unit
        if self.qualifier:
            out["qualifier"] = self.qualifier
        out["start"] = self.start
        out["end"] = self.end
        return out


def _number(x: float | None) -> float | int | None:
    if x is None:
        return None
    return int(x) if float(x).is_integer() else x


@dataclass
class Attribution:
    """Who (source) attributes what (content) with which words (cue).

    Each role is a list of character ranges: several when the span is
    discontinuous, none when the role is absent (a source-less "it was alleged").
    """

    source: list[Range]
    cue: list[Range]
    content: list[Range]
    source_name: str | None = None
    kind: Kind = "statement"
    setting: Setting = "unknown"
    target: str | None = None
    quantities: list[Quantity] = field(default_factory=list)

    def to_json(self) -> dict[str, Any]:
        return {
            "source": [list(r) for r in self.source],
            "cue": [list(r) for r in self.cue],
            "content": [list(r) for r in self.content],
            "source_name": self.source_name,
            "kind": self.kind,
            "setting": self.setting,
            "target": self.target,
            "quantities": [q.to_json() for q in self.quantities],
        }

    def shifted(self, offset: int) -> Attribution:
        """The same attribution with every offset moved by ``offset`` (for chunks)."""

        def move(ranges: list[Range]) -> list[Range]:
            return [(s + offset, e + offset) for s, e in ranges]

        return Attribution(
            source=move(self.source),
            cue=move(self.cue),
            content=move(self.content),
            source_name=self.source_name,
            kind=self.kind,
            setting=self.setting,
            target=self.target,
            quantities=[
                Quantity(
                    unit=q.unit,
                    start=q.start + offset,
                    end=q.end + offset,
                    value=q.value,
                    low=q.low,
                    high=q.high,
                    qualifier=q.qualifier,
                )
                for q in self.quantities
            ],
        )
