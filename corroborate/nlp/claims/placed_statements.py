"""Whose a statement is where it is a confession by where it was made ("X's statement before
the magistrate", "the police-station admission attributed to X": ``claims.placed_setting``) -
an owner the report accuses, or the client of the lawyer who speaks of it.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.counsel import Counsel
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.placed_setting import placed_setting

__all__ = ["PlacedStatements"]

_OF = frozenset({"of"})  # "the statement of X": no other preposition names its owner
_GIVERS = frozenset({"nsubj"})  # the active subject of a clause that gives the statement


class PlacedStatements(Counsel):
    """Whose a statement is, where it is a confession by where it was made."""

    def _placed_statement_owners(self, noun: Token) -> list[Named]:
        """The owners of a statement noun that ``placed_setting`` sets in custody or before a
        court, who are people the report accuses: its possessive ("X's"), "of X", or
        "attributed to X" (a clause the report hangs on a confession it only reports: "the
        admission attributed to X"); "his client's" is the client of the lawyer the sentence
        names (``Counsel._clients_own``: a lawyer's client in a criminal case is accused).
        None for a statement with no such phrase, nor for a witness's ("the complainant's
        statement before the magistrate")."""
        if placed_setting(noun, self.lex) is None:
            return []
        clients = self._clients_own(noun)
        if clients:
            return clients
        # whose it is, as for any noun (``Parties._owners``): "X's", "of X", and by a
        # participle only "attributed to X" - a statement given to X is not X's
        owners = self._owners(noun, _OF, self.lex.attribution_verbs)
        # "a warning statement X made to detectives": the subject of its relative clause of
        # giving (a clause on the noun with a subject of its own; never a participle's "by"
        # agent, who took it down)
        givers = self.lex.confession_givers | self.lex.recording_verbs
        owners = owners or [
            n for c in noun.children
            if c.dep_ in ("relcl", "acl") and c.lemma_.lower() in givers
            for n in self._names_of_children(c, _GIVERS)
        ]  # fmt: skip
        return [n for n in owners if self._is_person(n) and n.name in self.accused_so_far]
