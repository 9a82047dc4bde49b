"""Where an amount of money ends a person's name: "fined Tariq Mehmood Rs100,000".

NER reads a fine or a bail amount written right after a name into the name ("Bhooro
Rs100", "Bishal Tamang Rs") or makes the amount a name of its own ("Rs 4.5", "Tk 80,000").
A person's name holds no currency mark and no figure, so it ends before the first of them;
an organisation's name may hold a figure ("Channel 4", "7-Eleven", "3M") but ends before
an amount ("Rafiqul Haque Tk" typed a firm before "5,000"). The currency marks are the
lexicon's (``lexicon.numbers``).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corroborate.lexicon.numbers import number_words

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["amount_start", "name_before_amount", "person_name_end"]


def _amount_word(token: Token) -> bool:
    """A currency mark ("Rs", "Tk.", "$"), one glued to a figure ("Rs100,000") or a word
    that holds a digit ("50,000")."""
    return number_words().currency_mark(token.text) or any(c.isdigit() for c in token.text)


def person_name_end(tokens: list[Token]) -> int:
    """How many of a person's name's ``tokens`` come before the first currency mark or
    figure (all of them where none is there; 0 where the name is only an amount)."""
    return next((k for k, t in enumerate(tokens) if _amount_word(t)), len(tokens))


def amount_start(tokens: list[Token]) -> int:
    """How many of a name's ``tokens`` come before the first that opens an amount of money:
    a mark glued to a figure ("Rs60,000") or a mark with a figure after it, inside the name
    or right after it ("Rafiqul Haque Tk" before "5,000"); all of them where none does. A
    lone mark ("NPR") may be a name."""
    return next((k for k, t in enumerate(tokens) if _opens_amount(t)), len(tokens))


def _opens_amount(token: Token) -> bool:
    if not number_words().currency_mark(token.text):
        return False
    if any(c.isdigit() for c in token.text):
        return True
    after = token.doc[token.i + 1] if token.i + 1 < len(token.doc) else None
    return after is not None and any(c.isdigit() for c in after.text)


def name_before_amount(token: Token) -> Token | None:
    """The last word of the name the parse hung on a currency mark at ``token`` ("fined
    Bishal Tamang Rs 50,000": "Tamang" a compound of "Rs", the verb's object), or None
    when ``token`` is no mark heading such a name: the name, not the amount, is the
    party."""
    if token.i == 0 or not number_words().currency_mark(token.text):
        return None
    before = token.doc[token.i - 1]
    return before if before.dep_ == "compound" and before.head == token else None
