"""A plural pronoun a victim's kin speak of themselves: "Priya's family said they did not know
the building owner". The subject of the clause a verb of saying reports is, for a speaker that
belongs to someone named who is not accused, that speaker's side - never the accused group the
sentence before named, whom the pronoun readers would otherwise give it to (and the clause's
"did not know" would then read as the accused's denial). The accused's own kin ("Their
relatives said they were framed") are left to the group readers. A singular he or she is asked
the same (den81): "Saleem's brother said he was an innocent man" speaks of the victim or of the
brother, never of the accused followed ("Raza's brother said he was innocent" still is Raza's).
"""

from __future__ import annotations

from collections.abc import Collection, Mapping

from spacy.tokens import Token

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.nlp.grammar import NOUN_SUBJECTS
from corroborate.records import Mention

__all__ = ["kin_of_another_says"]

_SAYING = kinds_lexicon().reporting_cues


def kin_of_another_says(
    pronoun: Token, by_token: Mapping[int, Mention], accused: Collection[str]
) -> bool:
    """Whether ``pronoun`` is the subject of a clause a verb of saying reports, whose common
    noun speaker is owned by someone named (``by_token``) who is not among ``accused``."""
    verb = pronoun.head
    if pronoun.dep_ not in NOUN_SUBJECTS or verb.dep_ != "ccomp":
        return False
    saying = verb.head
    if saying.lemma_.lower() not in _SAYING:
        return False
    speakers = [c for c in saying.children if c.dep_ == "nsubj" and c.pos_ == "NOUN"]
    owners = [o for s in speakers for o in s.children if o.dep_ == "poss"]
    named = [by_token[o.i] for o in owners if o.i in by_token]
    return bool(named) and not any(m.name in accused for m in named)
