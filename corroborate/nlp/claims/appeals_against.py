"""Whose appeal a prosecution's appeal against an acquittal is, wherever "against" hangs.

"The court dismissed an appeal filed by the complainant, X, against the acquittal of Y" and
"the bench dismissed an appeal by the complainant against the acquittal of Y": the parser
hangs "against" on the appeal's participle ("filed") or on the noun of its "by" phrase ("the
complainant"), not on "appeal" itself. Such an appeal is the prosecution's, whoever filed
it: its dismissal leaves Y acquitted and upholds no conviction of the filer, as the appeal
with "against" on it already did (``Rulings._against_acquittal``).

``rulings.py`` is at its size limit, so the rule is a subclass that ``Settings`` builds on.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.rulings import Rulings

__all__ = ["AppealsAgainst"]

# The relations under which an appeal's filer hangs: "an appeal by X", "filed by X".
_BY = frozenset({"prep", "agent"})


def _by_objects(head: Token) -> list[Token]:
    """The nouns of ``head``'s "by" phrase: "an appeal by the complainant", "filed by X"."""
    return [
        o
        for c in head.children
        if c.dep_ in _BY and c.lower_ == "by"
        for o in c.children
        if o.dep_ == "pobj"
    ]


class AppealsAgainst(Rulings):
    """An appeal against an acquittal, read through its participle and its filer too."""

    def _against_acquittal(self, appeal: Token) -> bool:
        """ "the appeal against the acquittal of X"; and "the appeal filed by Y against the
        acquittal of X", "an appeal by Y against the acquittal of X" - "against" on the
        appeal's participle or on the filer the "by" phrase names."""
        if Rulings._against_acquittal(self, appeal):
            return True
        heads = [c for c in appeal.children if c.dep_ == "acl" and c.pos_ == "VERB"]
        heads += [o for h in (appeal, *heads) for o in _by_objects(h)]
        return any(Rulings._against_acquittal(self, h) for h in heads)
