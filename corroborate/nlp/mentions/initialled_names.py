"""A person's name written with its initials first ("K. Murugesan", "S. Balasubramanian",
"M. K. Sharma") that NER typed an organisation or a people.

South Indian and Sri Lankan Tamil names, and many Indian and Bangladeshi names in court and
police reports, put the initials of the father's or the village's name before the one given
name the person goes by. NER knows the lone given name badly and types the whole as a firm
(ORG) or a people (NORP); the finder then trims the initials off as punctuation, and "K.
Murugesan" becomes an organisation "Murugesan", a one-word name the ledger cannot tie to the
full name another sentence or another report writes.

An initial here is one capital letter and a full stop, a token of its own ("K."): a run of
letters written together ("U.S.", "U.K.", "U.N.") is an abbreviated place or body and stays
what NER said. After one to three such initials come one or two words of a person's name
(``given_names_before.name_part``: title case, all letters, no title, role, or a body's or
a place's head word), so "S. Korea" typed a place is never read here (only ORG and NORP are),
and "K. Murugesan Traders Ltd" stays a firm (``Ltd`` is an organisation's head word).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corroborate.nlp.mentions.given_names_before import name_part

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["initialled_name"]

# At most this many initials before the name ("M. K. Sharma"), and this many name words.
_MOST_INITIALS = 3
_MOST_NAME_WORDS = 2


def initialled_name(tokens: list[Token]) -> bool:
    """Whether ``tokens`` (a trimmed entity) are initials, each one capital letter and a full
    stop, followed by one or two words of a person's name."""
    k = 0
    while k < len(tokens) and _single_initial(tokens[k]):
        k += 1
    rest = tokens[k:]
    return (
        1 <= k <= _MOST_INITIALS
        and 1 <= len(rest) <= _MOST_NAME_WORDS
        and all(name_part(t) for t in rest)
    )


def _single_initial(token: Token) -> bool:
    """One capital letter and a full stop, written as a token of its own: "K."."""
    text = token.text
    return len(text) == 2 and text[0].isupper() and text[0].isalpha() and text[1] == "."
