"""A body named as what a person belongs to is not that person: "a former Department of Public
Works fleet coordinator pleaded guilty".

A report often names someone by their employer or office and a common noun for their work, with
no name of their own ("a Department of Public Works laborer", "a City Transit bus driver"). The
organisation's words then modify the person's noun: the noun phrase stands for the worker, and
the body is no party to the act at all. ``MembersNamed.no_party`` reads this where the parser
hangs the body on the noun (``members_named.modifies``); this reads the claim's accused after,
where the parser hung the noun inside the body's "of" phrase ("Department of [Public Works
fleet coordinator]") or took the body's first word for the phrase's head: either way the body's
name runs on, within one phrase, into the common noun that is its head - one unnamed worker,
the noun singular and the phrase's indefinite article before the name ("a former ...
coordinator"). Such a body is dropped from a claim's accused (the person is not named, so no
one is read in its place). A body whose members the claim names ("13 MQM workers":
``Named.members``) is left, and so is one whose noun is a body noun or a noun for a body's
members ("the Lyari gang", "MQM workers": the lexicon's ``body_nouns`` and ``member_nouns``),
which the claim reader reads as the body or its members.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span, Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.records import Mention

__all__ = ["drop_affiliations"]

_BODY_TYPES = frozenset({"organization", "group"})


def drop_affiliations(
    draft: Draft, doc: Doc, by_token: dict[int, Mention], lex: LegalLexicon
) -> None:
    """Drop from ``draft``'s accused every body named as a person's affiliation."""
    draft.parties = {
        key: (role, named)
        for key, (role, named) in draft.parties.items()
        if not (role == "accused" and _an_affiliation(named, doc, by_token, lex))
    }


def _an_affiliation(
    named: Named, doc: Doc, by_token: dict[int, Mention], lex: LegalLexicon
) -> bool:
    if named.members is not None or named.resolved:
        return False
    span = doc.char_span(named.start, named.end, alignment_mode="expand")
    if span is None or not len(span):
        return False
    mention = by_token.get(span.root.i)
    if mention is None or mention.type not in _BODY_TYPES:
        return False
    noun = _noun_after(span.end, doc)
    if noun is None or {noun.lemma_.lower(), noun.lower_} & (lex.body_nouns | lex.member_nouns):
        return False
    # one unnamed worker: a singular noun whose indefinite article stands before the name
    # ("a ... laborer"); "helping al Shabaab gunmen" tells the body's doers, whom the reader
    # reads as the body
    if noun.tag_ != "NN" or not _indefinite_before(span):
        return False
    # the noun is the head the body's words modify, or the parser hung it inside the body's
    # own phrase: in both, the phrase goes on past the name into the noun
    inside = {t.i for t in span}
    chain = noun
    while chain.dep_ == "compound" and chain.head.i > chain.i:
        chain = chain.head
    return span.root.head.i == chain.i or chain.head.i in inside or chain.head.head.i in inside


def _indefinite_before(span: Span) -> bool:
    """Whether an indefinite article before ``span`` is its phrase's ("a former ...")."""
    inside = {t.i for t in span}
    return any(
        t.dep_ == "det" and "Ind" in t.morph.get("Definite", []) and t.head.i in inside
        for t in span.doc[max(0, span.start - 3) : span.start]
    )


def _noun_after(end: int, doc: Doc) -> Token | None:
    """The common noun the words right after a name end in: "fleet coordinator", "laborer"."""
    i = end
    while i < len(doc) and doc[i].pos_ == "NOUN" and doc[i].is_lower:
        i += 1
    if i == end:
        return None
    return doc[i - 1]
