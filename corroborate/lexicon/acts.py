"""Acts: the crime categories a quote's words name (``data/acts.json``), as one typed object.

``acts_lexicon()`` gives the ordered (label, pattern) pairs read by ``nlp/acts.py``, the
relational acts (whose accused are the patrons named), the acts that contest evidence rather
than name a crime, the generic label, the court names that name no act, and the violent
verbs with the things they act on in an everyday sense ("kill a proposal").
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache

from corroborate.lexicon import load_data

__all__ = ["ActsLexicon", "acts_lexicon"]


@dataclass(frozen=True)
class ActsLexicon:
    acts: tuple[tuple[str, re.Pattern[str]], ...]
    relational: frozenset[str]
    evidence_challenges: frozenset[str]
    generic: str
    court_names: re.Pattern[str]
    violent_verbs: frozenset[str]  # lemmas: "kill", "murder", "shoot"
    everyday_objects: frozenset[str]  # lemmas of things such a verb acts on: "proposal", "bill"
    described_things: frozenset[str]  # nouns a crime word only describes: "killing fields"
    idioms: Mapping[str, frozenset[str]]  # governing lemma -> crime words: "make" -> "killing"
    opposing_words: frozenset[str]  # lemmas that work against a crime: "fight", "crackdown"


def _at_word_start(pattern: str) -> re.Pattern[str]:
    """An act's words match only where a word begins: "arson" is not in "Ben Carson", nor
    "rocket" in "Crockett" (an act is read from text whose person names are not blanked)."""
    return re.compile(rf"\b(?:{pattern})", re.I)


@cache
def acts_lexicon() -> ActsLexicon:
    """The lexicon, read once per process."""
    data = load_data("acts")
    return ActsLexicon(
        acts=tuple((a["label"], _at_word_start(a["pattern"])) for a in data["acts"]),
        relational=frozenset(data["relational"]),
        evidence_challenges=frozenset(data["evidence_challenges"]),
        generic=data["generic"],
        court_names=re.compile(data["court_names"], re.I),
        violent_verbs=frozenset(data["violent_verbs"]),
        everyday_objects=frozenset(data["everyday_objects"]),
        described_things=frozenset(data["described_things"]),
        idioms={verb: frozenset(words) for verb, words in data["idioms"].items()},
        opposing_words=frozenset(data["opposing_words"]),
    )
