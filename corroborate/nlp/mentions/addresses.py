"""A place NER typed a person: the last part of an address written after a person's name.

Reporters write where someone lives or works from the smaller place to the larger, each
after a comma: "X, 35, of Cutler's Row, Hollins Lock, admitted ...", "Dr X of Shivalik
Valley University, Dharampur Khurd, was picked up", "X, a clerk at the Land Revenue Office,
Lalitpur, ...". NER types the town a person ("Hollins Lock"), the parser hangs it on the
person as an apposition or a conjunct, and the claims then read a second accused beside the
first. The town is read as a place where:

- the words before it are a proper name of two words or more (a street, an estate, an
  office: no common noun, as in "of his employer, John Smith", the employer's name; not a
  lone town, as in "X of Mardan, Y, and Z", a list) that is the object of "of", "at" or
  "from";
- that phrase describes a person already named: it hangs on a proper name ("X of A, B") or on
  a noun apposed to one ("X, a clerk at A, B") - not on a role noun still waiting for its
  name ("the director of Acme Ltd, John Smith");
- the town ends the address (a comma, a full stop or a bracket after it, no age, no "who")
  and opens with no first name the name library knows ("X of Mardan, Bilal Shah and Y": a
  list of people); where a list goes on after it, the next person has an address of his own
  (``_list_goes_on``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corroborate.lexicon.first_names import is_first_name

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["ends_an_address"]

# The prepositions that tell where a person lives or works.
_ADDRESS_PREPS = frozenset({"of", "at", "from"})
# What may close the last part of an address.
_CLOSING = frozenset({",", ".", ";", ")"})
# NER's labels for a name a list of people may go on with.
_NAMES = frozenset({"PERSON", "ORG", "GPE", "LOC", "NORP", "FAC"})
# Quantifiers apposed to a list of people that an address after them describes ("both of").
_WHOLE_LIST = frozenset({"both", "all"})
# The words a proper name of a place may hold besides proper nouns ("the", "Cutler 's Row").
_NAME_GLUE = frozenset({"det", "case", "compound", "poss", "amod"})


def ends_an_address(span: Span) -> bool:
    """Whether ``span`` (1-3 proper nouns) is the town closing an address after a person's
    name (see the module's docstring)."""
    doc = span.doc
    if not 1 <= len(span) <= 3 or span.start < 4 or span.end >= len(doc):
        return False
    if not all(t.pos_ == "PROPN" for t in span) or is_first_name(span[0].text):
        return False
    if doc[span.start - 1].text != "," or doc[span.end].text not in _CLOSING:
        return False
    if doc[span.end].text == "," and span.end + 1 < len(doc):
        nxt = doc[span.end + 1]
        if nxt.like_num or nxt.lower_ in ("who", "whose", "alias"):
            return False  # "B, 29, ..." / "B, who ...": B is a person with an age or a clause
    if _list_goes_on(span):
        return False
    place = doc[span.start - 2]
    prep = _address_prep(place)
    return prep is not None and _describes_a_named_person(prep.head)


def _list_goes_on(span: Span) -> bool:
    """Whether a list of people goes on after ``span`` with a person whose own address does
    not follow: "X of Green Valley Colony, Y, and Z were charged" lists Y, while "X (31), of
    Mill Rise, Clondalkin, and Y (27), of Oakfield Court, ..." gives each his address."""
    doc = span.doc
    start = span.end + 1  # past the comma that closed the town
    if start < len(doc) and doc[start].lower_ == "and":
        start += 1
    # NER types the next person as it likes ("Peni Ravuvu" an organisation): any name
    person = next((e for e in doc.ents if e.start == start and e.label_ in _NAMES), None)
    if person is None:
        return False
    return not any(t.lower_ in _ADDRESS_PREPS for t in doc[person.end : person.end + 6])


def _address_prep(last: Token) -> Token | None:
    """The "of", "at" or "from" whose object is the proper name ending at ``last``."""
    if last.dep_ != "pobj" or not _capitalised(last) or last.head.lower_ not in _ADDRESS_PREPS:
        return None
    prep = last.head
    words = prep.doc[prep.i + 1 : last.i]
    if not all(t.dep_ in _NAME_GLUE and (_capitalised(t) or t.pos_ in ("DET", "PART"))
               for t in words):  # fmt: skip
        return None  # "of his employer": a common noun, not a place's name
    if not any(_capitalised(t) for t in words):
        return None  # "X of Mardan, Y, and Z": a lone town is where a list goes on
    return prep


def _capitalised(token: Token) -> bool:
    """A word of a proper name: "Cutler's Row" has "Row" tagged a common noun."""
    return token.pos_ == "PROPN" or (token.text[:1].isupper() and not token.is_sent_start)


def _describes_a_named_person(owner: Token) -> bool:
    """Whether the address hangs on a person already named: on a word of a person's name, or
    on a noun apposed to a proper name ("X, a clerk at ...")."""
    if owner.pos_ == "PROPN" or owner.ent_type_ == "PERSON":
        return True
    if owner.lower_ in _WHOLE_LIST and owner.dep_ == "appos" and owner.head.i != owner.i:
        # "X, 61, and Y, 34, both of Cutler's Row, Hollins Lock": the quantifier apposed to
        # the named people gives them all the one address
        return _describes_a_named_person(owner.head)
    if any(c.dep_ == "compound" and c.ent_type_ == "PERSON" for c in owner.children):
        return True  # "Keith Pryce junior": the name's head is a common word
    return owner.dep_ == "appos" and owner.head.pos_ == "PROPN"
