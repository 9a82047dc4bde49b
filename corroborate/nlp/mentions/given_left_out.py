"""A person's surname NER typed a firm or a people, its given name left untagged before it:
"Wade Kowalchuk's accessory charge was stayed" with only "Kowalchuk" tagged, an
organisation, after the report named "Dale Kowalchuk".

The lone surname then reads as the one full name of the report that ends in it, so a
second bearer of the surname (a brother, a son) is merged into the first and never listed
on his own. A one-word name NER typed anything but a person, which is the surname of a
person the report names in full, with a given name (``lexicon.first_names``) hung on it
just before and tagged nothing, is that given name and surname: one more person, whose
full name the typing then tells apart from the other bearer's. A firm named after a family
("Galea Fresh Imports") is more than one word and is left alone; so is a given name that
belongs to another name already found.
"""

from __future__ import annotations

from spacy.tokens import Span

from corroborate.lexicon.first_names import is_first_name

__all__ = ["given_names_restored"]

# NER's labels for a person's name it mistyped as a people or an organisation
_MISTYPED = frozenset({"ORG", "NORP"})


def given_names_restored(spans: list[Span], person_words: set[str]) -> list[Span]:
    """``spans`` with each mistyped lone surname of a named person widened to the given
    name just before it and typed a person."""
    taken = {i for s in spans for i in range(s.start, s.end)}
    out: list[Span] = []
    for span in spans:
        widened = _widened(span, person_words, taken)
        out.append(widened if widened is not None else span)
    return out


def _widened(span: Span, person_words: set[str], taken: set[int]) -> Span | None:
    if span.label_ not in _MISTYPED or len(span) != 1 or span.start == 0:
        return None
    surname = span[0]
    if surname.lower_ not in person_words or surname.pos_ != "PROPN":
        return None
    given = span.doc[span.start - 1]
    if (
        given.i in taken
        or given.ent_type_
        or given.pos_ != "PROPN"
        or not given.text[:1].isupper()
        or given.dep_ not in ("compound", "flat")
        or given.head.i != surname.i
        or not is_first_name(given.text)
    ):
        return None
    widened = span.doc[given.i : span.end]
    widened.label_ = "PERSON"
    return widened
