"""The victims a report has told of, and what was done to them: "the murders of two harbour
guards ... he had shot the guards" - the shooting of the guards is the murder told before.

A shooting or stabbing told alone is an assault (``lexicon/data/acts.json``: "shot" is harm
short of a killing the words tell). But where its object is a definite noun ("the guards")
whose victims the report has already said were killed ("the murders of two harbour guards",
"killed three guards"), the words name the same people and so the same deed: a killing, not a
second, lesser act. Per document, in reading order; only a definite object refers back ("shot
two guards" may be others). So does a definite act noun that names no act ("claimed
responsibility for the attack"): the act the report last named (``the_act_told``).
"""

from __future__ import annotations

from spacy.tokens import Span, Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.acts import act_of
from corroborate.nlp.grammar import prep_objects

__all__ = ["VictimsTold"]

# The act a definite reference back may raise, and to what: a harm told of victims the
# report said were killed is that killing.
_RAISED = {"assault": "killing"}
# Determiners that refer back to what was told.
_DEFINITE = frozenset({"the", "these", "those"})


class VictimsTold:
    """Remembers, per document, the head lemma of each victim noun and the act told of it
    (``remember_victims``); reads a harm done to "the" same victims as that act
    (``act_told_of_victims``)."""

    # Head lemma of a victim noun -> the act told of it. Set by ``Reader.run``.
    victim_acts: dict[str, str]
    lex: LegalLexicon

    def remember_victims(self, sent: Span) -> None:
        """The victims this sentence tells an act of: the "of" object of a crime noun ("the
        murders of two guards"), the object of a crime verb ("killed two guards", "two
        guards were killed") - common nouns only (a name is resolved as a party)."""
        for token in sent:
            if token.pos_ not in ("NOUN", "VERB"):
                continue
            # the victims first: most words have none, and reading the act costs every regex
            victims = [v for v in _victims(token) if v.pos_ == "NOUN"]
            act = act_of(token.text) if victims else None
            if act is None:
                continue
            for victim in victims:
                lemma = victim.lemma_.lower()
                # the first act told of them, unless a later one says they were killed
                if act in _RAISED.values() or lemma not in self.victim_acts:
                    self.victim_acts[lemma] = act

    def act_told_of_victims(self, cue: Token, act: str | None) -> str | None:
        """``act``, raised to the act told before of the victims the cue's definite object
        names ("had shot the guards" after "the murders of two guards": killing)."""
        if act not in _RAISED or cue.pos_ != "VERB":
            return act
        for victim in _victims(cue):
            definite = any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in victim.children)
            told = self.victim_acts.get(victim.lemma_.lower())
            if definite and told == _RAISED[act]:
                return told
        return act

    def the_act_told(self, cue: Token) -> bool:
        """Whether a crime's cue governs a definite act noun that names no act of its own
        ("claimed responsibility for the attack", "carried out the attack", "were behind
        the attack"): the act the report has told, which "the" points back to."""
        return any(
            t.i != cue.i and t.lemma_.lower() in self.lex.crime_nouns
            and any(c.dep_ == "det" and c.lower_ in _DEFINITE for c in t.children)
            for t in cue.subtree
        )  # fmt: skip


def _victims(token: Token) -> list[Token]:
    if token.pos_ == "NOUN":
        return prep_objects(token, ("of",))
    return [c for c in token.children if c.dep_ in ("dobj", "nsubjpass")]
