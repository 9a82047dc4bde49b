"""An outcome shared by an echo clause: "X remains in judicial custody, as does her husband,
Y", "X was convicted of fraud, as was his brother Y", "the court remanded X in custody, as it
did Y"; an arrest, a charge or an accusation so too ("X has been absconding, as has Y").

The clause "as" + an auxiliary-like verb (do, be, have) hung on a ruling's verb repeats that
ruling for someone else: its subject (with the name apposed to it: "her husband, Y"), or,
where the subject is a pronoun for the doer again ("as it did Y"), its object. The echo
gets the ruling's kind and outcome; Y may be described as kin in the same sentence and is
still the one the court ruled on.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.nlp.claims.draft import Draft, Named
from corroborate.nlp.claims.parties import Parties
from corroborate.nlp.grammar import NOUN_SUBJECTS

__all__ = ["AsDid"]

# The verbs an echo clause repeats its main verb with (grammar, not domain words).
_ECHOING = frozenset({"do", "be", "have"})
# What an echo may repeat: a ruling, and what is done to or told of the accused before one
# ("X was arrested, as was Y", "X and Y have been absconding, as has Z").
_ECHOED_KINDS = frozenset({"ruling", "arrest", "charge", "accusation"})


class AsDid(Parties):
    """Rulings an "as did Y" clause repeats for Y (``_as_did``)."""

    def _as_did(self, drafts: list[Draft]) -> list[Draft]:
        """A ruling draft for each one an echo clause on a ruling draft's verb names."""
        out: list[Draft] = []
        for draft in drafts:
            if draft.kind not in _ECHOED_KINDS or not draft.accused:
                continue
            for clause in draft.cue.children:
                echoed = self._echoed(clause)
                if not echoed:
                    continue
                echo = Draft(draft.kind, clause, draft.outcome)
                echo.add(echoed, "accused")
                out.append(echo)
        return out

    def _echoed(self, clause: Token) -> list[Named]:
        """Whom an "as does Y" clause names, or [] when ``clause`` is no echo clause."""
        if clause.dep_ != "advcl" or clause.lemma_.lower() not in _ECHOING:
            return []
        if not any(c.dep_ == "mark" and c.lower_ == "as" for c in clause.children):
            return []
        # an echo repeats its verb and adds nothing of its own
        if any(c.dep_ in ("acomp", "attr", "prep", "xcomp", "ccomp") for c in clause.children):
            return []
        subjects = [c for c in clause.children if c.dep_ in NOUN_SUBJECTS]
        objects = [c for c in clause.children if c.dep_ == "dobj"]
        doer_again = subjects and all(s.pos_ == "PRON" for s in subjects)
        heads = objects if objects and doer_again else subjects
        heads += [c for h in heads for c in h.children if c.dep_ in ("appos", "conj")]
        found = [n for h in heads if h.pos_ == "PROPN" for n in self._names(h)]
        return [n for n in dict.fromkeys(found) if self._is_person(n)]
