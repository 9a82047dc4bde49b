"""Verbs a refused clause can hold that tell no deed: what one knew, saw, said or read, or a state.

"I did not see the cement" and "had not seen any gun" refuse no deed; "was not the owner" and
"did not have the keys" refuse a state. The denial readers that take a plain "not" or a
"no"/"none" on the thing accused (``thing_accused``, ``none_of_it``) ask these once, from here.
"""

from __future__ import annotations

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import legal

__all__ = ["NO_DEED_VERBS", "STATE_VERBS"]

_KINDS = kinds_lexicon()
NO_DEED_VERBS = (
    _KINDS.reporting_cues | _KINDS.belief_cues | _KINDS.onlooking_verbs | legal().reading_verbs
)
STATE_VERBS = frozenset({"be", "have"})
