"""A title written capitalised as a word of a person's name that describes the person, so that
the report may call them by it later: "Guru Karim Bakhsh Qazi ... the gunman and the guru are
absconding"; "Master X ... the master"; "Alkalo Ebrima Jatta ... the alkalo". A title is kept
only where the report also writes the word in lower case as a common noun, its own sign that
the word describes (a given name is not so written). ``DescribedPeople.remember_described``
remembers such a title as it does a noun before the name. Split out of
``described_people.py`` (branch spl78) as it was.
"""

from __future__ import annotations

from spacy.tokens import Doc, Span

from corroborate.nlp.claims.description_nouns import (
    BODIES_AND_PLACES,
    NAME_DEPS,
    TITLES,
    noun_key,
)
from corroborate.nlp.claims.rank_told import RANKS

__all__ = ["WrittenTitles"]


class WrittenTitles:
    """The titles a name is written with that describe its person; a mixin of
    ``DescribedPeople``."""

    doc: Doc

    def _titles_written(self, name: Span) -> set[str]:
        """The titles the name ``name`` is written with that describe it: "his coach, Guru X
        ... the guru" - a title the report also writes as a common noun in lower case, the
        reader's cue that it describes; both the name's first word and the one before it
        are asked ("Head Warder Allah Ditta X": "allah" is no common noun, "warder" is)."""
        titles = {_title_word(name), _title_before(name)}
        return {t for t in titles if t is not None and t in self._common_nouns()}

    def _common_nouns(self) -> frozenset[str]:
        """The document's words written in lower case as common nouns, as remembered: a
        proper noun too, as the tagger makes a loanword it does not know in a co-ordination
        ("the qari and his nephew"), which, written in lower case, names no one."""
        return frozenset(
            noun_key(t) for t in self.doc if t.is_lower and t.pos_ in ("NOUN", "PROPN")
        )


def _title_word(name: Span) -> str | None:
    """The first word of a name of three words or more, lower-cased, where it may be a title
    the name is written with ("Guru Karim Bakhsh Qazi": "guru"): the caller keeps it only
    where the report also writes it in lower case as a common noun ("the guru"), which a
    given name is not (the name library holds such titles as "Master" as given names too)."""
    if len(name) < 3 or not name[0].is_title or not name[0].is_alpha:
        return None
    word = name[0]
    if word.lower_ in TITLES | BODIES_AND_PLACES or name[1].is_lower:
        return None
    return word.lower_


def _title_before(name: Span) -> str | None:
    """The capitalised word right before a name that the mentions left out of it but the
    parser hangs on it as a word of it ("Alkalo Ebrima Jatta", "Chief Musa Sowe"),
    lower-cased: a title the name is written with, kept (as ``_title_word``'s) only where
    the report also writes it in lower case as a common noun ("the alkalo")."""
    if name.start == 0:
        return None
    word = name.doc[name.start - 1]
    # (or a word in lower case NER took into the person's name: "patwari X")
    folded = word.is_lower and word.ent_type_ == "PERSON"
    if not word.is_alpha or not (word.is_title and word.pos_ == "PROPN" or folded):
        return None
    if word.dep_ not in NAME_DEPS or not name.start <= word.head.i < name.end:
        return None
    # a title the mentions strip ("Alkalo", "Chief") is what such a word most often is; a
    # rank is remembered apart, with its own guards (``remember_ranks``)
    return None if word.lower_ in BODIES_AND_PLACES or word.lower_ in RANKS else word.lower_
