"""The public confession construction suite (pub57): an accused's own first-person words of
his deed told to the press, an answer of yes whose speaker the parser apposed inside the
question, a public confession by one the report told earlier as a victim, and the press
conference of another speaker (a police chief) that is no setting of the confession he
tells. Each sentence is invented, with a near miss that must not read."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from tests.nlp.readings import analysis_of, settings_of
from tests.nlp.suites import construction_cases, construction_params

CASES = construction_cases("public_confession")


@pytest.mark.parametrize("case", construction_params(CASES))
def test_public_confession_construction(nlp: Language, case: dict[str, Any]) -> None:
    found = analysis_of(nlp, case["text"])
    names = [*case["expect"], *case["none"]]
    confessed = {name: settings_of(found, "confession", name) for name in names}
    assert confessed == (
        {name: {s} for name, s in case["expect"].items()} | {name: set() for name in case["none"]}
    )
    for name in case.get("not_public", []):
        settings = settings_of(found, "confession", name)
        assert settings and "public" not in settings, (name, settings)


def test_every_family_has_cases() -> None:
    families = {c["family"] for c in CASES}
    assert families == {"told_press", "answered_yes", "victim_before", "press_of_another"}
    for case in CASES:
        assert case["expect"] or case["none"], case["text"]
