"""A name written right after the noun that ends an "of" phrase, which the parser hung
elsewhere: "The bail application of the driver X was dismissed", "The appeal against the
acquittal of the landlord, X, is pending".

In a passive sentence whose subject is a long noun phrase, the small parser often makes the
name a second subject of the verb ("X" an ``nsubjpass`` of "dismissed" beside
"application"), or apposes it to the phrase's first noun ("appeal"), so the description it
renames ("the driver", "the landlord") is left with no name and the ruling with no party. A
person's name written right after such a description - adjacent, or set off by commas - is
that description's apposition, as it is where the parser reads it so.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import cache

from spacy.tokens import Token

from corroborate.lexicon.legal import legal
from corroborate.lexicon.name_words import name_words
from corroborate.records import Mention

__all__ = ["detached_name"]


def detached_name(noun: Token, by_token: Mapping[int, Mention]) -> Token | None:
    """The first word of the person's name written right after ``noun`` - a common noun
    ending an "of" phrase on another noun ("the acquittal of the supplier X") - that the
    parser did not hang inside ``noun``'s phrase; None otherwise. A name after a comma
    counts only where a comma closes it too ("the landlord, X, is"), as an apposition is
    written."""
    if noun.tag_ != "NN" or noun.i in by_token or not _ends_an_of_phrase(noun):
        return None
    doc = noun.doc
    first = noun.i + 1
    comma = first < len(doc) and doc[first].text == ","
    if comma:
        first += 1
    if first >= noun.sent.end:
        return None
    m = by_token.get(first)
    if m is None or m.type != "person" or m.start != doc[first].idx:
        return None
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    if span is None or any(t in noun.subtree for t in span):
        return None  # the parser hung it on the noun: read as an apposition already
    if comma and (span.end >= len(doc) or doc[span.end].text != ","):
        return None
    if _renames_a_person(span.root.head, by_token):
        return None  # "the son of the landlord, X": X may be the son, as the parser read
    return doc[first]


def _renames_a_person(head: Token, by_token: Mapping[int, Mention]) -> bool:
    """Whether the word the parser hung the name on may itself be a person - a person's name,
    or a noun for a person ("son", "accused", "driver") - so that the name may rename it."""
    m = by_token.get(head.i)
    if m is not None:
        return m.type == "person"
    if head.pos_ not in ("NOUN", "PROPN"):
        return False  # a verb ("was dismissed"): no apposition at all
    lex = legal()
    people = lex.people_nouns | lex.accused_nouns | lex.victim_words | lex.companion_nouns
    people = people | lex.role_nouns.keys() | lex.owner_nouns | name_words().tie_nouns
    return bool({head.lemma_.lower(), head.lower_} & people)


def _ends_an_of_phrase(noun: Token) -> bool:
    """Whether ``noun`` is the object of an "of" that hangs on a noun of the law's step on a
    person ("the acquittal of the supplier", "the bail application of the driver"): its
    owner is the one the step is on. Not on a verb, nor on a crime or any other noun ("the
    murder of the guard, X": the guard is the victim, whose name a reader asks for too)."""
    prep = noun.head
    return (
        noun.dep_ == "pobj"
        and prep.lower_ == "of"
        and prep.head.pos_ in ("NOUN", "PROPN")
        and prep.head.lemma_.lower() in _steps()
        and not any(c.dep_ in ("compound", "flat", "appos") and c.pos_ == "PROPN"
                    for c in noun.children)
    )  # fmt: skip


@cache
def _steps() -> frozenset[str]:
    """The nouns of the law's steps on a person: a ruling, a verdict, bail asked or granted, a
    remand, custody, an appeal, a plea, an arrest."""
    lex = legal()
    return (
        lex.verdict_nouns | lex.ruling_nouns | lex.bail_nouns | lex.bail_request_nouns
        | lex.remand_nouns | lex.custody_nouns | lex.extension_nouns | lex.acquittal_nouns
        | lex.appeal_nouns | lex.plea_nouns | lex.arrest_nouns
    )  # fmt: skip
