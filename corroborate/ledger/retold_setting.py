"""Where a confession told again without its setting was made: the one confession on record.

A later report often tells a confession only through what became of it - "Hamza had told the
court he signed whatever was put before him", "the judge held that the confession was not
made freely" - and its sentence names neither the police nor a magistrate, so the reading
leaves the setting unknown. When every confession of the same allegation whose setting was
read (in any report of the case) was read in one setting, that is the confession the later
report retells, as ``status.confession_only`` already takes an unknown one to be the
custodial one on record. Where the reports read two settings (a statement to the police and
then one before a magistrate) the retold one may be either, and it stays unknown. Pure over
the allegation's events.

The same holds across a person's allegations (``settings_of_person``): a report may file the
one confession under another act than the report that read its setting ("confessed to the
shooting" as assault, "accused of killing" as killing); where none of an allegation's
confessions has a read setting, its unknown ones take the one setting every read confession
of the principal's other allegations shares. Pure over one principal's allegations, so
grouping stays decomposable by principal (``build.group_steps``).
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import replace

from corroborate.ledger.status import confession_only
from corroborate.records import Allegation, Event, Setting

__all__ = ["setting_read", "settings_of_person", "settings_retold"]


def settings_retold(events: list[Event]) -> list[Event]:
    """``events`` (one allegation's) with each confession of unknown setting given the
    setting every confession of the allegation with a read setting shares; unchanged where
    there is none, or more than one."""
    return _given_the_one(events, _settings_read(events))


def setting_read(event: Event) -> bool:
    """Whether an event's setting was read (a confession's: custodial, judicial, public)."""
    return event.setting is not None and event.setting != "unknown"


def settings_of_person(allegations: list[Allegation]) -> list[Allegation]:
    """``allegations`` with each one whose confessions have no read setting given, for its
    unknown ones, the setting every read confession of its principal's other allegations
    shares (``settings_retold`` across acts); unchanged where there is none, or more."""
    read: dict[str, set[Setting]] = defaultdict(set)
    for a in allegations:
        read[a.accused[0]] |= _settings_read(a.events)
    out = []
    for a in allegations:
        events = a.events
        if not _settings_read(events):
            events = _given_the_one(events, read[a.accused[0]])
        out.append(a if events is a.events else
                   replace(a, events=events, confession_only=confession_only(events)))  # fmt: skip
    return out


def _settings_read(events: list[Event]) -> set[Setting]:
    return {e.setting for e in events if e.kind == "confession" and e.setting and setting_read(e)}


def _given_the_one(events: list[Event], settings: set[Setting]) -> list[Event]:
    """``events`` with each confession of unknown setting given the one of ``settings``;
    the very list where there is no confession to give it to, or not one setting."""
    if len(settings) != 1 or not any(
        e.kind == "confession" and not setting_read(e) for e in events
    ):
        return events
    (setting,) = settings
    return [
        replace(e, setting=setting) if e.kind == "confession" and not setting_read(e) else e
        for e in events
    ]
