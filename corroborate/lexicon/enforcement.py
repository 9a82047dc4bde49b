"""The audit's vocabulary (``data/enforcement.json``): agencies, how a group is introduced,
what makes a description a group, complaints of unequal treatment.

The words only: ``audit.vocab`` compiles them into the patterns the audit reads text with.
The measures (what a count counts) are ``lexicon.measures``.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from corroborate.lexicon import load_data

__all__ = ["EnforcementWords", "enforcement_words"]


@dataclass(frozen=True)
class EnforcementWords:
    """The audit's word lists, typed; each a tuple of forms as outlets write them."""

    agency_names: tuple[str, ...]
    agency_descriptions: tuple[str, ...]
    agency_words: tuple[str, ...]
    raid_nouns: tuple[str, ...]
    conduct_verbs: tuple[str, ...]
    targeting: tuple[str, ...]
    affiliation_words: tuple[str, ...]
    belonging: tuple[str, ...]
    ties: tuple[str, ...]
    premises: tuple[str, ...]
    member_nouns: tuple[str, ...]
    group_nouns: tuple[str, ...]
    unnamed_group_modifiers: tuple[str, ...]
    kinds_after_name: tuple[str, ...]
    kinds_of_a_part: tuple[str, ...]
    name_connectors: tuple[str, ...]
    group_epithets: tuple[str, ...]
    person_epithets: tuple[str, ...]
    hedges: tuple[str, ...]
    individual_nouns: tuple[str, ...]
    partial_markers: tuple[str, ...]
    # "attributed 500 of the arrests to X"; "X alone accounted for 29 of them"
    attribution_verbs: tuple[str, ...]
    share_verbs: tuple[str, ...]
    complaint_stems: tuple[str, ...]
    complaint_phrases: tuple[str, ...]


@cache
def enforcement_words() -> EnforcementWords:
    data = load_data("enforcement")
    agencies, complaints = data["agencies"], data["complaints"]
    words = EnforcementWords(
        agency_names=tuple(agencies["names"]),
        agency_descriptions=tuple(agencies["descriptions"]),
        agency_words=tuple(agencies["words"]),
        raid_nouns=tuple(data["raid_nouns"]),
        conduct_verbs=tuple(data["conduct_verbs"]),
        targeting=tuple(data["targeting"]),
        affiliation_words=tuple(data["affiliation_words"]),
        belonging=tuple(data["belonging"]),
        ties=tuple(data["ties"]),
        premises=tuple(data["premises"]),
        member_nouns=tuple(data["member_nouns"]),
        group_nouns=tuple(data["group_nouns"]),
        unnamed_group_modifiers=tuple(data["unnamed_group_modifiers"]),
        kinds_after_name=tuple(data["kinds_after_name"]),
        kinds_of_a_part=tuple(data["kinds_of_a_part"]),
        name_connectors=tuple(data["name_connectors"]),
        group_epithets=tuple(data["group_epithets"]),
        person_epithets=tuple(data["person_epithets"]),
        hedges=tuple(data["hedges"]),
        individual_nouns=tuple(data["individual_nouns"]),
        partial_markers=tuple(data["partial_markers"]),
        attribution_verbs=tuple(data["attribution_verbs"]),
        share_verbs=tuple(data["share_verbs"]),
        complaint_stems=tuple(complaints["stems"]),
        complaint_phrases=tuple(complaints["phrases"]),
    )
    if not set(words.kinds_after_name) <= set(words.group_nouns):
        raise ValueError("enforcement.json: every kind after a name must be a group noun")
    if not set(words.kinds_of_a_part) <= set(words.kinds_after_name):
        raise ValueError("enforcement.json: every kind of a part must be a kind after a name")
    return words
