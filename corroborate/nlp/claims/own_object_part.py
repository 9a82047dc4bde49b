"""The admitter's own part told as what another did to him or gave him, admitted in custody:
"admitted during interrogation that the chairman paid her to stamp the ballots", "admitted in
primary interrogation that the presiding officer handed her the ballots and told her to
finish the job".

Under questioning an accused often tells his part from the side of the one who drew him in -
who paid, hired, handed or told him - and the report keeps that order: the clause's subject
is another, the admitter its object. That is his part as much as "he took the money" or the
passive "he was paid for each trip" (``passive_deed.own_passive_part``) would be. Not a crime
done to him ("admitted that the police beat him": a crime word in the clause's own words,
``everyday.names_crime``), nor his pronoun as the subject (``Doers`` reads that), nor a
pronoun inside a phrase or an inner clause ("that the officer gave the keys to his brother":
only the clause verb's own object or dative counts). ``OwnAdmissions._admits_own_deed_told_there``
asks it only of an admission made in custody.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.everyday import names_crime
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.claims.passive_deed import own_words
from corroborate.nlp.speakers import PERSONAL_PRONOUNS

__all__ = ["own_object_part"]

# The relations by which a clause's verb takes the one it acts on or gives to ("paid her",
# "told her", "handed him the keys" - a dative, or "her" the parser made the object's owner).
_OBJECTS = frozenset({"dobj", "dative"})


def own_object_part(
    clauses: Iterable[Token], admitters: Callable[[Token], bool], lex: LegalLexicon
) -> bool:
    """Whether one of the admitted ``clauses`` has another for its subject and, for its own
    object or dative, a pronoun ``admitters`` says stands for the one who admits, with no
    crime in its own words."""
    return any(_done_to_admitter(c, admitters) and not names_crime(own_words(c), lex)
               for c in clauses)  # fmt: skip


def _done_to_admitter(clause: Token, admitters: Callable[[Token], bool]) -> bool:
    subjects = [c for c in clause.children if c.dep_ in ACTIVE_SUBJECTS]
    if not subjects and clause.dep_ == "conj":
        # "that the officer handed her the ballots and told her to finish": the conjunct
        # shares the first clause's subject
        subjects = [c for c in clause.head.children if c.dep_ in ACTIVE_SUBJECTS]
    if not subjects or any(s.pos_ == "PRON" for s in subjects):
        return False  # "that he ...": his own deed, read as such; "that they ...": whose?
    return any(
        o.dep_ in _OBJECTS and o.lower_ in PERSONAL_PRONOUNS and admitters(o)
        for o in clause.children
    )
