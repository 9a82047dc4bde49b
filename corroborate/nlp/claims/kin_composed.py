"""Kin a relative names through the one they are kin to: 'The FIR names X, his sons Y and Z
... X's brother, W, said: "My nephews were at a wedding that night"' - the brother's
nephews are X's sons, never X; so too "X's wife ... my sons" (X's sons: a wife's son is no
husband, ``kin_turn``). The lexicon's ``composed_kin`` tells which kin of X the speaker's
kin noun is ("brother" + "nephew": X's "son"); the report tells who they are where it named
them as X's own (``OwnKin._kin_told_as``). Asked by ``SpokenFor._kin_of`` before it takes
the speaker's owner for the one spoken of.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.draft import Named

__all__ = ["KinComposed"]


class KinComposed:
    """Whom "my nephews" of "X's brother" stands for: X's sons the report named."""

    lex: LegalLexicon
    _owners: Callable[..., list[Named]]
    _titled_owner: Callable[[Token], list[Named]]
    _is_person: Callable[[Named], bool]
    _kin_told_as: Callable[[set[str], frozenset[str], Token], list[Named]]

    def _kin_composed(self, relatives: list[Token], subject: Token) -> list[Named] | None:
        """The accused ``subject`` (the speaker's "my nephews", "her sons") names, where the
        speaker is a relative (one of ``relatives``: "X's brother") whose kin noun composes
        with it (``composed_kin``): the report's named kin of X by the composed noun ("his
        sons Y and Z"), [] where it named none - never X, whom the kin noun cannot be.
        None where no relative composes with it: read as before."""
        spoken = subject.lemma_.lower()
        composing = self.lex.composed_kin
        turns = [(k, composing.get(k.lemma_.lower(), {}).get(spoken)) for k in relatives]
        found: list[Named] = []
        composed = False
        for relative, lemmas in turns:
            if not lemmas:
                continue
            composed = True
            told = self._owners(relative) or self._titled_owner(relative)
            owners = {n.name for n in told if self._is_person(n)}
            if owners:
                found += self._kin_told_as(owners, lemmas, subject)
        return found if composed else None
