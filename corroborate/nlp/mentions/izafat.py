"""Izafat names ("Lashkar-e-Sadiq", "Jamaat-ul-Furqan", "Zia-ul-Haq"): their words joined by
hyphens and an izafat, written without a space. The tokenizer splits them at the hyphens and
the small NER often keeps one piece ("Nizam" of "Tehreek-e-Nizam"); a name that opens with
a head word of bodies (the lexicon's ``izafat_heads``) is an organisation's, which NER
mostly types a person."""

from __future__ import annotations

from typing import TYPE_CHECKING

from corroborate.lexicon.name_words import name_words

if TYPE_CHECKING:
    from spacy.tokens import Doc

__all__ = ["izafat_body", "izafat_whole"]

_HEADS = name_words().izafat_heads
_JOINERS = name_words().izafat_joiners


def izafat_body(word: str) -> bool:
    """Whether a word of a name (lower case, hyphens kept, as ``names.words`` gives it) is a
    body's izafat name: a head word, an izafat, the rest ("lashkar-e-sadiq"). A person's
    opens with no such word ("zia-ul-haq")."""
    parts = word.split("-")
    return len(parts) >= 3 and parts[0] in _HEADS and parts[1] in _JOINERS


def izafat_whole(doc: Doc, start: int, end: int) -> tuple[int, int]:
    """The tokens ``start:end`` widened to the whole izafat name they are part of: a
    capitalised word glued to them by "-", an izafat and "-", with no space between, before
    or after, is of the name."""

    def glued(i: int) -> bool:  # doc[i : i + 4] is "Word - joiner -" with no space
        words = doc[i : i + 4]
        return (
            i >= 0
            and len(words) == 4
            and words[0].text[:1].isupper()
            and words[0].is_alpha
            and words[1].text == "-"
            and words[2].lower_ in _JOINERS
            and words[3].text == "-"
            and not any(w.whitespace_ for w in words)
        )

    while start >= 4 and glued(start - 4):
        start -= 4
    while end + 3 < len(doc) and glued(end - 1) and doc[end + 3].text[:1].isupper():
        end += 4
    return start, end
