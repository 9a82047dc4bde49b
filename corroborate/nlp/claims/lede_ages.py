"""Whether the one the sentence after an unnamed lede names is told apart from the lede's
one by age.

"A 22-year-old driver accused of killing a delivery rider was ordered held ... Lautaro
Aguero, 24, was riding his motorcycle home when a sedan struck him": the lede gives its
unnamed accused an age, and the next sentence's subject is given another - a second person
(here the one killed), never the lede's driver. ``Ledes`` reads the next sentence's main
subject as the lede's unnamed one (``Reader.run``); a report that writes both ages has said
they are two people, so the name is not bound. The age may be the name's own ("X, 24,") or
that of the noun it renames ("The 79-year-old pensioner, X"). Where either age is missing
nothing is said ("A 22-year-old man was refused bail. Liam Dwyer, a labourer, appeared ...":
bound as before).
"""

from __future__ import annotations

from collections.abc import Iterable

from spacy.tokens import Doc, Span, Token

from corroborate.nlp.claims.ages_told import age_described, age_of
from corroborate.nlp.claims.draft import Named

__all__ = ["aged_apart"]


def aged_apart(doc: Doc, named: Named, unnamed: Iterable[Token]) -> bool:
    """Whether ``named`` (the next sentence's subject) is written with an age that none of
    the lede's ``unnamed`` nouns that give an age has ("a 22-year-old driver" ... "X, 24,")."""
    ages = {age for noun in unnamed if (age := age_described(noun)) is not None}
    if not ages:
        return False
    span = doc.char_span(named.start, named.end, alignment_mode="expand")
    told = _age_at(span) if span is not None else None
    return told is not None and told not in ages


def _age_at(name: Span) -> str | None:
    """The age written with the name (``age_of``: "X, 24,", "24-year-old X") or on the noun
    it renames ("The 79-year-old pensioner, X": the name apposed to the noun, or the noun to
    the name)."""
    told = age_of(name)
    if told is not None:
        return told
    root = name.root
    nouns = [c for c in root.children if c.dep_ == "appos"]
    if root.dep_ == "appos":
        nouns.append(root.head)
    return next((a for n in nouns if (a := age_described(n)) is not None), None)
