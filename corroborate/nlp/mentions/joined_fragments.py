"""One person's name NER cut in two: "Md Meftahul" + "Islam Jeon", two person names with
nothing between them, or a first name NER typed a place or an organisation right before the
person's name it opens ("Nusrat" + "Jahan"). The finder joins them before it adds the names
NER missed.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corroborate.lexicon.first_names import is_first_name
from corroborate.nlp import names
from corroborate.nlp.mentions.span_joins import joined_neighbours

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["_joined_fragments"]


def _joined_fragments(spans: list[Span]) -> list[Span]:
    """ "Md Meftahul" + "Islam Jeon": two person names with nothing between them are one
    name NER cut in two (a list always has a comma or a conjunction between its names)."""
    return joined_neighbours(spans, _cut_in_two, "PERSON")


def _cut_in_two(last: Span, span: Span) -> bool:
    """A person's name right after another person's name, or after its own first name NER
    typed something else, with nothing between them."""
    return (
        last.end == span.start
        and span.label_ == "PERSON"
        and (last.label_ == "PERSON" or _first_name_mistyped(last, span))
    )


def _first_name_mistyped(word: Span, person: Span) -> bool:
    """ "Nusrat" typed a place right before "Jahan" typed a person: a one-word name the name
    library knows as a first name, no acronym ("PTI Imran Khan" is a party and its leader),
    that hangs on the person's name as a compound is its first name. So are the given names
    NER cut off and typed an organisation ("Md Shafiqul" + "Islam Chowdhury"): proper nouns
    in title case, the first a first name, none a body's or a place's head word ("Awami
    League Kamal Uddin" stays two), the last hanging on the person's name."""
    token = word[-1]
    return (
        is_first_name(word[0].text)  # "Chief Justice of Pakistan Saqib Nisar": a country
        and all(_given_name_word(t) for t in word)
        and token.dep_ in ("compound", "flat")
        and token.head.i in range(person.start, person.end)
    )


def _given_name_word(token: Token) -> bool:
    """A word that can be one of a person's given names: a proper noun in title case, no
    acronym, no organisation's or place's head word."""
    return (
        token.pos_ == "PROPN"
        and token.text[:1].isupper()
        and not names.is_acronym(token.text)
        and token.lower_ not in names.ORG_HEADS
        and token.lower_ not in names.PLACE_HEADS
    )
