"""An accused's own admission that a court or his counsel weighs without saying where he made
it: "the court took his admission into account", "the judge accepted her admission as
voluntary", "citing his admission", "pointing to his admission and his three children".

A report of a ruling often tells the accused's confession only this way - the court weighing it
in the sentence, or counsel pleading it for leniency - after a sentence the readers miss or
never wrote. An admission noun (``admission_nouns``) says by itself that its maker admitted
something, as a bare statement noun does not ("his statement" may deny), so one owned by a
possessive is its owner's confession (``Nouns._read_noun``, which keeps only an owner the report
accuses: "the complainant's admission that she saw nothing" confesses nothing). Not an
admission of entry ("his admission to hospital", "her admission into the university" - any
phrase of entry, so "his admission to police" is left to the readers of a placed statement), a
compound ("his admission fee"), a moment ("two days after his admission"), nor the idiom "by
his own admission", which vouches for a fact the sentence tells rather than a confession.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon

__all__ = ["owned_admission"]

# The prepositions after the noun that make it an entry: "to hospital", "into the programme",
# "at the clinic", "for treatment", "in the ward".
_ENTRY_PREPS = frozenset({"to", "into", "at", "for", "in"})
# The prepositions that make the admission a moment ("after his admission"), and "by" of the
# idiom "by his own admission".
_NOT_WEIGHED_PREPS = frozenset({"after", "before", "since", "until", "following", "by"})


def owned_admission(noun: Token, lex: LegalLexicon) -> bool:
    """Whether ``noun`` is an admission noun with a possessive owner of its own, no phrase of
    entry after it, not a compound, and not the object of a preposition of a moment or of
    "by" ("by his own admission")."""
    if noun.lemma_.lower() not in lex.admission_nouns or noun.dep_ == "compound":
        return False
    if not any(c.dep_ == "poss" for c in noun.children):
        return False
    if any(c.dep_ == "prep" and c.lower_ in _ENTRY_PREPS for c in noun.children):
        return False
    return not (noun.dep_ == "pobj" and noun.head.lower_ in _NOT_WEIGHED_PREPS)
