"""Names that stand for members of an organisation, or for no party where they stand.

"13 workers of the MQM", "MQM workers", "the party's activists": an organisation's members,
as a group (``_members``), whom a later list may name (``counted_members``,
``without_groups_named``). A name that only modifies a noun ("MQM's deputy convener X", "the
16 PAC men": whose they are, ``modifies``, ``owns``), the body a member noun belongs to ("a
leader of the banned organisation Y") and a people used as a common noun ("the American",
"all ethnic Somalis": ``a_people``) are no party themselves. ``Naming`` asks these.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from spacy.tokens import Doc, Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.one_member import one_unnamed_member
from corroborate.nlp.grammar import one_person_placed
from corroborate.records import Claim, Mention

__all__ = ["MembersNamed", "a_people", "common", "modifies", "owns"]


class MembersNamed:
    """Members of an organisation, and names that stand for no party where they stand."""

    doc: Doc
    lex: LegalLexicon
    by_token: dict[int, Mention]
    groups_named: set[tuple[str, str]]
    _full_name: Callable[[str, int], str]  # ``FullNames``'s

    def no_party(self, token: Token, m: Mention) -> bool:
        """Whether the name ``m`` (at ``token``) names no party where it stands: an
        organisation that modifies a noun ("MQM's deputy convener X", "MQM worker X", "the 16
        PAC men": whose they are; the party is X, or the group of members), or a people
        used as a common noun (``a_people``)."""
        if one_unnamed_member(token, m):  # "a Marine was found guilty": one unnamed member
            return True
        return (m.type == "organization" and modifies(token, m)) or a_people(token, m)

    def described_in_passing(self, token: Token, m: Mention) -> bool:
        """Whether a name the descriptions find ("suspect X", "X, a militant") is described
        in passing, not as a party: an organisation a member noun belongs to ("X, a leader
        of the banned militant organisation Y": Y is X's affiliation, and "militant" is
        said of it there), or a people (``a_people``). Not an organisation that modifies
        the noun after it: the descriptions read "al Shabaab gunmen" as its members, and
        ``_name_at`` does not ask this of a name after "of" ("members of the X, which
        denied ...": the relative clause is the organisation's)."""
        if m.type == "organization" and self._body_of_members(token, m):
            return True
        return a_people(token, m)

    def _body_of_members(self, token: Token, m: Mention) -> bool:
        """Whether the organisation ``m`` is the body a member noun belongs to: "a leader of
        the MQM", "a leader of the banned militant organisation Y" (the name in apposition
        to, or compounded with, the common noun the preposition governs)."""
        span = self.doc.char_span(m.start, m.end, alignment_mode="expand")
        noun = span.root if span is not None and len(span) else token
        while noun.dep_ in ("appos", "compound") and noun.head.pos_ == "NOUN":
            noun = noun.head  # "the organisation Y" -> "organisation"
        of = noun.head
        return (
            noun.dep_ == "pobj"
            and of.lower_ == "of"
            and of.head.lemma_.lower() in self.lex.member_nouns
        )

    def counted_members(self, draft: Draft) -> list[Named]:
        """The counted groups of members a ruling is on ("sentenced the 16 PAC men", "13
        workers of the MQM"): people the sentence counts but does not name, whom a later
        list may name (as "sentenced 16 policemen", ``Draft.unnamed_plural``)."""
        out: list[Named] = []
        for role, n in draft.parties.values():
            if role != "accused" or n.members is None:
                continue
            span = self.doc.char_span(n.start, n.end, alignment_mode="expand")
            if span is not None and any(t.pos_ == "NUM" for t in span):  # however parsed
                out.append(n)
        return out

    def without_groups_named(self, claims: list[Claim]) -> list[Claim]:
        """``claims`` less the groups of members a later list named (``groups_named``): the
        people listed are the accused, the organisation whose members they are is not."""
        if not self.groups_named:
            return claims
        out: list[Claim] = []
        for claim in claims:
            kept = tuple(
                p for p in claim.participants
                if p.members is None or (p.name, p.members) not in self.groups_named
            )  # fmt: skip
            if kept:
                out.append(
                    claim if kept == claim.participants else replace(claim, participants=kept)
                )
        return out

    def _members(self, noun: Token) -> Named | None:
        """ "13 workers of the MQM", "MQM workers", "the party's activists": members of an
        organisation, as a group; one member in apposition with a name ("a worker of the
        PRP, X alias Y, confessed", "sentenced X, a former PRP worker") is that person."""
        if noun.tag_ == "NN":
            beside = [c for c in noun.children if c.dep_ == "appos"]
            beside += [noun.head] if noun.dep_ == "appos" else []
            for phrase in beside:
                named = self._person_in(phrase)
                if named is not None:
                    return named
        if one_person_placed(noun, self.lex.people_nouns):
            return None  # "a Bellevue man": one unnamed person, named later if at all
        owners = [c for c in noun.children if c.dep_ in ("compound", "poss", "nmod")]
        owners += [p for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
                   for p in c.children if p.dep_ == "pobj"]  # fmt: skip
        if noun.dep_ == "appos" and noun.tag_ == "NNS":
            owners.append(noun.head)  # "the 18 Harbour Force (HF) men", "men" in apposition
        for owner in owners:
            m = self.by_token.get(owner.i)
            apposed = owner.i == noun.head.i  # only if the name is written right before it
            if m is not None and m.type == "organization" and (not apposed or modifies(owner, m)):
                first = min([noun, *[t for t in noun.subtree if t.i < noun.i]], key=lambda t: t.i)
                first = min(first, owner.left_edge, key=lambda t: t.i)
                return Named(m.name, first.idx, noun.idx + len(noun.text), noun.lower_)
        return None

    def _person_in(self, phrase: Token) -> Named | None:
        """The first person a phrase names, by the mentions."""
        for t in phrase.subtree:
            m = self.by_token.get(t.i)
            if m is not None and m.type == "person":
                return Named(self._full_name(m.name, m.start), m.start, m.end)
        return None


def owns(token: Token, m: Mention) -> bool:
    """Whether the name ``m`` (at ``token``) is a possessive: "X's murder"."""
    after = next((t for t in token.doc[token.i : token.i + 8] if t.idx >= m.end), None)
    return after is not None and after.tag_ == "POS"


def modifies(token: Token, m: Mention) -> bool:
    """Whether the name ``m`` (at ``token``) modifies a noun after it."""
    root = next((t for t in token.doc[token.i : token.i + 8] if t.idx >= m.end), None)
    if owns(token, m):
        return True  # "the MQM's deputy convener", however the parser attached it
    # The word of the name that hangs outside it, whatever hangs its other words together:
    # "the 16 Provincial Armed Constabulary (PAC) men" is parsed with "Provincial" a
    # modifier of "Constabulary", and "Constabulary" of "men".
    head = token
    while head.head.i != head.i and (
        m.start <= head.head.idx < m.end
        or (head.dep_ in ("compound", "flat") and head.head.idx < m.end)
    ):
        head = head.head
    if head.dep_ in ("poss", "compound", "nmod", "amod") and (
        root is not None and head.head.idx >= m.end
    ):
        return True
    # "the 18 Harbour Force (HF) men" parsed with "men" in apposition to the name (and the
    # acronym to it): the common noun written right after the name is what it modifies
    noun = _word_after(token, m)
    return (
        noun is not None
        and noun.pos_ == "NOUN"
        and noun.is_lower
        and noun.dep_ == "appos"
        and noun.head.i in (head.i, head.head.i)
    )


def _word_after(token: Token, m: Mention) -> Token | None:
    """The first word after the name ``m`` (at ``token``), past an acronym in brackets ("X
    (ACR) men")."""
    after = [t for t in token.doc[token.i : token.i + 16] if t.idx >= m.end][:5]
    i = 0
    if i < len(after) and after[i].text == ")":
        i += 1  # the name is the acronym: "(HF) men"
    elif len(after) >= 3 and after[0].text == "(" and after[2].text == ")":
        i += 3
    return after[i] if i < len(after) else None


def a_people(token: Token, m: Mention) -> bool:
    """Whether the name ``m`` (at ``token``) is a nationality or a people used as a common
    noun ("the American and X were convicted", "all ethnic Somalis"): never one party
    ("Rajan and Mira Kohli" stay names)."""
    return m.label == "NORP" and m.type == "organization" and common(token)


def common(token: Token) -> bool:
    """Whether a name is used as a common noun: with an article or an adjective ("the
    American", "ethnic Somalis"), as an adjective itself ("her Italian friend"), or in the
    plural ("blaming Mexicans"): a people, never one party."""
    if token.dep_ == "amod" or token.tag_ in ("NNS", "NNPS"):
        return True
    return any(c.dep_ in ("det", "amod") for c in token.children)
