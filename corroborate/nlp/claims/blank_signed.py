"""Blank papers signed: "he signed blank papers at the CID office after officers threatened
to lock up his mother", "the papers produced as his statement were blank pages signed in
custody". One who says he put his name to blank sheets says the statement later written on
them is not his: told by the accused's side, the statement is taken back, whatever it was
called. The papers are his statement only as blank ones (``legal.blank_marks``), or as ones
signed unread - a "without" phrase on the signing that the coercion words tell ("he signed
papers at the circle office without knowing what was written on them", "without reading
them": ``kinds.coercion``) - and only as documents (``legal.blank_documents``): "he signed the
papers", "he signed the papers without delay" or "blank cheques" are not.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS

__all__ = ["blank_signed", "signer_spoken_for"]


def blank_signed(token: Token, lex: LegalLexicon) -> bool:
    """Whether ``token`` is blank papers its signer gave: a document noun marked blank,
    the object of a verb of giving ("signed blank papers") whose subject is a pronoun (the
    speaker, or the one his side speaks of), or the noun a participle of giving describes
    ("blank pages signed in custody")."""
    if token.lemma_.lower() not in lex.blank_documents:
        return False
    givers = lex.confession_givers
    blank = any(c.dep_ == "amod" and c.lower_ in lex.blank_marks for c in token.children)
    # "signed papers placed before him without being told what they were": the "without"
    # phrase hung on the participle that describes the papers tells the signing too
    unread = _unread(token.head) or any(
        c.dep_ == "acl" and c.tag_ == "VBN" and _unread(c) for c in token.children
    )
    if not blank and not (token.head.lemma_.lower() in givers and unread):
        return False
    if token.dep_ == "dobj" and token.head.lemma_.lower() in givers:
        if any(c.dep_ == "neg" for c in token.head.children):
            return False  # "he never signed blank papers": nothing disowned
        return signer_spoken_for(token.head, lex.client_nouns)
    return any(c.dep_ == "acl" and c.tag_ == "VBN" and c.lemma_.lower() in givers
               for c in token.children)  # fmt: skip


def signer_spoken_for(verb: Token, client_nouns: frozenset[str]) -> bool:
    """Whether a verb of signing or giving has for subject the one the speaking side speaks
    of: a pronoun (the speaker, or the one his side speaks of: "she said she signed a
    statement") or the client counsel speaks for ("his client had signed papers") - never a
    named other ("the cook signed a statement")."""
    return any(
        c.dep_ in ACTIVE_SUBJECTS and (c.pos_ == "PRON" or c.lemma_.lower() in client_nouns)
        for c in verb.children
    )


def _unread(verb: Token) -> bool:
    """Whether a verb of signing says it was done unread: a "without" phrase on it that the
    coercion words tell ("without knowing what was written on them", "without being able to
    read it"), not any "without" ("without delay")."""
    coercion = kinds_lexicon().coercion
    return any(
        c.dep_ == "prep" and c.lower_ == "without"
        and coercion.search(" ".join(t.text for t in c.subtree))
        for c in verb.children
    )  # fmt: skip
