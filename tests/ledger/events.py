"""One maker of ledger events for the tests of the ledger's inferences over them."""

from __future__ import annotations

from corroborate.records import Event

__all__ = ["an_event"]


def an_event(
    kind: str,
    document: str = "d0",
    *,
    setting: str | None = None,
    start: int = 0,
    end: int | None = None,
    quote: str = "",
    date: str | None = None,
) -> Event:
    """An event of ``kind`` in ``document``, with no outcome or source; it ends where it
    starts unless told otherwise."""
    return Event(date, kind, None, setting, None, document, quote, start,  # type: ignore[arg-type]
                 start if end is None else end)  # fmt: skip
