"""The speaker's own kin: 'X said he had been in Lahore. "My sons were with me at a
wedding," he said' - "my sons" in X's words are the people the report named as X's sons
before ("X and his sons Y and Z were charged"): a kin noun owned by X whose names stand in
apposition to it. Asked by ``SpokenFor._kin_of`` where the speaker is no one's kin the
report told (a mother's "my son" is whom she is the mother of, read there first).
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Named

__all__ = ["OwnKin"]


class OwnKin:
    """Whom a speaker's "my sons", "our boys" stands for: the kin the report named as theirs."""

    accused_so_far: set[str]
    _names: Callable[[Token], list[Named]]
    _is_person: Callable[[Named], bool]

    def _speakers_own_kin(self, subject: Token, speaker: Token) -> list[Named]:
        """The accused named before as the speaker's kin of the subject's noun ("his sons
        Y and Z", "his son, Y"), for a kin noun the speaker owns in the first person ("my
        sons", "our son"). Only accused: a father's "my son was killed" of the victim is
        no one's denial, and the names the report gave are the ones it accuses or not."""
        owner = next((c for c in subject.children if c.dep_ == "poss"), None)
        if owner is None or owner.morph.get("Person", []) != ["1"]:
            return []
        speakers = {n.name for n in self._names(speaker) if self._is_person(n)}
        if not speakers:
            return []
        return self._kin_told_as(speakers, frozenset({subject.lemma_.lower()}), subject)

    def _kin_told_as(self, owners: set[str], lemmas: frozenset[str], subject: Token) -> list[Named]:
        """The accused the report named before ``subject``'s sentence as the kin of one of
        ``owners`` by a noun of ``lemmas`` ("his sons Y and Z", "Y, his son"), placed where
        ``subject`` names them; never one of ``owners``."""
        # the kin read where the speaker's word names them
        where = (subject.idx, subject.idx + len(subject.text))
        found: dict[str, Named] = {}
        for noun in subject.doc[: subject.sent.start]:
            if noun.lemma_.lower() not in lemmas:
                continue
            held = [c for c in noun.children if c.dep_ == "poss"]
            if not any(n.name in owners for o in held for n in self._names(o)):
                continue
            # "his sons Y and Z": the names in apposition, with their conjuncts
            told = [n for c in noun.children if c.dep_ == "appos" for n in self._names(c)]
            if noun.dep_ == "appos":
                # "Y, his son": the name the noun is the apposition of - its own words only,
                # never the list it heads ("X, owner of a shop, his sons Y and Z, ...": X)
                head = noun.head
                told += [n for n in self._names(head) if n.start <= head.idx < n.end]
            for n in told:
                if self._is_person(n) and n.name in self.accused_so_far - owners:
                    found.setdefault(n.name, Named(n.name, *where))
        return list(found.values())
