"""A retraction still standing in a later report where the accused denies the charge.

One who has taken his confession back (read in an earlier report of the allegation) and in a
later report denies the deed - in his own statement at the trial ("Jaggi, who denied in his
342 statement that he was ever near the car"), in sworn evidence, through counsel - stands by
the taking back: the later report tells the retraction again through the denial, though its
sentence names no statement ("In his defence, X gave sworn evidence repeating that he never
sold anyone"). The ledger gives that report the retraction on record, quoted by the denial and
marked as retelling it (``Event.retells_document``), with the setting of the confession it
took back, and marked as inferred (``Event.inferred``: ``retraction_standing_in_denial``). A
report that reads a retraction of its own keeps only that; a denial made before any
retraction was told (or in the very report that tells it) infers nothing: a plain denial
after a confession is no taking back of it (measured on the open sets: 6 of 64 such denials
come with a gold retraction, against 5 of 7 after one on record). Pure over one allegation's
events, in time order.
"""

from __future__ import annotations

from dataclasses import replace

from corroborate.records import Event

__all__ = ["retractions_standing"]


def retractions_standing(events: list[Event]) -> list[Event]:
    """``events`` (one allegation's, in time order) with a retraction added after the first
    denial of each report that reads none of its own, once an earlier report has read one."""
    own = {e.document_id for e in events if e.kind == "retraction"}
    on_record: Event | None = None
    given: set[str] = set()
    out: list[Event] = []
    for e in events:
        out.append(e)
        if e.kind == "retraction" and on_record is None:
            on_record = e
            continue
        if (
            e.kind != "denial"
            or on_record is None
            or e.document_id in own | given
            or e.document_id == on_record.document_id
        ):
            continue
        given.add(e.document_id)
        out.append(
            replace(
                e,
                kind="retraction",
                outcome=None,
                setting=on_record.setting,
                custodial_report=False,
                retells_document=on_record.document_id,
                retells_start=on_record.start,
                inferred="retraction_standing_in_denial",
            )
        )
    return out
