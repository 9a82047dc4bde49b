"""A group a step of the law was just done to: "Police arrested three men", "has booked
four people", "convicted three men", "arrested a group of three".

A report that counts whom the police took, charged or a court convicted often names them
in the next sentence with a bare "They are X, Y and Z" (``claims.name_lists``): the "They"
is that group. It is so only where the group is what the step was done to - not "Three
people were injured. They are ...", nor "arrested two men for attacking three women. They
are ...", where the last people the sentence names are the victims.
"""

from __future__ import annotations

from spacy.tokens import Token

from corroborate.lexicon.legal import LegalLexicon
from corroborate.nlp.claims.announced import number_values
from corroborate.nlp.grammar import PATIENT_DEPS, negated_or_possible

__all__ = ["counted_group", "group_count", "step_done_to"]


def counted_group(noun: Token, lex: LegalLexicon) -> bool:
    """Whether ``noun`` is a group counted by "of": "a group of three", "a gang of four"
    (``body_nouns``) - a plural of people the parser holds in a singular noun."""
    return noun.lemma_.lower() in lex.body_nouns and bool(_numbers_after_of(noun))


def group_count(noun: Token, lex: LegalLexicon) -> int | None:
    """How many ``noun`` counts, where a number counts it: "three guards" (its number),
    "a gang of four" (the number after "of"); None where no number does ("guards", "the
    men", "dozens of people")."""
    numbers = [c for c in noun.children if c.dep_ == "nummod" and c.like_num]
    if counted_group(noun, lex):
        numbers = _numbers_after_of(noun)
    values = number_values(numbers)
    return next(iter(values)) if len(values) == 1 else None


def step_done_to(noun: Token, lex: LegalLexicon) -> bool:
    """Whether ``noun`` is what an arrest, a charge or a ruling was done to: the object of
    the active verb ("arrested three men") or the subject of the passive ("four people were
    booked"), the verb neither negated nor only possible ("may arrest")."""
    verb = noun.head
    if noun.dep_ not in PATIENT_DEPS or verb.pos_ not in ("VERB", "AUX"):
        return False
    lemma = verb.lemma_.lower()
    steps = (lex.arrest_verbs, lex.charge_verbs, lex.ruling_verbs)
    if not any(lemma in words for words in steps):
        return False
    return not negated_or_possible(verb, lex.modal_auxiliaries)


def _numbers_after_of(noun: Token) -> list[Token]:
    """The numbers ``noun``'s "of" takes: "four" in "a gang of four"."""
    return [o for c in noun.children if c.dep_ == "prep" and c.lower_ == "of"
            for o in c.children if o.dep_ == "pobj" and o.like_num]  # fmt: skip
