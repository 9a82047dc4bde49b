"""Whose count it is: the target group a figure's sentence gives it.

The group is the one the count's own words name ("workers of X", "affiliated with X", "five
X target killers", but not "50 Muslim men": who they are is no group), else the nearest
group the sentence names before the count ("372 raids on X's offices and arrested 560 of its
workers"), or after it when no bare part lies between; "They are associated with X" right
after gives a count of people its group. What the document says later (``named_later``,
``totals``) is read once every sentence is.
"""

from __future__ import annotations

import re

from corroborate.audit import phrases, shares, vocab
from corroborate.audit.counts import Count, unit_class
from corroborate.records import Mention

__all__ = ["attached_group", "nearest_group", "their_group"]

# "They are allegedly associated with X", the sentence after a count of people.
_THEY_AFFILIATED = re.compile(
    r"\s*They\s+(?:are|were)\s+(?:(?:allegedly|reportedly|also|said\s+to\s+be)\s+)*"
    r"(?:" + vocab.AFFILIATION + "|" + vocab.MEMBERS + r")\b"
)


def attached_group(
    text: str,
    count: Count,
    e: int,
    groups: list[phrases.GroupPhrase],
    mentions: list[Mention],
    s: int = 0,
) -> str | None:
    """The group a count's own words name: after or inside its unit, the group the verb of
    a share gives it ("attributed 500 of the arrests to X", "X accounted for 29 of the
    arrests"), or a name before its noun ("560 MQM workers"); ``text[s:e]`` is the count's
    sentence."""
    attached = phrases.attached_group(text, count.start, count.end, e, groups)
    if attached is not None:
        return attached.name
    # "attributed 500 of the arrests to X": the verb gives the count the group after "to"
    given = shares.attributed_group(text, count.start, count.end, e, mentions)
    if given is None:
        # "X alone accounted for 29 of the arrests": the verb's subject is the count's group
        given = shares.sharing_group(text, s, count.start, e, mentions)
    if given is not None:
        return given
    if unit_class(count.unit) != "people":
        return None  # "two AK rifles": a weapon's make is never a group
    name = phrases.premodifier_group(count.unit)
    if name is not None and phrases.a_people(name, count.start, count.end, mentions):
        return None  # "50 Muslim men", "12 Afghan nationals": who they are, not a group
    return name


def their_group(text: str, s: int, e: int, mentions: list[Mention]) -> str | None:
    """X in a sentence opening "They are (allegedly) associated with X": the group of
    the people the sentence before counted."""
    if not _THEY_AFFILIATED.match(text, s, e):
        return None
    groups = phrases.group_phrases(text, s, e, mentions)
    return groups[0].name if groups else None


def nearest_group(
    groups: list[phrases.GroupPhrase], position: int, counts: list[int]
) -> str | None:
    """The group named nearest before ``position`` in the sentence, else the one right after
    it (with no other count between: "Among the 62 slain militants, 39 were linked to X" is
    X's 39, not its 62)."""
    before = [g for g in groups if g.trigger < position]
    if before:
        return before[-1].name
    after = [g for g in groups if g.trigger > position]
    if not after or any(position < c <= after[0].trigger for c in counts):
        return None
    return after[0].name
