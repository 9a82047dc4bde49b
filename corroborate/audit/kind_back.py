"""A group told again by its kind alone: "the gang", "the syndicate", after its name.

Reports name a group once ("27 members of the Rattewal gang", "a hideout of the Nasir Mia
syndicate") and then speak of it by its kind: "Two shooters of the gang were killed",
"registered against members of the gang", "Five members of the syndicate were among those
arrested". The kind with "the" and no name is the group the document named last with a name
of that kind ("... gang", "... syndicate"); with no such name before, it names no group (the
figure's group stays none stated).

Only the count's own words are read: the kind must follow the count's noun through "of"
("shooters of the gang") or stand after "against members of" ("cases ... against members of
the gang"), so a kind elsewhere in the sentence ("the gang's leader") gives no count a group.
"""

from __future__ import annotations

import re

from corroborate.audit import vocab
from corroborate.lexicon.enforcement import enforcement_words
from corroborate.lexicon.measures import pattern

__all__ = ["bare_kind", "named_before"]

_KINDS = pattern(enforcement_words().kinds_after_name)
# "of the gang", "against (the) members of the syndicate": the kind with no name before it
# (a capitalised word before it would be the name: "of the Rattewal gang").
_BARE_KIND = re.compile(
    r"\A[\w\s-]{0,40}?\b(?:of|against)\s+(?:(?:the\s+)?" + vocab.MEMBERS + r"\s+of\s+)?"
    r"the\s+(?P<kind>" + _KINDS + r")\b(?!['’]s)",
    re.IGNORECASE,
)
# A group phrase that is only the kind ("members of the gang", "the gang", "syndicate").
_KIND_PHRASE = re.compile(
    r"\A(?:(?:the\s+)?" + vocab.MEMBERS + r"\s+of\s+)?(?:the\s+)?(?P<kind>" + _KINDS + r")\Z",
    re.IGNORECASE,
)


def bare_kind(unit_and_after: str, group: str | None) -> str | None:
    """The kind a count's own words name its group by, with no name ("gang"), if any:
    ``unit_and_after`` is the text from the count's noun on, ``group`` the group the
    sentence gave it."""
    if group is not None:
        match = _KIND_PHRASE.match(group)
        return match.group("kind").lower() if match else None
    match = _BARE_KIND.match(unit_and_after)
    return match.group("kind").lower() if match else None


def named_before(kind: str, seen: list[str]) -> str | None:
    """The last group named before whose name is of ``kind`` ("Rattewal gang" for "gang";
    "gangs" reads "gang")."""
    stem = kind.rstrip("s")
    for name in reversed(seen):
        words = name.split()
        last = words[-1].lower().rstrip("s") if words else ""
        if last == stem and _KIND_PHRASE.match(name) is None:
            return name
    return None
