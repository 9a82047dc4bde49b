"""A role noun counted past the first by an ordinal ("the third suspect, arrested last month in
Rahim Yar Khan, has confessed", "declared the fifth accused a proclaimed offender", "a team is
after the third accused") tells one more person beside those the report counted before it:
never the accused the report follows, whom ``Naming._name_read`` would otherwise give it.
Its name, where the report gives one, is apposed to it ("the third accused, X") and read
before this is asked."""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.numbers import number_words

__all__ = ["counted_apart"]

# "second" 2, "third" 3 ...: "the first accused" may be the one the report follows
_ORDINALS = {word: value for word, value in number_words().ordinal_values.items() if value > 1}


def counted_apart(head: Token) -> bool:
    """Whether the noun ``head`` is counted past the first by an ordinal modifier ("the
    third suspect", "the fifth accused")."""
    return any(c.dep_ in ("amod", "advmod", "nummod") and c.lower_ in _ORDINALS
               for c in head.children)  # fmt: skip
