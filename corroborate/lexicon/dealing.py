"""Words of lawful dealing (``data/dealing.json``): the verbs, papers and manners by which the
accused's side tells how the accused came by the goods or money a charge is about ("bought the
spices with receipts", "in good faith", "over the counter", "at the market price")."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from corroborate.lexicon import load_data

__all__ = ["DealingLexicon", "dealing"]


@dataclass(frozen=True)
class DealingLexicon:
    acquiring_verbs: frozenset[str]  # "bought the spices": the deed told
    proof_nouns: frozenset[str]  # "with receipts", "had receipts"
    having_verbs: frozenset[str]  # "and had receipts"
    lawful_manners: frozenset[tuple[str, str]]  # ("good", "faith"), ("market", "price")
    open_sale_nouns: frozenset[str]  # "over the counter"
    open_sale_prepositions: frozenset[str]  # "over", "across"
    licensed_adjectives: frozenset[str]  # "from licensed miners"
    permission_nouns: frozenset[str]  # "held every permission required"
    full_measures: frozenset[str]  # "a valid licence", "all the approvals"
    course_units: frozenset[str]  # "for twenty years": a long course of work
    habit_units: frozenset[str]  # "every day", "a month": a deed told as habit
    record_nouns: frozenset[str]  # "without a single complaint"
    everyone_determiners: frozenset[str]  # "like every dealer", "as all agents do"
    believing_verbs: frozenset[str]  # "had believed they were legal"
    lawful_adjectives: frozenset[str]  # "believing them to be genuine gold"


@cache
def dealing() -> DealingLexicon:
    """The lexicon, read once per process."""
    data = load_data("dealing")
    manners = frozenset(tuple(m.split(" ", 1)) for m in data["lawful_manners"])
    return DealingLexicon(
        acquiring_verbs=frozenset(data["acquiring_verbs"]),
        proof_nouns=frozenset(data["proof_nouns"]),
        having_verbs=frozenset(data["having_verbs"]),
        lawful_manners=frozenset((a, n) for a, n in manners),
        open_sale_nouns=frozenset(data["open_sale_nouns"]),
        open_sale_prepositions=frozenset(data["open_sale_prepositions"]),
        licensed_adjectives=frozenset(data["licensed_adjectives"]),
        permission_nouns=frozenset(data["permission_nouns"]),
        full_measures=frozenset(data["full_measures"]),
        course_units=frozenset(data["course_units"]),
        habit_units=frozenset(data["habit_units"]),
        record_nouns=frozenset(data["record_nouns"]),
        everyone_determiners=frozenset(data["everyone_determiners"]),
        believing_verbs=frozenset(data["believing_verbs"]),
        lawful_adjectives=frozenset(data["lawful_adjectives"]),
    )
