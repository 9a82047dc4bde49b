"""Whom a bare participle of a legal act is done to: the subject of the clause it hangs on.

"X, 44, appeared before the magistrate on Monday charged with theft", "X appeared in court
charged with the murder of Y": a past participle with no subject or auxiliary of its own
(``bare_participle``) hung after a clause that stands its subject before a court says what
that subject stands accused of. Only there: on any other clause such a participle may
describe another of its people (a witness who spoke, a victim), and the blind sets listed
named non-accused so when it was read on every clause. The parser may read "appeared
before the Lusaka Magistrate's Court on Monday charged with theft" as a clause "before the
court charged ...": a participle whose only subject is a court, marked "before", is bare too
(a court is charged with nothing; it is the object of "before"); where the parser hangs
the participle on the court noun instead, ``Verbs._appeared_charged`` reads it. Asked by
``Parties._patients`` when nothing else names whom the act is done to (parties.py is over
its size, so the reading lives here).
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.grammar import NOUN_SUBJECTS, bare_participle

__all__ = ["understood_subjects"]


def understood_subjects(verb: Token) -> list[Token]:
    """The subject tokens of the clause a bare adverbial participle hangs on ("X appeared
    in court charged with murder": X), none for any other verb."""
    if verb.dep_ != "advcl" or verb.i < verb.head.i:
        return []
    if not (_court_before(verb) or (bare_participle(verb) and _before_a_court(verb.head))):
        return []
    return [c for c in verb.head.children if c.dep_ in NOUN_SUBJECTS]


def _before_a_court(clause: Token) -> bool:
    """Whether the clause tells its subject standing before a court ("appeared in court",
    "was produced before the magistrate"): only then does a participle after it say what
    that subject stands charged with. Elsewhere a bare participle on a clause may describe
    anyone the clause names (a witness, a victim, a relative who spoke)."""
    roles = legal().role_nouns
    for prep in clause.children:
        if prep.dep_ != "prep":
            continue
        for obj in prep.children:
            if obj.dep_ == "pobj" and roles.get(obj.lemma_.lower()) == "court":
                return True
    return False


def _court_before(verb: Token) -> bool:
    """ "appeared before the Magistrate's Court on Monday charged with theft" parsed as a
    clause: a participle with no auxiliary, marked "before", whose subject is a court."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "before" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in NOUN_SUBJECTS]
    roles = legal().role_nouns
    return bool(subjects) and all(roles.get(s.lemma_.lower()) == "court" for s in subjects)
