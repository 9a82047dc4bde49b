"""The full name a relative clause gives a short or street name: "Kalu, whose real name is
Imtiaz Ahmed", "a man known only as Pappu, whose full name the FIR gives as Naveed Anjum".

The report follows a man by the name the street knows him by and says once who he is; both
names are his. Read from the parse: "whose" owning the noun the lexicon gives for a name
("name", ``true_name_words``) with one of its adjectives ("real", "full"), in a relative
clause that holds a person's name after that noun (the full name) and hangs on a proper
noun, or on a noun in apposition to one ("the gang leader, Chhota Don, whose actual name
is ..."), the short name. The full name takes the short name as its alias, and the short
name's mention (one is made where NER left it untagged) stands for the full name, so that
what the report tells of either is told of one person.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corroborate.lexicon.name_words import name_words
from corroborate.nlp.mentions.state import _FinderState, _with
from corroborate.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Span, Token

__all__ = ["_TrueNames"]

_WORDS = name_words()


class _TrueNames(_FinderState):
    def _true_names(self) -> None:
        """Each "X, whose real name is Y": Y's mention gets X as its alias, X's stands
        for Y."""
        for token in self.doc:
            if token.tag_ != "WP$" or not _true_name_noun(token.head):
                continue
            clause = _clause_of(token.head)
            short = _short_name(token) if clause is not None else None
            if clause is None or short is None:
                continue
            after = token.head.idx
            full = next((i for i, m in enumerate(self.out) if m.type == "person"
                         and after < m.start < clause.end_char
                         and len(m.name.split()) >= 2), None)  # fmt: skip
            if full is None:
                continue
            name = self.out[full].name
            self.out[full] = _with(self.out[full], alias=short.text, alias_kind="alias")
            held = [i for i, m in enumerate(self.out) if m.start < short.end_char
                    and short.start_char < m.end]  # fmt: skip
            for i in held:
                self.out[i] = _with(self.out[i], type="person", name=name)
            if not held:
                self.out.append(Mention(short.start_char, short.end_char, short.text,
                                        "person", name, "alias"))  # fmt: skip
        self.out.sort(key=lambda m: (m.start, m.end))


def _true_name_noun(noun: Token) -> bool:
    """ "real name", "full name": the lexicon's noun with one of its adjectives."""
    return noun.lemma_.lower() in _WORDS.true_name_nouns and any(
        c.dep_ == "amod" and c.lower_ in _WORDS.true_name_adjectives for c in noun.children
    )


def _clause_of(noun: Token) -> Span | None:
    """The relative clause the noun is part of, or None."""
    verb = noun
    while verb.dep_ != "relcl" and verb.head.i != verb.i:
        verb = verb.head
    if verb.dep_ != "relcl":
        return None
    return noun.doc[noun.i : verb.right_edge.i + 1]


def _short_name(whose: Token) -> Span | None:
    """The proper noun (with the proper nouns before it that hang on it) right before the
    comma before "whose": the name the clause is about."""
    doc = whose.doc
    if whose.i < 2 or doc[whose.i - 1].text != ",":
        return None
    last = doc[whose.i - 2]
    if last.pos_ != "PROPN" or not last.text[:1].isupper():
        return None
    first = last
    while first.i > 0 and doc[first.i - 1].pos_ == "PROPN" and doc[first.i - 1].head == last:
        first = doc[first.i - 1]
    return doc[first.i : last.i + 1]
