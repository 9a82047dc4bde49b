"""benchmarks/name_typing.py: how NER's spans label one occurrence of a gold name and the
name over all its occurrences, and that a held-out set is refused."""

from __future__ import annotations

from types import ModuleType

import pytest

from tests.test_benchmarks import BENCHMARKS, load_benchmark


@pytest.fixture
def typing_(monkeypatch: pytest.MonkeyPatch) -> ModuleType:
    monkeypatch.syspath_prepend(str(BENCHMARKS))  # its sibling court_sets.py
    return load_benchmark("name_typing")


TEXT = "Police arrested Ilse Varga in Tarnow. Varga works for Hollin Freight."


# The occurrences in order: "Ilse Varga", the "Varga" inside it, the second sentence's "Varga".
@pytest.mark.parametrize(
    ("spans", "labels"),
    [
        ([(16, 26, "PERSON"), (38, 43, "PERSON")], ["PERSON", "PERSON", "PERSON"]),
        ([(16, 26, "ORG"), (38, 43, "GPE")], ["ORG", "ORG", "GPE"]),
        ([(16, 20, "PERSON"), (21, 26, "GPE")], ["PERSON", "GPE", "none"]),  # a part a person
        ([(21, 36, "GPE")], ["GPE", "GPE", "none"]),  # a span running on into the town
        ([], ["none", "none", "none"]),
    ],
)
def test_occurrence_labels(
    typing_: ModuleType, spans: list[tuple[int, int, str]], labels: list[str]
) -> None:
    person = {"name": "Ilse Varga", "also": ["Varga"]}
    assert typing_.occurrence_labels(TEXT, person, spans) == labels


@pytest.mark.parametrize(
    ("labels", "kind"),
    [
        (["PERSON", "PERSON"], "always"),
        (["PERSON", "ORG"], "sometimes"),
        (["ORG", "none", "ORG"], "never:ORG+none"),
        (["GPE"], "never:GPE"),
        ([], "unwritten"),
    ],
)
def test_name_typing(typing_: ModuleType, labels: list[str], kind: str) -> None:
    assert typing_.name_typing(labels) == kind


def test_label_of_prefers_person(typing_: ModuleType) -> None:
    assert typing_.label_of(0, 10, [(0, 4, "ORG"), (5, 10, "PERSON")]) == "PERSON"
    assert typing_.label_of(0, 10, [(0, 4, "ORG"), (5, 10, "GPE")]) == "GPE+ORG"
    assert typing_.label_of(0, 10, [(10, 14, "ORG")]) == "none"


def test_held_out_refused(typing_: ModuleType) -> None:
    with pytest.raises(SystemExit):
        typing_.main(["h31"])
