"""An interview the report marks as the police's record of what the accused told them: "his
police interview", "his garda interviews", "his interview with detectives", "the recorded
interview", beside "his caution interview" (``cautioned.under_caution``).

An interview alone is as often one given to a newspaper, so the bare noun is no statement of
the accused's (``legal.interview_nouns``). Marked as the questioning of a custodian - one as
compound or modifier ("police interview", "garda interviews"), one it was held "with" ("his
interview with police") - or as recorded for evidence ("recorded interview", "videotaped
interview": ``legal.interview_record_marks``), it is his statement to those who hold him, as
a caution statement is: what his side challenges, says was coerced or asks a court to set
aside is taken back (``claims.challenged``, ``claims.coerced``, ``claims.exclusion_sought``,
``claims.tried_within``). A recorded interview "with" anyone else ("with the Herald") is not.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.cautioned import under_caution
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.grammar import prep_objects

__all__ = ["police_interview", "police_record"]

# the marks a noun takes before it ("police interview", "recorded interview")
_MARKS = frozenset({"compound", "amod", "nmod"})


def police_record(noun: Token, lex: LegalLexicon) -> bool:
    """Whether ``noun`` is a record the police took from a suspect that is no plain statement
    noun: a statement or interview under caution (``under_caution``), or an interview marked
    as the police's (``police_interview``)."""
    return under_caution(noun, lex) or police_interview(noun, lex)


def police_interview(noun: Token, lex: LegalLexicon) -> bool:
    """Whether ``noun`` is an interview (``interview_nouns``) marked as the questioning of
    custodians ("his police interview", "his garda interviews", "his interview with
    detectives") or as recorded for evidence ("the recorded interview"), and held with no
    one else ("a recorded interview with the Herald" is the paper's)."""
    if noun.lemma_.lower() not in lex.interview_nouns:
        return False
    withs = prep_objects(noun, ("with",))
    if any(is_custodian(o) for o in withs):
        return True
    marks = [c for c in noun.children if c.dep_ in _MARKS]
    if any(is_custodian(m) for m in marks):
        return True
    recorded = any(m.lower_ in lex.interview_record_marks for m in marks)
    return recorded and not withs
