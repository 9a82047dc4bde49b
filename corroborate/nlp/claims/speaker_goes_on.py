"""Whether a "he said" goes on with the person who spoke in the sentence before.

``Pronouns._subject_just_before`` reads a "he" or "his" that opens its sentence after a
sentence about a thing that names several people as the one of them the report accuses
(``Pronouns._one_accused_among``). A sentence whose subject is a person who speaks ("X's
elder brother, Y, said his brother was a video editor") is no thing, but the accused it names
is still the "he" of the speaker's own words ('"He was not there," ...': the speaker never
says "he" of himself) and of what the narration says of him ("The court tendered him a
pardon" after "The clerk, X, had recorded a statement"). Only a pronoun that itself speaks,
outside every quotation ('"... My brother never met this trader," he said'; "He said the
accused had been questioned for hours"), is the speaker again: the narration turns to the
one who speaks on, not to the one he speaks of. This module reads that case alone.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.records import Range

__all__ = ["speaker_goes_on"]

_SAYING = kinds_lexicon().reporting_cues


def speaker_goes_on(subject: Token, pronoun: Token, quotations: list[Range]) -> bool:
    """Whether ``pronoun`` is the subject of a verb of saying, outside every quotation, and
    ``subject`` (the main subject of the sentence before, a person) is the subject of one
    too: "X's brother, Y, said ... . '...,' he said" - the "he" is Y speaking on."""
    if any(start <= pronoun.idx < end for start, end in quotations):
        return False  # '"He was not there"': the speaker's word of another
    return _speaks(subject) and _speaks(pronoun)


def _speaks(token: Token) -> bool:
    """Whether ``token`` is the subject of a verb of saying ("he said", "the brother told")."""
    return token.dep_ == "nsubj" and token.head.lemma_.lower() in _SAYING
