"""An allegation's status and its confession_only flag, derived from its events.

Status, first rule that applies (events in time order):

1. **Court decided**: the latest ruling with a deciding outcome sets the status (the status
   each outcome implies is data, ``legal.json``'s ``outcome_statuses``):
   convicted or sentenced -> ``convicted``; acquitted -> ``acquitted``; upheld ->
   ``upheld``; overturned -> ``overturned``; dismissed -> ``dismissed``.
2. **charged**: a charge (an arrest included, but not one told "without charge": an outcome
   that implies no status in ``legal.json``'s ``outcome_statuses``), or a ruling that decides
   nothing yet (bail, remand, proclaimed offender).
3. **retracted**: the accused's latest word on it is a retraction.
4. **contested**: someone denies it (the accused, their party, their lawyer).
5. **corroborated**: independent evidence is cited (a corroboration event), or two or more
   different sources, besides the accused, allege it.
6. **alleged**: otherwise.

A confession alone does not corroborate: a custodial confession is the weakest evidence,
and ``confession_only`` says so. It is true when every event that supports the allegation
(allegations, confessions, admissions, corroborations, charges) is a confession made in
custody or a statement resting on one (a report of what the accused "confessed" to
investigators, or a later retelling of a confession that says nowhere where it was made,
when the only confession on record is custodial), and no court has convicted on it.
"""

from __future__ import annotations

from corroborate.lexicon.legal import legal
from corroborate.records import Event, Status

# The status each outcome implies (``legal.json``): a deciding one, or None ("held without
# charge": custody, and no charge).
_IMPLIED = legal().outcome_statuses
DECIDING: dict[str, Status] = {o: s for o, s in _IMPLIED.items() if s is not None}
SUPPORTING = frozenset({"allegation", "confession", "admission", "corroboration", "charge"})


def status_of(events: list[Event], accused_names: set[str]) -> Status:
    """The status of an allegation with these events (in time order)."""
    rulings = [e for e in events if e.kind == "ruling" and e.outcome in DECIDING]
    if rulings:
        return DECIDING[rulings[-1].outcome or ""]
    if any(e.kind == "ruling" or (e.kind == "charge" and _charges(e)) for e in events):
        return "charged"
    own = [e for e in events if e.kind in ("confession", "retraction", "admission")]
    if own and own[-1].kind == "retraction":
        return "retracted"
    if any(e.kind == "denial" for e in events):
        return "contested"
    sources = {
        (e.source or "").lower()
        for e in events
        if e.kind == "allegation" and e.source and e.source not in accused_names
    }
    if any(e.kind == "corroboration" for e in events) or len(sources) >= 2:
        return "corroborated"
    return "alleged"


def _charges(event: Event) -> bool:
    """A charge or an arrest, unless its outcome implies no status ("held without charge")."""
    return _IMPLIED.get(event.outcome or "", "charged") is not None


def rests_on_custody(event: Event) -> bool:
    """A custodial confession, or a statement that reports a confession to investigators."""
    if event.kind == "confession" and event.setting == "custodial":
        return True
    if event.kind == "confession" and event.setting == "judicial":
        return False
    return event.custodial_report  # read at ingest (``records.Event``)


def confession_only(events: list[Event]) -> bool:
    """True when nothing but custodial confessions (and what rests on them) supports it."""
    support = [e for e in events if e.kind in SUPPORTING]
    if not support:
        return False
    if any(e.kind == "ruling" and e.outcome in ("convicted", "sentenced") for e in events):
        return False
    custodial = any(e.kind == "confession" and e.setting == "custodial" for e in support)
    judicial = any(e.kind == "confession" and e.setting == "judicial" for e in support)

    def rests(event: Event) -> bool:
        # A later report that "he confessed", saying nowhere where, retells the one
        # confession on record: the custodial one, when no court heard another.
        retold = event.kind == "confession" and event.setting in (None, "unknown")
        return rests_on_custody(event) or (retold and custodial and not judicial)

    return all(rests(e) for e in support)
