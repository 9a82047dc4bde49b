"""Whose words a statement speaks when the statement itself is given as the speaker:
'In his statement to the court, X said he had been beaten. "I never fired a shot," the
statement read' - the paper is no person, but the words it holds are its maker's. The
statement noun (the lexicon's ``statement_nouns``) as the subject of the verb that says the
quotation stands for the one who made it: the owner written on it ("his statement read": the
"his"), or, for "the statement", the maker of the same statement the report told just
before - the subject of the verb of saying the earlier statement phrase hangs on ("In his
statement ..., X said"), else that phrase's owner. A paper of the police or the court ("the
FIR said", "the charge sheet read") is no statement noun, and a statement told before with
no maker ("a statement was filed") leaves the speaker as written.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import legal

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["statement_maker", "saying_lemma"]

_STATEMENT_NOUNS = legal().statement_nouns
_SAYING = kinds_lexicon().reporting_cues
# Every verb that tells a kind of its own (denying, confessing, alleging, ruling ...): such a
# verb keeps its kind whoever its subject is.
_KIND_CUES = frozenset().union(
    *(
        getattr(kinds_lexicon(), f"{kind}_cues")
        for kind in ("denial", "retraction", "confession", "admission", "allegation", "ruling")
    )
)
# How far back "the statement" may look for the statement told before it: its own sentence
# and the two before (the quotation may stand between).
_SENTENCES_BACK = 2


def statement_maker(head: Token) -> Token | None:
    """The word that names whose statement ``head`` is, where ``head`` - the head of a
    source phrase - is a statement noun that says a quotation: a possessive on it, or the
    maker of the statement the report told just before; None otherwise."""
    if head.lemma_.lower() not in _STATEMENT_NOUNS or head.dep_ != "nsubj":
        return None
    owner = next((c for c in head.children if c.dep_ == "poss"), None)
    if owner is not None:
        return owner  # "his statement read", "X's statement said"
    if not any(c.dep_ == "det" and c.lower_ == "the" for c in head.children):
        return None  # "a statement said": some statement, told for the first time
    doc = head.doc
    start = head.sent.start
    for _ in range(_SENTENCES_BACK):
        if start == 0:
            break
        start = doc[start - 1].sent.start
    for earlier in reversed(doc[start : head.i]):
        if earlier.lemma_.lower() != head.lemma_.lower() or earlier.i == head.i:
            continue
        return _maker_told(earlier)
    return None


def _maker_told(statement: Token) -> Token | None:
    """Who made the statement told by ``statement``: the subject of the verb of saying its
    phrase hangs on ("In his statement, X said"), else its owner ("his statement")."""
    prep = statement.head if statement.dep_ == "pobj" else None
    verb = prep.head if prep is not None and prep.dep_ == "prep" else None
    if verb is not None and verb.lemma_.lower() in _SAYING:
        subject = next((c for c in verb.children if c.dep_ == "nsubj"), None)
        if subject is not None:
            return subject
    return next((c for c in statement.children if c.dep_ == "poss"), None)


def saying_lemma(cue: Token, maker: Token | None, maker_named: bool) -> str:
    """The lemma the kind of a quotation is read from: "say" where the verb that gives it
    tells no kind of its own ("read", "go") and its subject is a statement with a maker
    (``maker``: ``statement_maker``'s answer for the source, asked once by the speaker
    resolver) whom the report names (``maker_named``: '"I never fired a shot," the statement
    read' says the maker's word as "he said" would), else the verb's own lemma."""
    lemma = cue.lemma_.lower()
    if not maker_named or lemma in _KIND_CUES or maker is None:
        return lemma
    return "say"
