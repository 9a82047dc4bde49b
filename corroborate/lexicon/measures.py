"""Enforcement measures (``data/measures.json``): which words make a count a measure.

``MEASURE_WORDS`` holds, for each measure, the cue forms outlets write beside a count
("arrested", "taken into custody", "captured") and the verb lemmas the parse gives for the
same actions; the noun classes a count may have (raids, arrests, convictions, weapons, cases,
killings, people); the nouns of the people a force acts against ("militants", "suspects");
the people nouns that name no one ("others"); who kills for the force besides its agencies
("officers"); where people held are ("in custody"); and the words of an armed clash
("encounter", "shoot-out").
``pattern`` turns a list of forms into one regular expression (longest first, spaces as any
whitespace), the way the audit reads text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from corroborate.lexicon import load_data
from corroborate.records import MEASURES, Measure

__all__ = ["MeasureWords", "measure_words", "pattern"]

UNIT_CLASSES = ("raids", "arrests", "convictions", "weapons", "cases", "killings", "people")


@dataclass(frozen=True)
class MeasureWords:
    """The measure vocabulary, typed."""

    cues: dict[Measure, tuple[str, ...]]
    lemmas: dict[Measure, frozenset[str]]
    killing_needs_force: frozenset[str]
    units: dict[str, tuple[str, ...]]
    adversaries: frozenset[str]
    encounters: tuple[str, ...]
    unnamed_people: tuple[str, ...]
    # "died", "perished": a death told with no killer, the force's only after a clash
    clash_deaths: tuple[str, ...] = ()
    # "officers", "troops": who kills for the force, besides the agencies ("shot dead by officers")
    force_agents: tuple[str, ...] = ()
    # "in custody": where people held are, an arrest after "were" or "are (now)"
    custody_states: tuple[str, ...] = ()

    def measures_of_lemma(self, lemma: str) -> list[Measure]:
        """The measures whose action ``lemma`` names, in the data file's order."""
        low = lemma.lower()
        return [m for m, lemmas in self.lemmas.items() if low in lemmas]


def pattern(forms: tuple[str, ...] | list[str]) -> str:
    """One alternation of ``forms``: longest first, each space any run of whitespace."""
    ordered = sorted(set(forms), key=lambda f: (-len(f), f))
    return "(?:" + "|".join(r"\s+".join(map(re.escape, f.split())) for f in ordered) + ")"


@cache
def measure_words() -> MeasureWords:
    data = load_data("measures")
    cues = {_measure(k): tuple(v) for k, v in data["cues"].items()}
    lemmas = {_measure(k): frozenset(v) for k, v in data["lemmas"].items()}
    units = {k: tuple(data["units"][k]) for k in UNIT_CLASSES}
    return MeasureWords(
        cues=cues,
        lemmas=lemmas,
        killing_needs_force=frozenset(data["killing_needs_force"]),
        units=units,
        adversaries=frozenset(w.lower() for w in data["adversaries"]),
        encounters=tuple(data["encounters"]),
        unnamed_people=tuple(data["unnamed_people"]),
        clash_deaths=tuple(data["clash_deaths"]),
        force_agents=tuple(data["force_agents"]),
        custody_states=tuple(data["custody_states"]),
    )


def _measure(name: str) -> Measure:
    if name not in MEASURES:
        raise ValueError(f"measures.json: unknown measure {name!r}; use one of {MEASURES}")
    return name
