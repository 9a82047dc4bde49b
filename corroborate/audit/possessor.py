"""A count of a group's own people told through "its": the group is the sentence's subject.

"TIK, the banned outfit behind the attacks, suffered the heaviest losses, with 71 of its
fighters killed"; "The Harbour Front lost 29 of its men": the count's own words say whose
people they are ("of its", "of their") and no trigger names the group, so the count was left
with none stated though the sentence opens with the group's name. The possessor is read as
that name: a group's name (``phrases.read_group``, so no place, person, agency or month)
standing first in the sentence, after quote marks and "the", that the NER took for an
organisation or that is written with its kind ("the Red Hill gang"). A sentence that opens
with anything else ("In March, ...", "Police said ...") gives the count no group here, and a
group a trigger names in the sentence ("raids over X ... 30 of its workers") comes first.
"""

from __future__ import annotations

import re

from corroborate.audit import phrases
from corroborate.audit.counts import Count
from corroborate.records import Mention

__all__ = ["possessor_group"]

# "71 of its fighters", "29 of their men": the count's unit says whose people they are.
_OF_ITS = re.compile(r"\bof\s+(?:its|their)\s+\w", re.IGNORECASE)
# Quote marks and spaces before a sentence's first word.
_OPENING = re.compile(r"[\s\"“‘']*")


def possessor_group(
    text: str, count: Count, start: int, end: int, mentions: list[Mention]
) -> str | None:
    """The group whose own people ``count`` counts, when its words say "of its" and the
    sentence ``text[start:end]`` opens with a group's name; else None."""
    if _OF_ITS.search(text, count.start, count.end) is None:
        return None
    opening = _OPENING.match(text, start, end)
    at = opening.end() if opening else start
    found = phrases.read_group(text, at, count.start, mentions)
    if found is None:
        return None
    name, s, e = found
    # a name the NER took for an organisation, or one written with its kind ("the Red Hill
    # gang"); a date or a force opening the sentence ("In March", "Guards") is none
    organisation = phrases.organisation_over(s, e, mentions)
    return name if organisation or phrases.named_with_kind(name) else None
