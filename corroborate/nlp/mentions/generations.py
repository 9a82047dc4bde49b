"""A father and a son of one name, told apart by a word written after it: "Keith Pryce
senior, 61, and Keith Pryce junior, 34", then "Pryce junior is charged ...", "Pryce senior
said ...". NER takes the name without the word, so both men were one "Keith Pryce" and the
surname follow-ups went to whichever full name came last. The word (the lexicon's
``generation_suffixes``) is part of the name: the mention is widened over it and its name
ends with it, so the resolver keeps two people (their names differ in a word) and a
surname with the word stands for the full name with the same word.

Read after ``full_names`` (a surname's full name is known) and before the aliases ("Pryce
junior, who is known locally as Kip": the alias goes to the widened mention). A word that
modifies a noun after it ("Ali Khan senior counsel") is no suffix.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corroborate.lexicon.name_words import name_words
from corroborate.nlp import names
from corroborate.nlp.mentions.state import _FinderState, _with
from corroborate.records import Mention

if TYPE_CHECKING:
    from spacy.tokens import Token

__all__ = ["_Generations", "generation_suffix"]

_SUFFIXES = name_words().generation_suffixes


def generation_suffix(token: Token | None) -> bool:
    """Whether ``token``, right after a name, tells which of a father and son it is: a word
    of the lexicon's ``generation_suffixes`` that does not modify a noun after it."""
    if token is None or token.lower_.rstrip(".") not in _SUFFIXES:
        return False
    after = token.nbor(1) if token.i + 1 < len(token.doc) else None
    return not (after is not None and after.pos_ in ("NOUN", "PROPN") and token.head == after)


class _Generations(_FinderState):
    def _generations(self) -> None:
        """Widen each person's name over a generation word after it; give a surname with
        the word the full name with the same word; add such a surname NER missed."""
        suffixed: list[tuple[int, str, str]] = []  # (start, full name, suffix)
        short: list[tuple[int, Token]] = []  # one-word names with a suffix after them
        for i, m in enumerate(self.out):
            suffix = self._suffix_after(m)
            if m.type != "person" or suffix is None:
                continue
            if len(names.words(m.text)) >= 2:
                name = f"{m.name} {_word(suffix)}"
                suffixed.append((m.start, name, suffix.lower_.rstrip(".")))
                self.out[i] = _widened(m, suffix, name)
            else:
                short.append((i, suffix))
        for i, suffix in short:
            m = self.out[i]
            bearer = _bearer(suffixed, names.words(m.text)[0], suffix, m.start)
            self.out[i] = _widened(m, suffix, bearer or f"{m.name} {_word(suffix)}")
        self._untagged_generations(suffixed)

    def _suffix_after(self, m: Mention) -> Token | None:
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        if span is None or span.end >= len(self.doc):
            return None
        token = self.doc[span.end]
        return token if generation_suffix(token) else None

    def _untagged_generations(self, suffixed: list[tuple[int, str, str]]) -> None:
        """ "Pryce junior" opening a paragraph, tagged by NER as nothing: a capitalised
        word before a generation word, a word of a full name with that word."""
        if not suffixed:
            return
        taken = [(m.start, m.end) for m in self.out]
        for token in self.doc[:-1]:
            suffix = self.doc[token.i + 1]
            # the tagger may make the surname anything ("Amble" an adjective): a capitalised
            # word of a full name with the same suffix is enough
            if (
                not token.is_alpha
                or not token.text[:1].isupper()
                or not generation_suffix(suffix)
                or any(s <= token.idx < e for s, e in taken)
            ):
                continue
            name = _bearer(suffixed, token.lower_, suffix, token.idx)
            if name is None:
                continue
            end = suffix.idx + len(suffix.text)
            self.out.append(
                Mention(token.idx, end, self.text[token.idx : end], "person", name, "PERSON")
            )


def _word(suffix: Token) -> str:
    return suffix.text.rstrip(".")


def _widened(m: Mention, suffix: Token, name: str) -> Mention:
    end = suffix.idx + len(_word(suffix))
    return _with(m, end=end, text=suffix.doc.text[m.start : end], name=name)


def _bearer(suffixed: list[tuple[int, str, str]], word: str, suffix: Token, at: int) -> str | None:
    """The full name with ``suffix`` that has ``word``: the latest before ``at``, else the
    first after."""
    fits = [
        (start, name)
        for start, name, s in suffixed
        if s == suffix.lower_.rstrip(".") and word.lower() in names.words(name)
    ]
    before = [name for start, name in fits if start < at]
    return before[-1] if before else (fits[0][1] if fits else None)
