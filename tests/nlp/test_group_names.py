"""nlp.group_names: a stored group name's words before its kind, and its kind (invented
names)."""

from __future__ import annotations

import pytest

from corroborate.nlp.group_names import spelling_of


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("Harun Dastgir gang", (("harun", "dastgir"), "gang")),
        ("Dastgir gang", (("dastgir",), "gang")),
        ("Harun Dastgir", (("harun", "dastgir"), None)),
        ("Nasir Ali syndicates", (("nasir", "ali"), "syndicate")),
        ("Cártel del Río Unido", (("cártel", "del", "río", "unido"), None)),
        # two-word connectors are read whole
        ("Cártel de la Sierra", (("cártel", "de", "la", "sierra"), None)),
        ("Cártel de la Sierra gang", (("cártel", "de", "la", "sierra"), "gang")),
        ("Banda de las Flores", (("banda", "de", "las", "flores"), None)),
        ("Los Coyotes de los Llanos gang", (("los", "coyotes", "de", "los", "llanos"), "gang")),
        # the second word of a connector is none alone, nor a description's lower-case word
        ("Cártel la Sierra", None),
        ("Banda las Flores gang", None),
        ("Cártel de la sierra", None),
        ("Cártel de big Sierra", None),
        # a part of a group, a description, a kind alone: no name to join
        ("Red Hill faction", None),
        ("Red Hill wing", None),
        ("two teenage gangs", None),
        ("country's main street gangs", None),
        ("gang", None),
    ],
)
def test_spelling_of(name: str, expected: tuple[tuple[str, ...], str | None] | None) -> None:
    assert spelling_of(name) == expected
