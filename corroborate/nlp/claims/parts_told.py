"""The parts other than accused a report gives each name (victim, witness, judge, relative ...),
and so whom a description may not stand for: "the driver" in a road-crash report may be the
dead. A person described only as someone's relative ("his uncle, retired postmaster X,
shouted at the family") is no one of another part of the case: a relative may be accused,
and "the former postmaster remains at large" is him - but the victim's kin ("Bilal's father,
X") is the other side's. Split out of ``described_people.py`` (branch spl78) as it was.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Span, Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.draft import Draft
from corroborate.records import Mention

__all__ = ["PartsTold"]

# The parts a name may be given and still be the one a court acts on: a police officer, a
# relative or an office holder may be remanded, bailed, declared an absconder or tried
# themselves ("ASI X was not in the dock: the court declared him a proclaimed offender").
# Not a judge, a prosecutor or counsel, whose part is in the proceeding, nor a victim or a
# witness, whom the report casts as the other side.
_PARTS_RULED_ON = frozenset({"investigator", "relative", "official"})


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
    _descriptions: Callable[[Span, list[Draft]], list[Draft]]  # ``Descriptions``'

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

    def _told_in_ruled_parts(self, name: str, parts_here: set[str]) -> bool:
        """Whether ``name`` is told in other parts than accused, before or here
        (``parts_here``), only in parts a court may still rule on: a police officer's, a
        relative's, an office holder's (``_PARTS_RULED_ON``)."""
        parts = self.parts_told.get(name, set()) | parts_here
        return bool(parts) and parts <= _PARTS_RULED_ON

    def _parts_described(self, name: str, sent: Span) -> set[str]:
        """The parts other than accused the descriptions of ``sent`` give ``name`` ("the
        airport police officer, X": investigator)."""
        return {
            role for d in self._descriptions(sent, []) for role, n in d.parties.values()
            if role != "accused" and n.name == name
        }  # fmt: skip

    def _ruled_on_here(self, draft: Draft, drafts: list[Draft]) -> set[str]:
        """The names a court step's pronouns were read as that stay its parties although the
        report gives them another part, of the sentence's ``drafts`` (the reader drops a
        pronoun read as someone told apart): a name told only in parts a court may still rule
        on (``_told_in_ruled_parts``) that the report accuses - before this sentence, or by
        its own name in it. "ASI X was not in the dock: the court declared him a proclaimed
        offender" after the charge was read to ASI X; "X, the trader police had sought since
        April, was arrested and produced before a magistrate, who sent him to jail". Never
        one told only as an officer and accused by no one ("Inspector Y said the magistrate
        had remanded him")."""
        if draft.kind != "ruling":
            return set()
        accused_before = self.accused_so_far | {
            n.name for d in drafts for role, n in d.parties.values()
            if role == "accused" and not n.resolved
        }  # fmt: skip
        out: set[str] = set()
        for role, n in draft.parties.values():
            if role != "accused" or not n.resolved:
                continue
            parts_here: set[str] = {
                r for d in drafts for r, m in d.parties.values()
                if r != "accused" and m.name == n.name
            }  # fmt: skip
            if self._told_in_ruled_parts(n.name, parts_here) and n.name in accused_before:
                out.add(n.name)
        return out
