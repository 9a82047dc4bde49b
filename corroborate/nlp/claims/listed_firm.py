"""A firm listed beside persons by a company noun, its name after the noun's comma.

A report that accuses a business with its people lists it as the people are listed: by a
common noun and its name in apposition ("X, Y and the importing company, Z Ltd, pleaded not
guilty", "the FIR nominates the owner X, the manager and the company that runs the hall, Z
(Pvt) Ltd"). The parser often hangs the name on the list's first person ("X, ..., Z Ltd")
or inside the noun's relative clause (on "the hall"), where an organisation apposed to a
person reads as that person's affiliation ("X, PTI") and is no party. The noun says whose
name it is: a company noun (``company_nouns``) that is itself an item of the list - a
conjunct with no name of its own - is renamed by the organisation that opens right after the
comma closing its phrase. An employer named in a person's own description ("X, a manager at
the company, Z Ltd") is no item of a list, so is never read here.
"""

from __future__ import annotations

from collections.abc import Mapping

from spacy.tokens import Token

from corroborate.records import Mention

__all__ = ["firm_named_after"]


def firm_named_after(
    noun: Token, by_token: Mapping[int, Mention], company_nouns: frozenset[str]
) -> Token | None:
    """The head word of the organisation's name that renames ``noun``, a listed company
    noun ("and the company, Z Ltd", "and the firm that ran the hall, Z Ltd"), wherever the
    parser hung the name; None for any other noun, or where no organisation follows."""
    if noun.dep_ != "conj" or noun.pos_ != "NOUN" or noun.i in by_token:
        return None
    if noun.lemma_.lower() not in company_nouns and noun.lower_ not in company_nouns:
        return None
    if any(c.dep_ in ("appos", "compound") and c.i in by_token for c in noun.children):
        return None  # "the company Z Ltd": its name is its own, read as such
    doc = noun.doc
    # the noun's phrase runs to the first comma after it; every word between hangs on the
    # noun (its relative clause, its "of" phrase), so the comma closes that phrase
    comma = next((t.i for t in doc[noun.i + 1 : noun.sent.end] if t.text == ","), None)
    if comma is None or comma + 1 >= noun.sent.end:
        return None
    if any(noun not in doc[i].ancestors for i in range(noun.i + 1, comma)):
        return None
    m = by_token.get(comma + 1)
    if m is None or m.type != "organization":
        return None
    span = doc.char_span(m.start, m.end, alignment_mode="expand")
    return span.root if span is not None and len(span) else doc[comma + 1]
