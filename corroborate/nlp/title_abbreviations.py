"""A title's abbreviation written with a full stop: "Atty.", "Adv.", "Insp.", "Supt.".

The lexicon holds titles, ranks and role words written out ("attorney", "advocate",
"inspector") and a few short forms ("dr", "sgt"); reporting writes many more, each cut from a
written-out title in one of the two ways English abbreviates a word: its first letters
("Adv." of advocate, "Insp." of inspector, "Prof." of professor) or a contraction that keeps
its first and last letters and some between, in order ("Atty." of attorney, "Supt." of
superintendent, "Cpl." of corporal). Its full stop ends no sentence ("his lawyer, Atty.
Rosario Lim, said": the parser, left alone, ended the sentence at "Atty." and made the lawyer
the next sentence's subject) and the word is no part of the name after it.
"""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from corroborate.lexicon.dates import date_words
from corroborate.lexicon.name_words import name_words

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["is_title_abbreviation", "name_after_title", "title_abbreviation_at"]

# An abbreviation is short: "Brig", "Supt", "Insp"; a longer word is itself a word.
_LONGEST = 5


@cache
def _titles() -> frozenset[str]:
    """Every title, rank and role word of the lexicon, written out or short."""
    words = name_words()
    return words.titles | words.ranks | words.personal_titles | words.roles


def _cut_from(short: str, title: str) -> bool:
    """Whether ``short`` is ``title``'s first letters, or keeps its first and last letters
    with some of the letters between, in order."""
    if len(short) >= len(title) or short[0] != title[0]:
        return False
    if title.startswith(short):
        return True
    if short[-1] != title[-1]:
        return False
    rest = iter(title[1:-1])
    return all(letter in rest for letter in short[1:-1])


def is_title_abbreviation(word: str) -> bool:
    """Whether ``word`` (its full stop left off: "Atty") abbreviates a title of the lexicon:
    title case, two to five letters, a short title itself or cut from one (see the module's
    note)."""
    if not (2 <= len(word) <= _LONGEST and word.isalpha() and word.istitle()):
        return False
    # A month or a weekday, whole or cut, ends sentences in every report ("arrested in May.
    # Thakur said ..."): "May" would otherwise read as the first letters of "mayor".
    dates = date_words()
    if dates.month(word) is not None or dates.weekday(word) is not None:
        return False
    short = word.lower()
    return short in _titles() or any(_cut_from(short, t) for t in _titles() if len(t) > 3)


def title_abbreviation_at(token: Token) -> bool:
    """Whether ``token`` is a title's abbreviation written with its full stop, as one token
    ("Atty.") or two ("Insp" + "."): no word of a name."""
    if token.text.endswith("."):
        return is_title_abbreviation(token.text[:-1])
    doc = token.doc
    stop = token.i + 1 < len(doc) and doc[token.i + 1].text == "." and not token.whitespace_
    return stop and is_title_abbreviation(token.text)


def name_after_title(token: Token) -> Token | None:
    """The first word of the name a title's abbreviation at ``token`` is written before
    ("Rosario" of "Atty. Rosario Lim"), a proper noun on the same line; None when
    ``token`` is no such abbreviation. The parser often hangs the abbreviation where the
    name belongs ("his lawyer, Atty." apposed, the name left elsewhere)."""
    if not title_abbreviation_at(token):
        return None
    doc = token.doc
    after = token.i + 1 if token.text.endswith(".") else token.i + 2
    if after >= len(doc) or "\n" in doc[after - 1].whitespace_:
        return None
    word = doc[after]
    return word if word.pos_ == "PROPN" and word.text[:1].isupper() else None
