"""Whom a relative's "his son" or "her brother" stands for: the one whose relative the
speaker is, where the two kin nouns are each other's turn.

"Zulfi's father, Ghulam Qadir, said his son had been picked up": the speaker is Zulfi's
father, and a father's son is Zulfi. An earlier "his son, Y" of the report named *another*
man's son (the victim's), so "his son" read back to the one person named with that noun
(``KinReadBack._kin_told``) made the victim's son an accused. The kin noun remembers whose
kin it is here: its owner is the speaker ("his", the speaker's own), and the speaker is
the kin of the owner of the speaker's noun ("Zulfi's father"); the two nouns turn back
(``kin_turn.kin_turns_back``: a father's son, a brother's brother, a wife's husband) to
that owner. "The victim's brother said his brother had been threatened" is the victim.

Only where the noun is owned by a he or she in the words the relative reports (``ccomp``
of the saying verb whose subject is the owned kin noun, or a name apposed to it), and the
reported words name no person before it ("X's father said Y had beaten his son": Y's son,
maybe). A pair of nouns that does not turn back ("X's wife said her son") is left to the
reading it had. Where the owner is several people, or none the report named, the noun names
no one rather than the son of another family.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.clause_subjects import subjects_before
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.claims.kin_turn import kin_turns_back
from corroborate.nlp.speakers import ONE_PERSON_PRONOUNS
from corroborate.records import Mention

__all__ = ["KinReciprocal", "TurnedKin"]

_SAYING = kinds_lexicon().reporting_cues


class TurnedKin:
    """The reading of a relative's kin noun that turns back to the speaker's owner:
    ``owner`` is whom it names, None where it names no one (the owner not one person)."""

    __slots__ = ("owner",)

    def __init__(self, owner: Named | None) -> None:
        self.owner = owner


class KinReciprocal:
    """The owner a relative's own kin noun turns back to; the state is ``Naming``'s and
    ``_owners`` is ``Owners``'."""

    lex: LegalLexicon
    by_token: dict[int, Mention]
    _owners: Callable[..., list[Named]]

    def _kin_turned(self, noun: Token) -> TurnedKin | None:
        """The reading of ``noun`` ("his son") in the words of a relative of someone
        ("Zulfi's father, Y, said"), where the speaker's noun and this one turn back:
        ``TurnedKin`` with the owner (Zulfi) placed where the noun is, or with None where the
        owner is not one person. None where the noun is not so told (left to the other
        readings)."""
        if self.lex.role_nouns.get(noun.lemma_.lower()) != "relative" or noun.tag_ != "NN":
            return None
        if any(c.dep_ in ("appos", "compound", "flat") for c in noun.children):
            return None  # "his son Hamid": named by its own words
        mark = next((c for c in noun.children if c.dep_ == "poss"), None)
        if mark is None or mark.lower_ not in ONE_PERSON_PRONOUNS:
            return None  # "the son", "Y's son", "my son" (the speaker's own words)
        speaker = self._relative_saying(mark)
        if speaker is None:
            return None
        if not kin_turns_back(speaker.lemma_.lower(), noun.lemma_.lower()):
            return None  # "X's wife said her son": X's son, not X
        owners = {n.name: n for n in self._owners(speaker, frozenset({"of"}))}
        people = [n for n in owners.values() if n.members is None]
        if len(people) != 1 or len(owners) != 1:
            return TurnedKin(None)
        where = (noun.idx, noun.idx + len(noun.text))
        return TurnedKin(Named(people[0].name, *where))

    def _relative_saying(self, pronoun: Token) -> Token | None:
        """The owned kin noun ("Zulfi's father") that is the subject of the verb of saying
        whose reported words hold ``pronoun``, with no person named in those words before
        it; None otherwise."""
        kin = next(subjects_before(pronoun), None)
        if kin is None or kin.dep_ != "nsubj":
            return None
        saying = kin.head
        if kin.pos_ == "PROPN":
            # "Ghulam Qadir, Zulfi's father, said": the kin noun apposed to the name
            kin = next((c for c in kin.children if c.dep_ == "appos"), kin)
        if kin.pos_ != "NOUN":
            return None
        if self.lex.role_nouns.get(kin.lemma_.lower()) != "relative":
            return None
        if any(c.dep_ == "conj" for c in kin.children):
            return None  # "X's brother and Y's sister said": two speakers
        owner = next((c for c in kin.children if c.dep_ == "poss"), None)
        if owner is None or owner.lower_ in ONE_PERSON_PRONOUNS or owner.pos_ == "PRON":
            return None  # "his father said his son": whose father the report told before
        if saying.lemma_.lower() not in _SAYING or not _reported(pronoun, saying):
            return None
        for t in pronoun.doc[saying.i + 1 : pronoun.i]:
            m = self.by_token.get(t.i)
            if m is not None and m.type == "person":
                return None  # "X's father said Y had beaten his son": Y's, maybe
        return kin


def _reported(word: Token, saying: Token) -> bool:
    """Whether ``word`` is within a clause ``saying`` reports (its ``ccomp``), not in the
    saying verb's own phrases ("his father told his son")."""
    for a in word.ancestors:
        if a.head.i == saying.i and a.i != saying.i:
            return a.dep_ == "ccomp"
    return False
