"""The profession a title before a name abbreviates: "Dr Kamran Saeed runs a clinic ...
police arrested the doctor", "Engr X, an executive engineer ... the engineer approved the
bills", "Prof X was booked ... the professor denied it". A report writes the title once,
with the name, and then calls the person by the profession's noun; the title is no common
noun the report writes in lower case, so the description reader (which keeps a title only
where the report also writes it as a common noun: "Guru X ... the guru") never remembered
it. The lexicon's ``title_professions`` says which titles abbreviate one profession's noun
("dr" -> "doctor"); "Advocate X" needs none (the title is the noun). The noun is remembered
for the person as a rank is (``RankTold.rank_named``) and read back under a rank's guards -
"the NOUN" with "the" alone, the one person the report wrote with the title, not one told
as victim or witness - and stricter ones, since a report names many doctors it accuses of
nothing (the medical officer, the one who did the post-mortem) and calls another, unnamed,
"the doctor on duty": the noun bare (``plain_noun``: no adjective, no compound, no phrase or
clause on it), no one else described with it ("Y, a doctor"), the bearer cast as no
victim, witness or judge, and, where the report has not accused him so far, written in that
sentence or the one before and described by no office of his own ("Dr X, the district
health officer": an official, who speaks of doctors he does not name)
(``RankTold._profession_his``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.lexicon.name_words import name_words

__all__ = ["PROFESSIONS", "plain_noun", "title_profession"]

# The nouns of the professions titles abbreviate: "doctor", "engineer", "professor".
PROFESSIONS = frozenset(name_words().title_professions.values())


def title_profession(name: Span) -> str | None:
    """The profession's noun the title written with ``name`` abbreviates: its own first
    word where NER kept the title in the name ("Dr Kamran Saeed"), else the word right
    before it ("Dr. X" with the title left out of the name); none for a name with no such
    title."""
    if len(name) > 1:
        own = _profession(name[0])
        if own is not None:
            return own
    return _profession(name.doc[name.start - 1]) if name.start > 0 else None


def _profession(word: Token) -> str | None:
    """The noun ``word`` abbreviates where it is a title written as one ("Dr", "Dr.",
    "Engr"): capitalised, and a word of its own, not one in lower case ("dr" in a handle)."""
    if not word.is_title:
        return None
    return name_words().title_professions.get(word.lower_.removesuffix("."))


def plain_noun(noun: Token) -> bool:
    """Whether ``noun`` has nothing on it but its determiner ("the doctor"): an adjective,
    a compound, a phrase or a clause says which doctor ("the junior doctor", "the duty
    doctor", "the doctor on duty", "the doctor who examined her") - maybe another. A "for"
    or "over" phrase the parser hangs on the noun is the step's reason, not which doctor
    ("indicted the engineer for approving bills", "arrested the doctor over a death")."""
    return all(
        c.dep_ in ("det", "punct") or c.dep_ == "prep" and c.lower_ in ("for", "over")
        for c in noun.children
    )
