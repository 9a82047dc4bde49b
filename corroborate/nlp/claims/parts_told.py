"""The parts other than accused a report gives each name (victim, witness, judge, relative ...),
and so whom a description may not stand for: "the driver" in a road-crash report may be the
dead. A person described only as someone's relative ("his uncle, retired postmaster X,
shouted at the family") is no one of another part of the case: a relative may be accused,
and "the former postmaster remains at large" is him - but the victim's kin ("Bilal's father,
X") is the other side's. Split out of ``described_people.py`` (branch spl78) as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.draft import Draft
from corroborate.records import Mention

__all__ = ["PartsTold"]


class PartsTold:
    """The parts other than accused each name has been given; a mixin of
    ``DescribedPeople``."""

    lex: LegalLexicon
    by_token: dict[int, Mention]
    described: set[str]  # the names described as someone other than an accused
    described_here: set[str]  # the same, of the sentence being read
    accused_so_far: set[str]
    # The parts other than accused each name has been given (whom a description may not
    # stand for). Set by ``Reader``.
    parts_told: dict[str, set[str]]
    _person_full_name: Callable[[Mention], str]  # ``FullNames``'

    def remember_parts(self, drafts: list[Draft]) -> None:
        """Remember the parts other than accused this sentence gives each name."""
        victims = self.described | {
            n.name for d in drafts for role, n in d.parties.values() if role == "victim"
        }
        for d in drafts:
            for role, n in d.parties.values():
                if role != "accused" and n.members is None:
                    self.parts_told.setdefault(n.name, set()).add(role)
                if role == "relative" and self._owned_by_victim(d.cue, victims):
                    # "Bilal's father, X", "the victim's brother, X": the other side's kin,
                    # never an alleged deed's doer by being only a relative (``AllegedDeeds``)
                    self.parts_told.setdefault(n.name, set()).add("victim's relative")

    def _owned_by_victim(self, kin: Token, victims: set[str]) -> bool:
        """Whether the kin noun ``kin`` is owned by a victim: a noun for the victim ("the
        victim's brother") or a name among ``victims`` ("Bilal's father")."""
        for owner in (c for c in kin.children if c.dep_ == "poss"):
            if owner.lemma_.lower() in self.lex.victim_words:
                return True
            m = self.by_token.get(owner.i)
            if m is not None and m.type == "person" and self._person_full_name(m) in victims:
                return True
        return False

    def _cast_apart(self) -> set[str]:
        """The names described as someone other than an accused and not read as accused:
        the victim, a witness, the judge ... - not a relative only, who may be accused."""
        kin_only = {n for n, parts in self.parts_told.items() if parts == {"relative"}}
        return (self.described | self.described_here) - self.accused_so_far - kin_only
