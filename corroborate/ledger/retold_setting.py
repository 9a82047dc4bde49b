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
"""

from __future__ import annotations

from dataclasses import replace

from corroborate.records import Event

__all__ = ["setting_read", "settings_retold"]


def settings_retold(events: list[Event]) -> list[Event]:
    """``events`` (one allegation's) with each confession of unknown setting given the
    setting every confession of the allegation with a read setting shares; unchanged where
    there is none, or more than one."""
    read = {e.setting for e in events if e.kind == "confession" and setting_read(e)}
    if len(read) != 1:
        return events
    (setting,) = read
    return [
        replace(e, setting=setting) if e.kind == "confession" and not setting_read(e) else e
        for e in events
    ]


def setting_read(event: Event) -> bool:
    """Whether an event's setting was read (a confession's: custodial, judicial, public)."""
    return event.setting is not None and event.setting != "unknown"
