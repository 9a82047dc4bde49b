"""A bare surname that says something of "he" or "she" stands for a bearer of that sex: in
"Mahato admitted that he had sold the bags", after "Raju Kumar Mahato" (an accused) and
"Gita Mahato" (a witness named later), Mahato is the man - the nearest-before reading of
``full_names`` would give the woman.

Read from the parse: the surname the subject of a verb (of saying, admitting, telling) whose
clausal complement has a personal pronoun for its subject ("X said he ...", "X told police
she ..."): a report's "X said he" is X speaking of himself. Only a pronoun of the clause
the surname's own verb governs counts; a he or she elsewhere in the sentence may be
anyone. A full name's sex is its first name's, by the name library
(``lexicon.first_names``), as for a title's (``mentions.titled_sex``): a full name whose
first name tells no sex stays a fit, and where no fit agrees the fits are left as they were.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from spacy.tokens import Doc, Token

from corroborate.lexicon.first_names import first_name_sex
from corroborate.nlp import names
from corroborate.nlp.mentions.kin import name_root

__all__ = ["agreeing_with_said_pronoun", "said_pronoun_sex"]

_T = TypeVar("_T")
_CLAUSES = ("ccomp",)


def said_pronoun_sex(doc: Doc, start: int) -> str | None:
    """The sex ("Masc", "Fem") of the he or she that is the subject of the clause the verb
    of the name at character ``start`` governs ("X admitted that he ..."), or None."""
    token = name_root(doc, start)
    if token is None or token.dep_ != "nsubj" or token.head.pos_ not in ("VERB", "AUX"):
        return None
    sexes = {
        sex
        for clause in _clauses_of(token.head)
        for pronoun in _subjects(clause)
        if (sex := _pronoun_sex(pronoun)) is not None
    }
    return sexes.pop() if len(sexes) == 1 else None


def agreeing_with_said_pronoun(
    doc: Doc, start: int, fits: list[_T], name_of: Callable[[_T], str]
) -> list[_T]:
    """The ``fits`` of a one-word name at ``start`` whose sex does not contradict the he or
    she its own clause says something of; all of them when none is told or none agrees."""
    if len(fits) < 2:
        return fits
    sex = said_pronoun_sex(doc, start)
    if sex is None:
        return fits
    agreeing = [f for f in fits if _sex_of(name_of(f)) in (sex, None)]
    return agreeing if agreeing else fits


def _clauses_of(verb: Token) -> list[Token]:
    """The clausal complements ``verb`` governs: its own, or one the parser hung on a word
    of its phrase ("admitted during questioning that he ...", the clause hung on
    "questioning") - never one hung below a word with a subject of its own (another
    speaker's clause)."""
    out = []
    for clause in verb.subtree:
        if clause.dep_ not in _CLAUSES or clause.i == verb.i:
            continue
        head = clause.head
        while head.i != verb.i and not _subjects(head) and head.dep_ not in _CLAUSES:
            head = head.head
        if head.i == verb.i:
            out.append(clause)
    return out


def _subjects(clause: Token) -> list[Token]:
    return [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]


def _pronoun_sex(token: Token) -> str | None:
    if token.pos_ != "PRON" or token.lower_ not in ("he", "she"):
        return None
    return "Masc" if token.lower_ == "he" else "Fem"


def _sex_of(name: str) -> str | None:
    ws = names.words(name)
    return first_name_sex(ws[0]) if ws else None
