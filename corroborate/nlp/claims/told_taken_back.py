"""What an accused told those who held him, taken back by name of the telling: "In his
statement before the court, X denied the charge and withdrew what he told the police", "At the
trial X retracted what he had told the investigating officer", "At trial he withdrew the
account he gave police after his arrest".

A report may name a confession only by its telling - a free relative ("what he told the
police") or a noun of one's account ("the account he gave police", ``version_nouns``) - and
tell it only through its taking back. The telling is his own (its subject a pronoun, as "he"
takes back only his own words); whom he told says where it was made ("the police", "the
investigating officer": custodial; ``audience.audience_setting``). A preposition's free
relative ("resiled from what he had told the numberdar") was read before, by
``TakingBack._what_he_told``; this module holds the one test both ask, and the object's.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.audience import audience_setting
from corroborate.nlp.claims.parties import ACTIVE_SUBJECTS
from corroborate.nlp.custodians import is_custodian
from corroborate.records import Setting

__all__ = ["own_telling", "own_version", "telling_setting", "told_object"]


def own_telling(clause: Token, telling_verbs: frozenset[str]) -> bool:
    """Whether ``clause`` is a free relative of one's own telling ("what he told the police",
    "what he had said to the investigating officer"): a verb of telling, its subject a
    pronoun, opened by "what"."""
    if clause.lemma_.lower() not in telling_verbs:
        return False
    own = any(c.dep_ in ACTIVE_SUBJECTS and c.pos_ == "PRON" for c in clause.children)
    what = any(c.lower_ == "what" and c.tag_ == "WP" for c in clause.children)
    return own and what


def told_object(verb: Token, telling_verbs: frozenset[str]) -> Token | None:
    """The free relative of his own telling that a verb of taking back takes as its object
    ("withdrew what he told the police", "retracted what he had told the investigating
    officer": the parser makes the relative the verb's clause), where whom he told says it was
    made in custody (``telling_setting``: "what he said" alone may be anything he said, and
    "what he told the court" his evidence)."""
    for clause in (c for c in verb.children if c.dep_ == "ccomp" and c.i > verb.i):
        if any(c.dep_ == "neg" for c in clause.children):
            continue  # "withdrew what he never told anyone"
        if own_telling(clause, telling_verbs) and telling_setting(clause) == "custodial":
            return clause
    return None


def own_version(noun: Token, lex: LegalLexicon) -> bool:
    """Whether ``noun`` is an account of one's own given to those who held him ("the account
    he gave police after his arrest", "the version he had given to investigators"): a noun of
    one's account (``version_nouns``) with a relative of giving (``confession_givers``) whose
    subject is a pronoun and whose hearers are custodial agents - not "the prosecution's
    version" or "the account he gave the court" (his testimony)."""
    if noun.lemma_.lower() not in lex.version_nouns:
        return False
    for clause in (c for c in noun.children if c.dep_ == "relcl"):
        if clause.lemma_.lower() not in lex.confession_givers:
            continue
        if any(c.dep_ == "neg" for c in clause.children):
            continue
        if not any(c.dep_ in ACTIVE_SUBJECTS and c.pos_ == "PRON" for c in clause.children):
            continue
        if any(is_custodian(t) for t in _hearers(clause)):
            return True
    return False


def telling_setting(clause: Token) -> Setting | None:
    """Where a telling taken back was made, by whom it was told to ("the police", "the
    investigating officer": custodial; "the magistrate": judicial), or None where the clause
    names no one."""
    return audience_setting(clause, "confession")


def _hearers(clause: Token) -> list[Token]:
    """The words of those a statement was given to: the clause's indirect or direct object
    ("gave police", "gave the police"), or the object of its "to" ("given to investigators")."""
    out: list[Token] = []
    for c in clause.children:
        if c.dep_ in ("dative", "dobj") and c.lower_ != "to":
            out.extend(c.subtree)
        elif c.dep_ in ("dative", "prep") and c.lower_ == "to":
            out.extend(t for o in c.children if o.dep_ == "pobj" for t in o.subtree)
    return out
