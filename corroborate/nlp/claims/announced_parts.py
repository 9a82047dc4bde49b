"""A group the report announced by its parts: "Police have arrested a section officer, a broker
and two Indian nationals", "arrested two ambulance drivers and a hospital agent", "arrested the
owner of the tipper, along with the man who was driving it and a young man who ...".

Reports of a raid or a racket often open by what each arrested person is, then name them one
paragraph at a time, and at the court step count them: "The District Court granted a custody
extension for all four", "The three were produced before a magistrate, who remanded them". The
parts' count - one for each singular part, N for "N NOUNs" - is the size of the group, as
"arrested four people" is (``announced.announced_counts``). Like a group told by one part
("a clerk along with three others": ``announced.announced_with_others``), it is told only by
what its members are, so ``Counted._known_of_count`` holds it to its count: every member
known, or no one.

A part is a common noun written in lower case, with "a", "an", "the", a possessive pronoun
("its manager") or a count before it,
taken as the object or passive subject of a verb of arresting or charging with at least one
more such part - in a list ("a broker and two nationals") or "along with" / "with" the first
("the owner along with the driver"). A name among the parts ("arrested X and a broker") is a
group the reader names, not this one; a body or place ("a company", "the office") is no
person and makes no such group.
"""

from __future__ import annotations

from spacy.tokens import Doc, Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.announced import number_values
from corroborate.nlp.claims.description_nouns import BODIES_AND_PLACES
from corroborate.nlp.grammar import PATIENT_DEPS

__all__ = ["announced_by_parts"]

# The determiners that make a noun one person told by what they are (grammar, not domain).
_ONE = frozenset({"a", "an", "the"})


def announced_by_parts(doc: Doc, before: int, lex: LegalLexicon) -> set[int]:
    """The sizes of the groups the report, before token ``before``, told were arrested or
    charged by their parts (see the module's note): two parts or more, every one a person
    told by what they are."""
    verbs = {*lex.arrest_verbs, *lex.charge_verbs}
    found: set[int] = set()
    for noun in doc[:before]:
        # the verb that arrests or charges takes the first part as its object ('arrested a
        # broker and ...') or passive subject ('A clerk and two guards were arrested')
        if noun.dep_ not in PATIENT_DEPS or noun.head.lemma_.lower() not in verbs:
            continue
        parts = [noun, *noun.conjuncts, *_listed_after_comma(noun), *_taken_along(noun)]
        sizes = [_part_size(p) for p in parts]
        if len(parts) >= 2 and all(sizes):
            found.add(sum(sizes))
    return found


def _listed_after_comma(noun: Token) -> list[Token]:
    """The parts the parser hung on ``noun`` as an apposition because a comma follows it:
    "a shop owner, a cashier and two loaders" (the cashier apposed to the owner, the loaders
    its conjunct). Only a list's shape - an apposed "a NOUN" with conjuncts of its own - not
    a renaming ("a clerk, a man of 40")."""
    listed: list[Token] = []
    for appos in (c for c in noun.children if c.dep_ == "appos"):
        if appos.conjuncts:
            listed += [appos, *appos.conjuncts]
    return listed


def _taken_along(noun: Token) -> list[Token]:
    """The parts taken "along with" or "with" ``noun`` (and their conjuncts): "the owner,
    along with the driver and a helper". The "with" hangs on the noun, on "along" or on the
    verb that takes it - not inside a clause of its own ("a clerk who was seen with a
    guard": what he did, not who was taken)."""
    verb = noun.head
    along: list[Token] = []
    for word in (*noun.children, *verb.children):
        if word.lower_ == "along":
            word = next((c for c in word.children if c.lower_ == "with"), word)
        if word.lower_ != "with" or word.dep_ != "prep":
            continue
        for obj in (c for c in word.children if c.dep_ == "pobj"):
            along += [obj, *obj.conjuncts]
    return along


def _part_size(part: Token) -> int:
    """How many people one part counts: 1 for "a broker", "the owner"; N for "two Indian
    nationals"; 0 where the part is no person told by what they are (a name, a body, a
    place, a pronoun, "others")."""
    if part.pos_ != "NOUN" or not part.is_lower:
        return 0
    if part.lemma_.lower() in BODIES_AND_PLACES or part.lower_ in BODIES_AND_PLACES:
        return 0
    if any(c.dep_ in ("compound", "appos", "flat") and c.pos_ == "PROPN" for c in part.children):
        return 0  # "a broker, X": a name of its own, a group the reader names
    if part.tag_ == "NNS":
        counts = number_values([c for c in part.children if c.dep_ == "nummod"])
        return next(iter(counts)) if len(counts) == 1 and min(counts) >= 2 else 0
    marks = {c.lower_ for c in part.children if c.dep_ == "det"}
    # "its manager", "his driver": one person told by what they are to someone named
    owned = any(c.dep_ == "poss" and c.pos_ == "PRON" for c in part.children)
    return 1 if part.tag_ == "NN" and (marks & _ONE or owned) else 0
