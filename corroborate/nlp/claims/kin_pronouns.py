"""Whom a "he" or "she" in a relative's reported words stands for: the one whose relative
the speaker is.

"The driver's elder brother, Y, insisted he had been used", "X's wife told reporters that
her husband's employer had lied and that he was at home", "his father maintained he was
framed": the speaker is named by a kin noun its owner owns, and a relative speaks of that
owner - the report quotes kin for their accused. Without this tie the pronoun goes to the
accused the report ruled on last, and where that step ruled on several ("remanded both
suspects") to no one, so the relative's denial is lost.

Only an owner the report accuses already and whose sex the pronoun agrees with: the
victim's brother's "he" ("the victim's brother said he had seen X fire") makes no one
accused here, nor the kin of a judge or a lawyer; and only where the reported words name no
person before the pronoun ("his brother said Y had hit him"): those words' own subject is
nearer.
"""

from __future__ import annotations

from collections.abc import Callable

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.antecedents import full_name_gender, pronoun_gender
from corroborate.nlp.claims.clause_subjects import subjects_before
from corroborate.nlp.claims.draft import Named
from corroborate.nlp.speakers import ONE_PERSON_PRONOUNS, PERSONAL_PRONOUNS
from corroborate.records import Mention

__all__ = ["KinPronouns"]

_SAYING = kinds_lexicon().reporting_cues


class KinPronouns:
    """The owner a pronoun in a relative's reported words stands for; the state is
    ``Naming``'s, ``_owners`` is ``Owners``' and ``_titled_owner`` ``Sides``'."""

    lex: LegalLexicon
    by_token: dict[int, Mention]
    accused_so_far: set[str]
    _owners: Callable[..., list[Named]]
    _titled_owner: Callable[[Token], list[Named]]

    def _kin_owner_spoken_of(self, pronoun: Token) -> Named | None:
        """The one accused whose relative says the clause ``pronoun`` is in ("the driver's
        brother insisted he had been used": the driver); None where the pronoun is not in
        the words a relative reports, or the reported words name a person before it, or the
        relative's owner is no one accused, or several, or of the other sex."""
        if pronoun.lower_ not in ONE_PERSON_PRONOUNS:
            return None
        kin = next(subjects_before(pronoun), None)
        if kin is None or kin.dep_ != "nsubj" or kin.pos_ != "NOUN":
            return None
        if self.lex.role_nouns.get(kin.lemma_.lower()) != "relative":
            return None
        if any(c.dep_ == "conj" for c in kin.children):
            return None  # "X's brother and Y's sister said he ...": two owners, either his
        saying = kin.head
        if saying.lemma_.lower() not in _SAYING or not _reported_by(pronoun, saying):
            return None
        # "his brother said Y had hit him": a person the words name first is nearer
        gender = pronoun_gender(pronoun)
        for t in pronoun.doc[saying.i + 1 : pronoun.i]:
            m = self.by_token.get(t.i)
            if m is not None and m.type == "person":
                return None
            if t.lower_ in PERSONAL_PRONOUNS and pronoun_gender(t) in (None, gender):
                return None  # "his brother said he ... and that he": the first one decides
        owners = {n.name: n for n in self._owners(kin, frozenset({"of"})) + self._titled_owner(kin)}
        accused = [
            n for n in owners.values() if n.members is None and n.name in self.accused_so_far
        ]
        if len(accused) != 1 or len(owners) != 1:
            return None
        name = accused[0].name
        if full_name_gender(name) not in (None, gender):
            return None  # "X's husband said she": not X where X's name tells a man
        return Named(name, pronoun.idx, pronoun.idx + len(pronoun.text))  # by the grammar


def _reported_by(pronoun: Token, saying: Token) -> bool:
    """Whether ``pronoun`` is within a clause ``saying`` reports (its ``ccomp``), not in the
    saying verb's own phrases ("his brother told him", "said in his statement")."""
    for a in pronoun.ancestors:
        if a.head.i == saying.i and a.i != saying.i:
            return a.dep_ == "ccomp"
    return False
