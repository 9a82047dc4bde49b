"""Lists of a lede's "a NOUN"s, and custody written as a noun with an "of" phrase.

Long reports open with what was done to each by what each is and name them paragraphs
later ("presented to journalists a station manager, a tanker driver and a depot owner
arrested over the theft ... The tanker driver, X, ..."; "granted police five days' physical
remand of a clerk and a mechanic ... The clerk, X, ..."). ``LedeParts`` names the parts of a
lede's list, ``LedeIndefinite`` the "a NOUN" a court's step acts on; this reads the grammar
they share:

- a list of indefinite descriptions: the parser hangs "a customs inspector, a clearing agent
  and a car dealer" as apposition as often as coordination; an indefinite description apposed
  to an indefinite description is the list's next member (``list_head``, ``list_members``);
- the participle after such a list's last member ("... and a pump attendant arrested over
  the diversion") is said of the whole list, as "were arrested" after it would be
  (``closes_a_list``), not of the last member alone;
- custody by its noun with an "of" phrase ("granted police five days' physical remand of a
  clerk", "ordered the detention of a manager"): the "of" phrase says whose custody it is,
  as a "for" or "against" phrase does elsewhere (``custody_of``). Whether a court does the
  verb stays the caller's test.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.judicial_places import custody_length
from corroborate.nlp.grammar import indefinite, negated

__all__ = [
    "closes_a_list",
    "custody_of",
    "list_head",
    "list_members",
]


def _listed_on(noun: Token) -> bool:
    """Whether ``noun`` is a member the parser hung on the one before it: a conjunct of a
    noun, or an indefinite description apposed to an indefinite description ("a customs
    inspector, a clearing agent")."""
    head = noun.head
    if head.i == noun.i or head.pos_ not in ("NOUN", "PROPN"):
        return False
    if noun.dep_ == "conj":
        return True
    return noun.dep_ == "appos" and indefinite(noun) and indefinite(head)


def list_head(noun: Token) -> Token:
    """The first member of the list ``noun`` is written in (``noun`` itself when alone):
    the one whose place in the clause says what is done to all of them."""
    while _listed_on(noun):
        noun = noun.head
    return noun


def list_members(head: Token) -> list[Token]:
    """The members of the list ``head`` opens, in order, ``head`` first."""
    members = [head]
    for child in head.children:
        if child.i > head.i and child.dep_ in ("conj", "appos") and _listed_on(child):
            members += list_members(child)
    return members


def custody_of(prep: Token, lex: LegalLexicon) -> Token | None:
    """The verb that grants or orders the custody an "of" phrase ``prep`` says is whose
    ("granted police five days' physical remand of a clerk", "ordered the detention of a
    manager"): the "of" hangs on a remand or custody noun that is no one else's (a length
    only may own it: "five days' remand"), which is the object of a verb of sending to
    custody or of a court's order, not negated. None otherwise; whether a court does it is
    the caller's test."""
    if prep.lower_ != "of" or prep.dep_ != "prep":
        return None
    custody = prep.head
    lemma = custody.lemma_.lower()
    if lemma not in lex.remand_nouns and lemma not in lex.custody_nouns:
        return None
    if any(c.dep_ == "poss" and not custody_length(c) for c in custody.children):
        return None  # "his remand of ...", "the police's custody"
    verb = custody.head
    if custody.dep_ != "dobj" or verb.pos_ != "VERB" or negated(verb):
        return None
    verb_lemma = verb.lemma_.lower()
    if verb_lemma not in lex.remand_verbs and verb_lemma not in lex.custody_order_verbs:
        return None
    return verb


def closes_a_list(noun: Token) -> Token | None:
    """The first member of the list of indefinite descriptions ``noun`` closes ("a station
    manager, a tanker driver and a pump attendant"), where a participle hung on ``noun``
    ("... arrested over the diversion", "... accused of forging files") is said of every
    member, as "were arrested" after the list would be; None where ``noun`` is no last
    member of such a list, or a member is no indefinite description ("the owner and a
    guard arrested ...": a definite first member is told apart)."""
    head = list_head(noun)
    members = list_members(head)
    if len(members) < 2 or members[-1].i != noun.i:
        return None
    if not all(indefinite(m) and m.pos_ == "NOUN" for m in members):
        return None
    return head
