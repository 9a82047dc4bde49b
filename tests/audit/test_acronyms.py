"""audit.acronyms: a group's acronym in one outlet, its name in another (invented names)."""

from __future__ import annotations

from dataclasses import dataclass, field

import pytest

from corroborate.audit.acronyms import acronym_of, join_acronyms
from corroborate.records import EnforcementFigure


@pytest.mark.parametrize(
    ("acronym", "name", "expected"),
    [
        ("HeN", "Harkat-e-Nasr", True),
        ("CRU", "Cártel del Río Unido", True),
        ("DLFK", "Delta Liberation Front of Kalam", True),
        ("HN", "Harkat-e-Nasr", True),
        # not an acronym, or not this name's
        ("Ten", "Ten Nights", False),
        ("Sangh", "Tarai Mukti Sangh", False),
        ("HLA", "Harbour Front", False),
        ("HF", "HF", False),
    ],
)
def test_acronym_of(acronym: str, name: str, expected: bool) -> None:
    assert acronym_of(acronym, name) is expected


@dataclass
class Row:
    group: str
    entity_id: str | None = None
    aliases: list[str] = field(default_factory=list)


def figure(group: str, value: float) -> EnforcementFigure:
    return EnforcementFigure(
        measure="arrests", group=group, document_id="d", quote="q", start=0, end=1, value=value
    )


def test_join_acronyms() -> None:
    rows = {n: Row(n) for n in ("Harkat-e-Nasr", "HeN", "Red Hill gang")}
    figures, joins = join_acronyms([figure("HeN", 19.0), figure("Red Hill gang", 9.0)], rows)
    assert joins == {"HeN": "Harkat-e-Nasr"}
    assert [f.group for f in figures] == ["Harkat-e-Nasr", "Red Hill gang"]
    # two names that it spells: joined to neither; an entity's acronym: left to the resolver
    two = {n: Row(n) for n in ("Harkat-e-Nasr", "Hizb-e-Nur", "HeN")}
    assert join_acronyms([figure("HeN", 1.0)], two)[1] == {}
    entity = {"Harkat-e-Nasr": Row("Harkat-e-Nasr"), "HeN": Row("HeN", "e1")}
    assert join_acronyms([figure("HeN", 1.0)], entity)[1] == {}
