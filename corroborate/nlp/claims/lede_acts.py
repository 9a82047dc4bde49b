"""The steps a lede tells of its "a NOUN" besides a court's verb: an arrest, and a court's
custody written as a noun with an "of" phrase.

Long reports open with what was done to each by what each is and name them paragraphs
later. ``LedeIndefinite`` reads a court's verb on the lede's "a NOUN"; this reads the two other
ways ledes tell the step, each of the same person the report names later by that noun:

- an arrest: the object of an arrest verb ("Police arrested a bus driver and a mechanic over
  the crash ... The mechanic, X, ..."), or a list of descriptions an arrest participle closes
  ("presented to journalists a station manager, a tanker driver and a depot owner arrested
  over the theft ... The tanker driver, X, ..."): the participle after the last member is
  said of the whole list, as the passive "were arrested" after it would be;
- custody by its noun with an "of" phrase: "granted police five days' physical remand of a
  clerk and a mechanic", "ordered the detention of a manager" - the "of" phrase says whose
  custody it is, where a "for" or "against" phrase says it elsewhere.

Lists: the parser hangs a list of indefinite descriptions ("a customs inspector, a clearing
agent and a car dealer") as apposition as often as coordination; an indefinite description
apposed to an indefinite description is read as the next member of the list
(``list_head``). Whether a court does the custody verb stays the caller's test.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.judicial_places import custody_length
from corroborate.nlp.grammar import negated

__all__ = [
    "arrest_told_of",
    "closes_a_list",
    "custody_of",
    "indefinite",
    "list_head",
    "list_members",
]

# The determiners of a description that introduces someone new ("a driver", "an agent").
_INDEFINITE = frozenset({"a", "an"})


def indefinite(noun: Token) -> bool:
    """Whether ``noun`` is written with "a" or "an", on itself or on a word before it the
    parser hung the article on ("a food wholesaler")."""
    words = [noun, *(c for c in noun.children if c.dep_ in ("compound", "amod") and c.i < noun.i)]
    return any(c.dep_ == "det" and c.lower_ in _INDEFINITE for w in words for c in w.children)


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


def _arresting(verb: Token, lex: LegalLexicon) -> bool:
    """Whether ``verb`` is an arrest verb, not negated ("had not arrested")."""
    return verb.lemma_.lower() in lex.arrest_verbs and not negated(verb)


def arrest_told_of(noun: Token, lex: LegalLexicon) -> bool:
    """Whether an arrest is told of ``noun`` (through the list it is written in): the list
    is the object of an active arrest verb ("arrested a driver and a mechanic"), or an
    arrest participle hangs on one of its members ("a manager, a driver and a pump
    attendant arrested over the diversion"). A participle on a noun that is no member
    ("the mother of a boy arrested ...": on "boy") is not said of the mother."""
    head = list_head(noun)
    verb = head.head
    if head.dep_ == "dobj" and verb.pos_ == "VERB" and _arresting(verb, lex):
        return True
    return any(
        c.dep_ == "acl" and c.tag_ == "VBN" and _arresting(c, lex)
        for member in list_members(head)
        for c in member.children
    )


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
