"""Whether a relative the speaking relative owns can be the one the speaker is kin to: "X's
wife said her husband was at home" speaks of X, but "the trader's wife said her son was at
home" speaks of the trader's son, not of the trader - a wife's son is no husband. Read from
the kin nouns' kinds alone (the legal lexicon's spouse nouns; the name lexicon's elder and
younger kin): a spouse's spouse turns back to the owner, a spouse's other kin does not; a
parent's parent and a child's child do not either. Kin the lexicons give no kind to (a
brother, a mother) are left as they were read: nothing tells which way they turn.
"""

from __future__ import annotations

from corroborate.lexicon.legal import legal
from corroborate.lexicon.name_words import name_words

__all__ = ["kin_turns_back"]

_SPOUSES = legal().spouse_nouns
_ELDER = name_words().elder_kin
_YOUNGER = name_words().younger_kin


def kin_turns_back(speaker_kin: str, spoken_kin: str) -> bool:
    """Whether ``spoken_kin`` (the lemma of "her son" in the speaker's words) can name the one
    whose ``speaker_kin`` (the lemma of "X's wife") the speaker is."""
    if (speaker_kin in _SPOUSES) != (spoken_kin in _SPOUSES):
        return False  # "X's wife ... her son", "X's son ... his wife": someone else of X's
    if {speaker_kin, spoken_kin} <= _ELDER or {speaker_kin, spoken_kin} <= _YOUNGER:
        return False  # "X's father ... his father": X's grandfather
    return True
