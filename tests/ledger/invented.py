"""The ledger of invented reports, for tests that ask who it accuses: each text one report
through ingest's per-document stage and ``build_ledger``."""

from __future__ import annotations

from typing import Any

from spacy.language import Language

from corroborate.ledger.build import build_ledger
from corroborate.records import Ledger
from tests.conftest import analyse_rows

__all__ = ["accused_names", "invented_ledger", "others_accused", "retracted_names"]


def invented_ledger(nlp: Language, *texts: str) -> tuple[Ledger, dict[str, str]]:
    """The ledger of ``texts`` (documents d0, d1 ...) and each entity id's name."""
    rows = [{"id": f"d{i}", "text": t, "published": "2031-08-01"} for i, t in enumerate(texts)]
    ledger = build_ledger(analyse_rows(nlp, rows))
    return ledger, {e.id: e.name for e in ledger.entities}


def accused_names(nlp: Language, *texts: str) -> set[str]:
    """The names of everyone an allegation of the ledger of ``texts`` accuses."""
    ledger, names = invented_ledger(nlp, *texts)
    return {names[a] for allegation in ledger.allegations for a in allegation.accused}


def retracted_names(nlp: Language, *texts: str) -> set[str]:
    """The names of the accused of every allegation of the ledger of ``texts`` that holds a
    retraction: what a retraction probe asks."""
    ledger, names = invented_ledger(nlp, *texts)
    return {
        names[a]
        for allegation in ledger.allegations
        if any(e.kind == "retraction" for e in allegation.events)
        for a in allegation.accused
    }


def others_accused(nlp: Language, doc: dict[str, Any]) -> set[str]:
    """The accused of the ledger of ``doc``'s text whose name is, or is part of, a name its gold
    lists as not accused (a victim, an official, a relative): what a role probe asks to be empty."""
    others = {p["name"] for p in doc["gold"]["not_accused"]}
    return {a for a in accused_names(nlp, doc["text"]) if any(a in o or o in a for o in others)}
