"""A count's group given by the verb that shares a whole out among groups.

Two ways of telling whose part of a total a count is, where the count's own words name no
group ("500 of the arrests", "29 of them"):

- an attribution verb before the count gives it the group after "to": "the ministry
  attributed 500 of the arrests to the Kora Nuevo gang" (and the rest of the list, "... and
  211 to the Pine Street gang", is then an elided item of a grouped list, ``implicit``);
- a verb of a share ("accounted for") after its subject gives the count that
  subject as its group: "the Westside Ravens alone accounted for 29 of them".

Both read the group as ``phrases.read_group`` does (a name that is no place, person or
agency, or a description with a group noun); the verbs are the lexicon's
(``attribution_verbs``, ``share_verbs``).
"""

from __future__ import annotations

import re

from corroborate.audit import phrases, vocab
from corroborate.records import Mention

__all__ = ["attributed_group", "sharing_group"]

_VERB_WINDOW = 40
# the subject's name with its article and kind, before the verb: a window of its own too
_SUBJECT_WINDOW = 160
_TO = re.compile(r"\s+to\s+", re.IGNORECASE)
_SHARE_BEFORE = re.compile(r"\b" + vocab.SHARE_VERB + r"\s+\Z")
# "... the Westside Ravens (alone) accounted for ": the subject's name, its determiner, the
# verb of a share and the spaces up to the count. The subject is a run of capitalised words,
# and its kind ("the X gang"); ``phrases.read_group`` decides whether it is a group.
_SHARED_BY = re.compile(
    r"(?<![\w-])(?P<subject>(?:(?:the|The)\s+)?(?:[A-Z][\w-]*\s+)*[A-Z][\w-]*"
    r"(?:\s+" + vocab.KIND_AFTER_NAME + r")?)\s+"
    r"(?:(?:alone|together|also|themselves)\s+)?" + vocab.SHARE_VERB + r"\s+\Z"
)


def attributed_group(
    text: str, start: int, end: int, e: int, mentions: list[Mention]
) -> str | None:
    """The group after "to" that an attribution verb right before the count ``text[start:
    end]`` gives it ("attributed 500 of the arrests to X"); None when no such verb stands
    right before the count or no group follows "to" before the sentence's end ``e``."""
    # the verb is one word before the count: a short window, not the text up to it
    if vocab.ATTRIBUTION_VERB.search(text, max(0, start - _VERB_WINDOW), start) is None:
        return None
    to = _TO.match(text, end, e)
    if to is None:
        return None
    found = phrases.read_group(text, to.end(), e, mentions)
    return found[0] if found is not None else None


def sharing_group(text: str, s: int, start: int, e: int, mentions: list[Mention]) -> str | None:
    """The group that is the subject of a verb of a share right before the count at
    ``start`` ("X alone accounted for 29 of them"), in the sentence ``text[s:e]``."""
    # the verb first, in a short window: the subject's pattern is tried only where it ends
    if _SHARE_BEFORE.search(text, max(s, start - _VERB_WINDOW), start) is None:
        return None
    shared = _SHARED_BY.search(text, max(s, start - _SUBJECT_WINDOW), start)
    if shared is None:
        return None
    start, end = shared.start("subject"), shared.end("subject")
    found = phrases.read_group(text, start, end, mentions)
    if found is None or found[2] != end:
        return None  # the name is a group's only when the whole subject is it
    name, name_start, _ = found
    # "Karachi accounted for 41 of them" is a breakdown by place: a town's name takes no
    # article; a group's is told with "the" or with its kind. (The NER is no help here: it
    # types a bare name opening such a sentence an organisation, the town's too.)
    if not (name_start > start or phrases.named_with_kind(name)):
        return None
    return name
