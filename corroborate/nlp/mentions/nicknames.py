"""A nickname in quotes inside a name: Darnell "Shorty" Baptiste, Kwame 'Bigga' Mensah.

The small tagger reads such a name in pieces: nothing at all, the given name alone with the
nickname and the surname run into one work of art, or the whole with its quotes as the
name. The person is the given names and the surname; the quoted words are what people call
him, his alias. The name is read where its words stand as one: one or two given names, the
first one the name library knows (or a word NER typed a person), a quote, one to three
title-case words, the closing quote and one or two title-case words of a surname, nothing
between them. The span stays whole (the claim reader looks up its words by token), and it
takes the place of every span NER made over any of its words.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corroborate.lexicon.first_names import is_first_name
from corroborate.nlp import names
from corroborate.nlp.mentions.state import _FinderState, _with

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token

__all__ = ["_Nicknames", "nicknamed_names"]

# The marks that open and close a quoted nickname, straight or curly.
_OPEN = frozenset({'"', "“", "'", "‘"})
_CLOSE = frozenset({'"', "”", "'", "’"})
# NER's types of a place's or a people's name: a word of one keeps the run from being a
# name ("ORG" is no guard: the small tagger types a lone given name an organisation).
_PLACES = frozenset({"GPE", "LOC", "FAC", "NORP"})


def _name_token(token: Token) -> bool:
    """A word of a name: title case, all letters (a hyphen inside allowed), no title
    ("Insp", "Dr") and no body's or place's head word ("Court", "District")."""
    text = token.text
    return (
        text[:1].isupper()
        and text.replace("-", "").isalpha()
        and not names.is_acronym(text)
        and text.lower() not in names.TITLES
        and text.lower() not in names.ORG_HEADS
        and text.lower() not in names.PLACE_HEADS
    )


def _nickname_at(doc: Doc, start: int) -> tuple[int, int, int] | None:
    """For the opening quote at ``start``: (first nickname word, closing quote, end of the
    surname) when title-case words, a closing quote and a surname follow, else None."""
    if doc[start].text not in _OPEN:
        return None
    close = start + 1
    while close < min(start + 4, len(doc)) and _name_token(doc[close]):
        close += 1
    if close == start + 1 or close >= len(doc) or doc[close].text not in _CLOSE:
        return None
    end = close + 1
    while end < min(close + 3, len(doc)) and _name_token(doc[end]) and doc[end].tag_ != "NNPS":
        end += 1
    if end < len(doc) and doc[end].text[:1].isupper():
        return None  # the capitals go on past a surname ("Supporters Club", "Union")
    return (start + 1, close, end) if end > close + 1 else None


def nicknamed_names(doc: Doc) -> list[Span]:
    """Every "Given "Nick" Surname" span of ``doc`` (see the module's note)."""
    out: list[Span] = []
    for t in doc:
        found = _nickname_at(doc, t.i)
        # the quote opens after a space and hugs its first word ("Jones' car" is no quote)
        if found is None or t.i == 0 or not doc[t.i - 1].whitespace_ or t.whitespace_:
            continue
        first = t.i
        while first > max(t.i - 2, 0) and _name_token(doc[first - 1]):
            first -= 1
        if first == t.i:
            continue
        given = doc[first : t.i]
        # A title-case headline ("Court Frees "Lucky" Man") is no name: the first word is a
        # first name the library knows, or NER saw a person in one of the words.
        _, _, end = found
        if not is_first_name(given[0].text) and not any(
            x.ent_type_ == "PERSON" for x in doc[first:end]
        ):
            continue
        if any(x.ent_type_ in _PLACES for x in doc[first:end]):
            continue  # Kingston "Sound" Stadium: NER saw a place
        span = doc[first:end]
        span.label_ = "PERSON"
        out.append(span)
    return out


class _Nicknames(_FinderState):
    def _nicknamed_people(self, spans: list[Span]) -> list[Span]:
        """``spans`` with each quoted-nickname name in place of the spans NER made over any
        of its words ("Kwame" + 'Bigga" Mensah of murder on')."""
        found = nicknamed_names(self.doc)
        if not found:
            return spans
        kept = [s for s in spans if not any(s.start < n.end and n.start < s.end for n in found)]
        return kept + found

    def _inner_nicknames(self) -> None:
        """A person's mention with a quoted nickname inside: the name is the words outside
        the quotes, the alias the words inside."""
        for i, m in enumerate(self.out):
            if m.type != "person" or m.alias:
                continue
            span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
            if span is None:
                continue
            for t in span:
                found = _nickname_at(self.doc, t.i)
                if found is None or t.i == span.start:
                    continue
                lo, close, end = found
                if end > span.end:
                    break
                outside = [x.text for x in span if x.i < t.i or x.i > close]
                nickname = " ".join(x.text for x in self.doc[lo:close])
                name = names.clean(" ".join(names.strip_titles(outside)))
                self.out[i] = _with(m, name=name, alias=nickname, alias_kind="alias")
                break
