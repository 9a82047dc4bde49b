"""A confession a report tells only by its retraction: the retraction says it was made.

"The admissions made in that interview, which he later repudiated at trial, should have been
excluded", "her client would challenge the admissions": a report may tell a confession only
through the accused taking it back, and a reader that reads the retraction need not read a
confession beside it (the words name the retraction's place - the trial, the court - not the
confession). Whoever retracts a confession made one: so where an allegation's report has a
retraction and no confession, the allegation gets that confession from the retraction's own
sentence, told before the report and in no setting of its own (``retold_setting`` then gives
it the one setting the case's reports read for the allegation's confessions, if there is
one). It goes just before its retraction, so the accused's latest word stays the retraction
(``status``). Pure over the allegation's events.
"""

from __future__ import annotations

from dataclasses import replace

from corroborate.records import Event

__all__ = ["confessions_retracted"]


def confessions_retracted(events: list[Event]) -> list[Event]:
    """``events`` (one allegation's, in time order) with a confession of unknown setting
    before the first retraction of each report that tells no confession of its own."""
    confessed = {e.document_id for e in events if e.kind == "confession"}
    out: list[Event] = []
    for e in events:
        if e.kind == "retraction" and e.document_id not in confessed:
            confessed.add(e.document_id)
            out.append(
                # the retraction's date words are its own: the confession lies before it
                replace(e, kind="confession", outcome=None, setting="unknown", source=None,
                        custodial_report=False, date_text=None, date_start=None, date_end=None,
                        date_value=None, before_report=True, retells_document=None,
                        retells_start=None, inferred="confession_told_by_retraction")
            )  # fmt: skip
        out.append(e)
    return out
