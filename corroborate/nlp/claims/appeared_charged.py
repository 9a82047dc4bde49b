"""Whom a bare participle of a legal act is done to: the subject of the clause it hangs on.

"X, 44, appeared before the magistrate on Monday charged with theft", "X appeared in court
charged with the murder of Y", "Arrested at the border, X was handed to the police": a past
participle with no subject or auxiliary of its own (``bare_participle``) hung on a verb as
an adverbial clause says what was done to that verb's subject. The parser may read "appeared
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
from corroborate.nlp.grammar import bare_participle

__all__ = ["understood_subjects"]

_SUBJECTS = frozenset({"nsubj", "nsubjpass"})


def understood_subjects(verb: Token) -> list[Token]:
    """The subject tokens of the clause a bare adverbial participle hangs on ("X appeared
    in court charged with murder": X), none for any other verb."""
    if verb.dep_ != "advcl" or not (bare_participle(verb) or _court_before(verb)):
        return []
    return [c for c in verb.head.children if c.dep_ in _SUBJECTS]


def _court_before(verb: Token) -> bool:
    """ "appeared before the Magistrate's Court on Monday charged with theft" parsed as a
    clause: a participle with no auxiliary, marked "before", whose subject is a court."""
    if verb.tag_ != "VBN" or any(c.dep_ in ("aux", "auxpass") for c in verb.children):
        return False
    if not any(c.dep_ == "mark" and c.lower_ == "before" for c in verb.children):
        return False
    subjects = [c for c in verb.children if c.dep_ in _SUBJECTS]
    roles = legal().role_nouns
    return bool(subjects) and all(roles.get(s.lemma_.lower()) == "court" for s in subjects)
