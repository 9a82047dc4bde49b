"""The events the ledger infers over one allegation's read events: the one place that says
which inferences run, in which order, for a build and for a correction alike.

Each inference is pure over the allegation's events, in time order, and lives in its own
module: a confession told only by its retraction (``retracted_confession``), an event told
after the fact as the one on record (``dating.retold``), a confession's setting told again
(``retold_setting``), a retraction standing in a later report's denial
(``standing_retraction``). A build runs them over what the reports read
(``events_inferred``). A correction that joins two allegations (a merge) or moves events
between them (a split) has only the events each allegation was built with, inferred ones
among them, and inferring over those again would not give a build's: a report that now reads
a confession of its own keeps the one inferred from its retraction, a retraction inferred
from a denial makes a confession no build makes. ``events_rejoined`` drops every inferred
event (each carries the name of the inference that made it, ``Event.inferred``) and infers
again from the read ones, so that a correction gives what a build over the joined reports
gives.
"""

from __future__ import annotations

from corroborate.ledger.dating import retold
from corroborate.ledger.event_order import event_order
from corroborate.ledger.retold_setting import settings_retold
from corroborate.ledger.retracted_confession import confessions_retracted
from corroborate.ledger.standing_retraction import retractions_standing
from corroborate.records import Event

__all__ = ["events_inferred", "events_rejoined"]


def events_inferred(events: list[Event]) -> list[Event]:
    """One allegation's events (read, in time order) with what the ledger infers from them."""
    return retractions_standing(settings_retold(retold(confessions_retracted(events))))


def events_rejoined(events: list[Event]) -> list[Event]:
    """``events_inferred`` over events a correction joined or moved, some inferred before:
    those are inferred again from the read ones, in the places a build gives them."""
    # (an event joined to its accused across reports is one a report read: it stays)
    read = [e for e in events if e.inferred in (None, "description_named_elsewhere")]
    return events_inferred(sorted(read, key=event_order))
