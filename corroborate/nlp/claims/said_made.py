"""A statement told by a contact relative of saying: "X disowned the admission police said he
had made during interrogation", "the confession detectives say she gave in custody". The
parser takes the statement noun for a compound of those who say ("admission police") and the
verb of saying for a clause of the sentence's verb. Read as it is written: the custodians say
the accused made it - his statement, told by those who hold him, made where the giving verb's
own phrase says, else in their hands.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.custodians import is_custodian
from corroborate.nlp.kinds import setting_in
from corroborate.records import Setting

__all__ = ["said_made", "said_made_setting"]


def said_made(noun: Token, lex: LegalLexicon, saying_verbs: frozenset[str]) -> Token | None:
    """The verb of giving in the contact relative on ``noun``: a statement or confession
    noun followed by a custodian ("police", "detectives") that is the subject of the next
    word, a verb of saying whose clause gives with a pronoun subject and no object of its
    own (the statement is that object: "the statement police say he gave") - or, as the
    parser often has it, the custodian itself with the statement noun as its compound ("the
    admission police said he had made"); else None."""
    wanted = lex.statement_nouns | lex.confession_nouns
    doc = noun.doc
    if is_custodian(noun) and any(
        c.dep_ == "compound" and c.lemma_.lower() in wanted for c in noun.children
    ):
        sayer = noun
    elif noun.lemma_.lower() in wanted and noun.i + 1 < len(doc):
        sayer = doc[noun.i + 1]
        if not is_custodian(sayer) or sayer.dep_ != "nsubj":
            return None
    else:
        return None
    if sayer.i + 1 >= len(doc):
        return None
    saying = doc[sayer.i + 1]
    if saying.lemma_.lower() not in saying_verbs:
        return None
    for giving in (c for c in saying.children if c.dep_ == "ccomp"):
        own = any(s.dep_ == "nsubj" and s.pos_ == "PRON" for s in giving.children)
        if giving.lemma_.lower() in lex.confession_givers and own:
            if not any(o.dep_ == "dobj" for o in giving.children):
                return giving
    return None


def said_made_setting(giving: Token) -> Setting:
    """Where the statement of a contact relative of saying was made: the giving verb's own
    phrase ("made during interrogation", "gave before the magistrate"), else custodial - those
    who say he made it are those who took it."""
    text = giving.doc.text
    for phrase in (c for c in giving.children if c.dep_ in ("prep", "advcl")):
        found = setting_in(
            text[phrase.left_edge.idx : phrase.right_edge.idx + len(phrase.right_edge)]
        )
        if found is not None:
            return found
    return "custodial"
