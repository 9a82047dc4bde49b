"""Ages a report gives its people, and "the 23-year-old" that calls one of them by it.

A court report gives a person's age once, in the forms of the trade - "X, 23, of Elmwood",
"23-year-old X", "X (23)" - and may then call them by it alone: "At the hearing the
23-year-old took back what he had told detectives", "On the courthouse steps the
58-year-old denied any part in it". Numbers and hyphens, and the lexicon's unit "year".

Pure functions of the parse: ``age_of`` reads the age a name is given where it is written,
``ages_written`` every age the sentence writes (of a name or of no one: "A 34-year-old
fancier was shot dead"), ``age_called`` the age "the N-year-old" calls someone by when
it stands alone for a person (no noun after it: "the 23-year-old driver" is the driver's),
``age_described`` the age "a 23-year-old driver" gives its noun.
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.lexicon.dates import date_words

__all__ = ["age_called", "age_described", "age_of", "ages_written"]

# Ages a person may have: a bare number outside them after a name is something else (a
# house number, a count).
_YOUNGEST, _OLDEST = 1, 120
# The unit of "N-year-old" after the number (the lexicon's date units: "year", "years").
_DATES = date_words()


def _an_age(token: Token) -> str | None:
    """The number ``token`` writes if it may be a person's age, else None."""
    if not token.is_digit or len(token.text) > 3:
        return None
    return token.text if _YOUNGEST <= int(token.text) <= _OLDEST else None


def _year_old_at(old: Token) -> str | None:
    """The age of "N-year-old" whose last word is ``old``, else None."""
    d = old.doc
    i = old.i
    if old.lower_ != "old" or i < 4:
        return None
    if d[i - 1].text != "-" or _DATES.unit(d[i - 2].text) != "year" or d[i - 3].text != "-":
        return None
    return _an_age(d[i - 4])


def age_called(token: Token) -> str | None:
    """The age "the N-year-old" calls a person by, where ``token`` is its "old", it has the
    determiner "the" and no noun after it ("the 23-year-old driver" is the driver)."""
    age = _year_old_at(token)
    if age is None or token.dep_ in ("amod", "compound"):
        return None
    if [c.lower_ for c in token.children if c.dep_ in ("det", "poss")] != ["the"]:
        return None
    return age


def age_of(name: Span) -> str | None:
    """The age written with the name ``name`` where it stands: "X, 23," / "X, 23." (the
    number between commas, or ending the sentence), "X (23)", or "23-year-old X"."""
    d = name.doc
    end = name.end
    if end + 1 < len(d) and d[end].text in (",", "("):
        age = _an_age(d[end + 1])
        after = d[end + 2].text if end + 2 < len(d) else "."
        closing = ")" if d[end].text == "(" else ","
        if age is not None and after in (closing, ".", ";"):
            return age
    before = d[name.start - 1] if name.start > 0 else None
    if before is not None and before.lower_ == "old":
        return _year_old_at(before)
    return None


def ages_written(sent: Span) -> set[str]:
    """Every age "N-year-old" the sentence writes, of anyone or of no one named."""
    return {a for t in sent if (a := _year_old_at(t)) is not None}


def age_described(noun: Token) -> str | None:
    """The age "a 22-year-old driver" gives the one its noun describes: the "N-year-old"
    that modifies ``noun``, else None."""
    for child in noun.children:
        if child.dep_ in ("amod", "compound", "nmod"):
            age = _year_old_at(child)
            if age is not None:
                return age
    return None
