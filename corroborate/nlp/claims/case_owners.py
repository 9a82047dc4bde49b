"""Whom a verdict is on when the report names them by their case: "Judge Y entered a not
guilty verdict in his case", "a verdict of not guilty was entered in the case of X" - the
owner of the case noun (``charge_nouns``: "case", "trial") of the verdict verb's "in"
phrase, as British courts record a verdict the prosecution no longer contests.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.parties import Parties
from corroborate.nlp.grammar import prep_objects

__all__ = ["CaseOwners"]


class CaseOwners(Parties):
    """The owner of the case a verdict is entered in."""

    def _case_owners(self, verb: Token, noun: Token) -> list[Named]:
        """The owners of the case noun in the "in" phrase of ``verb`` or of its verdict
        ``noun`` ("entered a verdict in his case"); none for other "in" phrases ("in May",
        "in court")."""
        cases = [o for h in (verb, noun) for o in prep_objects(h, ("in",))
                 if o.lemma_.lower() in self.lex.charge_nouns]  # fmt: skip
        return [n for c in cases for n in self._owners(c) if self._is_person(n)]
