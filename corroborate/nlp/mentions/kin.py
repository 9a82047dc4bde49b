"""Relatives a report names in full because they share a surname: "His wife, Shabana Marri",
"Sunar's mother, Dil Maya Sunar", "his elder brother Sunil Dubey". Kinship explains the
shared surname, and the reporter writes the relative's full name to tell them apart from
the person the report follows, whom the bare surname keeps standing for. So a one-word name
that fits several full names of a document is not a relative so introduced while another
full name fits it too (``without_kin``).

Read from the parse: the name in apposition to a kin noun of the lexicon (its ``relative``
role nouns), or written just after one ("his brother, X", "brother X"), and that noun owned
by someone ("his", "Sunar's"): a relative told by whose relative they are.

A bare surname two people named together bear stands for one of them only by that telling
(``surname_bearer``): "found Karim Baig and his nephew, Jawad Baig, guilty ... Baig denied
the charges" is Karim Baig; "found Karim Baig and Jawad Baig guilty ... Baig denied" is
neither - the report named a pair of that surname and did not say which. Bearers named
apart ("Uzair Baloch" in the lede, "his aides Zubair Baloch and Zafar Baloch" later) keep
the nearest-before reading of ``full_names``.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import TypeVar

from spacy.tokens import Doc, Token

from corroborate.lexicon.legal import legal
from corroborate.nlp.mentions.kin_after import kin_told_after
from corroborate.nlp.mentions.no_relation import told_unrelated
from corroborate.nlp.mentions.surname_focus import focused_bearer, several_people, told_apart

__all__ = ["introduced_as_kin", "name_root", "owned_kin_noun", "surname_bearer", "without_kin"]

_T = TypeVar("_T")


def introduced_as_kin(doc: Doc, start: int, end: int) -> bool:
    """Whether the name at ``start:end`` of ``doc`` is introduced as someone's relative, or
    told as no relative of another (``mentions.no_relation``): named in full either way to
    keep the bare surname for the other."""
    span = doc.char_span(start, end, alignment_mode="expand")
    if span is None:
        return False
    if told_unrelated(doc, start, end):
        return True  # "the director, X, who is not related to the laborer" (``no_relation``)
    root = span.root
    if root.dep_ == "appos" and owned_kin_noun(root.head):
        return True
    if kin_told_after(root, owned_kin_noun):
        return True  # "Sunita Karki, Karki's wife" (``mentions.kin_after``)
    before = span.start - 1
    if before >= 0 and doc[before].text == ",":
        before -= 1
    return before >= 0 and owned_kin_noun(doc[before])


def without_kin(fits: list[_T], kin: Iterable[_T]) -> list[_T]:
    """``fits`` less those introduced as a relative, unless no other fit would be left."""
    kin = set(kin)
    others = [f for f in fits if f not in kin]
    return others if others else fits


def surname_bearer(
    doc: Doc,
    word: str,
    at: int,
    fits: list[_T],
    place: Callable[[_T], tuple[int, str]],
    kin: Iterable[str],
) -> list[_T]:
    """``fits`` (the full names with the one-word name ``word``, written at character
    ``at``, in them; ``place`` gives each one's start and name) narrowed as a bare surname
    allows: less the relatives (``kin``, ``without_kin``); and none at all where two that
    bear it as their surname, neither a relative, were named together ("Karim Baig and
    Jawad Baig") before it (or after it, where no bearer was named before): the report
    named a pair of that surname and did not say which one the surname is. Before all
    that, where the bearers are several people, the one in focus or the one the surname
    last stood for (a relative too), and the bearers called by their given names alone
    set aside (``mentions.surname_focus``)."""
    kin = set(kin)
    word = word.lower()
    named = {place(f)[1] for f in fits if place(f)[1].split()[-1].lower() == word}
    several = several_people(named)
    # the one in focus, or the one the surname last stood for (``mentions.surname_focus``)
    chosen = focused_bearer(doc, word, at, named, kin) if several else None
    if chosen is not None:
        return [f for f in fits if place(f)[1] == chosen]
    # those the report tells apart by another name leave the surname to the others
    apart = told_apart(doc, named - kin) if several else set()
    if named - kin - apart:
        if any(place(f)[0] < at for f in fits if place(f)[1] in apart) and not any(
            place(f)[0] < at for f in fits if place(f)[1] in named - kin - apart
        ):
            return []  # "Prem Bahadur" told apart, only a bearer named after it left
        fits = [f for f in fits if place(f)[1] not in apart]
    bearers = [place(f) for f in fits if place(f)[1] not in kin]
    bearers = [(s, n) for s, n in bearers if n.split()[-1].lower() == word]
    before = [(s, n) for s, n in bearers if s < at]
    bearers = before or bearers
    roots = {s: name_root(doc, s) for s, _ in bearers}
    for s1, n1 in bearers:
        for s2, n2 in bearers:
            r1, r2 = roots[s1], roots[s2]
            if n1 != n2 and r1 is not None and r2 is not None and r2 in r1.conjuncts:
                return []
    return without_kin(fits, [f for f in fits if place(f)[1] in kin])


def name_root(doc: Doc, start: int) -> Token | None:
    """The token that heads the name starting at character ``start``: the last of its
    words the parse joins as one name ("Karim" -compound-> "Baig")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or not len(span):
        return None
    token = span[0]
    while token.dep_ in ("compound", "flat") and token.head.i > token.i:
        token = token.head
    return token


def owned_kin_noun(token: Token) -> bool:
    """A kin noun ("wife", "mother") with an owner: "his wife", "Sunar's mother"."""
    if token.pos_ != "NOUN" or legal().role_nouns.get(token.lemma_.lower()) != "relative":
        return False
    return any(c.dep_ == "poss" for c in token.children)
