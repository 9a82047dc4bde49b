"""A length of time a court grants, whether or not NER typed it a date.

"granted police seven more days to keep the four in custody": NER types "seven more days" a
date in one sentence and leaves it a bare cardinal in the next, so a remand told as the days
granted was read or missed by the tagger's whim. A unit of time (``DateWords.units``: "day",
"week") counted by a number is a length by its grammar, whatever the tagger says.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.dates import date_words

__all__ = ["a_length"]


def a_length(token: Token) -> bool:
    """Whether ``token`` is (a word of) a length of time: typed a date by NER, or a unit of
    time with a number of its own ("seven more days", "14 days"; not "days" alone, nor "the
    day" of an event)."""
    if token.ent_type_ == "DATE":
        return True
    if date_words().unit(token.text) is None:
        return False
    return any(c.dep_ == "nummod" and c.pos_ == "NUM" for c in token.children)
