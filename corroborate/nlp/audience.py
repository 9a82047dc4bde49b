"""Where an accused's word was given, read from whom the verb tells it: "X told investigators
that he had ..." (custodial), "told the magistrate" (judicial), "told journalists" (public).

The audience is the verb's own (its indirect or direct object, or its "to" phrase), never a
word of the scene around it: journalists present in a courtroom do not make a confession made
there public. The press is the lexicon's (``kinds.json`` ``public_audiences``); the custodial
and judicial words are the settings' (``kinds.setting_in``), with the agencies that hold an
accused (``legal.json`` ``custodial_agents``) named in the audience ("told CTD officials").
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import legal
from corroborate.nlp.custodians import is_custodian, plain_custodian
from corroborate.nlp.kinds import CUSTODIAL_KINDS, setting_in
from corroborate.nlp.quoted_audience import speakers_own_force
from corroborate.records import Kind, Setting

__all__ = ["asked_by_press", "audience_setting", "court_audiences", "names_the_press"]

_PRESS = kinds_lexicon().public_audiences
# "Asked by journalists ..." (``claims.answered_yes``)
_QUESTIONS = legal().question_verbs
# A court told is where the accused spoke: "told the court", "told the bench".
_ROLES = legal().role_nouns


def audience_setting(cue: Token, kind: Kind) -> Setting | None:
    """The setting the audience of ``cue`` names, or None where it names none (or the verb
    tells no one). Custody is no setting of a denial (``kinds.CUSTODIAL_KINDS``)."""
    text = cue.doc.text
    for noun, start in _audiences(cue):
        # up to the noun only: a content the parse hangs on it is no part of the audience
        found = setting_in(text[start : noun.idx + len(noun.text)])
        if found is None and noun.lemma_.lower() in _PRESS:
            found = "public"
        if found is None and _ROLES.get(noun.lemma_.lower()) == "court":
            found = "judicial"  # "told the court", "told the bench"
        if found is None and any(is_custodian(t) for t in noun.subtree if t.i <= noun.i):
            found = "custodial"  # "told CTD officials": those who hold him
        if found is None and plain_custodian(noun):
            found = "custodial"  # "told officers": no other service named
        if found is None and speakers_own_force(noun, cue):
            found = "custodial"  # '"He told us ...," the SHO said': the SHO's force
        if found == "custodial" and kind not in CUSTODIAL_KINDS:
            continue
        if found is not None:
            return found
    return None


def court_audiences(cue: Token) -> list[Token]:
    """The phrases of the audiences of ``cue`` that name a court ("told the court", "told
    the magistrate"): each whole phrase, a "to" with its object."""
    text = cue.doc.text
    out: list[Token] = []
    for noun, start in _audiences(cue):
        judicial = setting_in(text[start : noun.idx + len(noun.text)]) == "judicial"
        if judicial or _ROLES.get(noun.lemma_.lower()) == "court":
            out.append(noun.head if noun.head.lower_ == "to" and noun.dep_ == "pobj" else noun)
    return out


def _audiences(cue: Token) -> list[tuple[Token, int]]:
    """Each noun the verb tells, with where its phrase starts."""
    out: list[tuple[Token, int]] = []
    for child in cue.children:
        if child.dep_ in ("dative", "dobj") and (
            child.pos_ in ("NOUN", "PROPN") or child.lower_ == "us"
        ):
            out.append((child, child.left_edge.idx))
        elif child.dep_ in ("prep", "dative") and child.lower_ == "to":
            out += [(c, child.idx) for c in child.children if c.dep_ == "pobj"]
    return out


def asked_by_press(clause: Token) -> bool:
    """Whether an adverbial clause is a question put by the press: "asked by journalists"."""
    if clause.dep_ != "advcl" or clause.lemma_.lower() not in _QUESTIONS:
        return False
    return any(
        o.dep_ == "pobj" and o.lemma_.lower() in _PRESS
        for c in clause.children if c.dep_ == "agent"
        for o in c.children
    )  # fmt: skip


def names_the_press(phrase: Token) -> bool:
    """Whether a phrase names the press anywhere in it ("to journalists", "to waiting
    reporters" however the parse reads the words before the noun)."""
    return any(t.lemma_.lower() in _PRESS for t in phrase.subtree)
