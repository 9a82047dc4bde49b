"""The words that find whom an attribution is about (``data/targets.json``), as one typed object.

``target_words()`` is what ``nlp.targets`` asks: the cues and enforcement verbs whose object
is the target, the common nouns that name actors, the followers a leader answers for, and
the subjects that stand for no one. All lemmas (or lower-case words), lower case.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from corroborate.lexicon import load_data

__all__ = ["TargetWords", "target_words"]


@dataclass(frozen=True)
class TargetWords:
    object_target_cues: frozenset[str]  # "accuse", "acquit"
    actor_nouns: frozenset[str]  # "worker", "party", "personnel"
    follower_nouns: frozenset[str]  # "operative", "henchman"
    enforcement_verbs: frozenset[str]  # "book", "arrest", "detain"
    placeholders: frozenset[str]  # "it", "there"
    company_prepositions: frozenset[str]  # "with": "work with X" names X beside the act
    joined_company: frozenset[str]  # "along", "together": "along with X" joins X to the doers
    place_prepositions: frozenset[str]  # "in": "the massacre in X" says where, not who


@cache
def target_words() -> TargetWords:
    """The lists, read once per process."""
    data = load_data("targets")
    return TargetWords(
        **{
            name: frozenset(w.lower() for w in data[name]["words"])
            for name in TargetWords.__dataclass_fields__
        }  # fmt: skip
    )
