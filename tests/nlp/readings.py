"""What the per-document stage reads of an accused's own word, as the ledger joins it: the
confessions, retractions and denials of a named person, from the claims (``nlp/claims``)
and from the attributions (``nlp/attribution``), with their settings. Helpers for the
confession and denial construction suites."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from corroborate.extract import Analysis
from corroborate.records import Attribution
from tests.conftest import analyses_of

__all__ = ["analysis_of", "settings_of", "speaker_of", "deniers"]


def analysis_of(nlp: Language, text: str) -> Analysis:
    """One invented sentence through the per-document stage, as ingest runs it."""
    row: dict[str, Any] = {"id": "suite", "text": text, "published": "2024-03-01"}
    [analysis] = analyses_of(nlp, [row])
    return analysis


def settings_of(analysis: Analysis, kind: str, name: str) -> set[str]:
    """The settings of every ``kind`` ("confession", "retraction") read for ``name``: a claim
    that makes them its accused, or an attribution of that kind they are the source of.
    "unknown" counts only where nothing else was read (the ledger keeps every event, and an
    unknown setting beside a known one contradicts nothing)."""
    found: set[str] = {
        c.setting or "unknown"
        for c in analysis.claims
        if c.kind == kind and any(p.name == name and p.role == "accused" for p in c.participants)
    }
    found |= {a.setting for a in analysis.attributions
              if a.kind == kind and speaker_of(analysis, a) == name}  # fmt: skip
    return found - {"unknown"} or found


def speaker_of(analysis: Analysis, a: Attribution) -> str | None:
    """Who speaks, as the ledger takes it (``ledger.link._speaker``): the source's resolved
    name where it names someone, else the first person or organisation named inside the
    source's words ("Majid Rana's family", "a spokesman for the party")."""
    named = {m.name for m in analysis.mentions if m.type != "place"}
    inside = [m.name for m in analysis.mentions
              if m.type != "place" and any(s <= m.start < e for s, e in a.source)]  # fmt: skip
    return next((n for n in [a.source_name, *inside] if n in named), None)


def deniers(analysis: Analysis) -> set[str]:
    """Everyone a denial is read for: the accused of a denial claim, and the source of an
    attribution the ledger takes as a denial (kind ``denial``, or a statement whose facts
    deny) - or, where the claims read a denial in its sentence, those they read it for (as
    ``ledger.link.answered_for`` joins them)."""
    claimed = [c for c in analysis.claims if c.kind == "denial"]
    out = {p.name for c in claimed for p in c.participants if p.role == "accused"}
    for a in analysis.attributions:
        denies = a.facts is not None and a.facts.denies
        if not (a.kind == "denial" or (a.kind in ("statement", "opinion") and denies)):
            continue
        start, end = min(s for s, _ in a.cue or a.content), max(e for _, e in a.content or a.cue)
        read = [p.name for c in claimed if c.start < end and start < c.end
                for p in c.participants if p.role == "accused"]  # fmt: skip
        speaker = speaker_of(analysis, a)
        out |= set(read) or ({speaker} if speaker else set())
    return out
