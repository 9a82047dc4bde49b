"""The confession construction suite: where reporters say a confession was made (in custody,
before a court, in public), confessions told as reported speech ("X told investigators that he
had ..."), told by a phrase attached to the confession - never by a court
named elsewhere in the sentence - with retractions, the confession that names another, and
negation and modality. Each sentence is invented, with the setting each confessor's
confession (and each retractor's retraction) must get and the people who must get no
confession. Constructions not read yet are ``xfail(strict=True)``, so a fix shows up."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from tests.nlp.readings import analysis_of, settings_of
from tests.nlp.suites import construction_cases, construction_params

CASES = construction_cases("confession")


@pytest.mark.parametrize("case", construction_params(CASES))
def test_confession_construction(nlp: Language, case: dict[str, Any]) -> None:
    found = analysis_of(nlp, case["text"])
    retracts = case.get("retracts", {})
    confessed = {name: settings_of(found, "confession", name)
                 for name in [*case["expect"], *case["none"]]}  # fmt: skip
    retracted = {name: settings_of(found, "retraction", name) for name in retracts}
    assert (confessed, retracted) == (
        {name: {s} for name, s in case["expect"].items()} | {name: set() for name in case["none"]},
        {name: {s} for name, s in retracts.items()},
    )


def test_every_family_has_cases_and_every_case_names_someone() -> None:
    families = {c["family"] for c in CASES}
    assert families == {
        "custodial", "judicial", "public", "attached", "retraction", "another", "negation",
        "speech",
    }  # fmt: skip
    for case in CASES:
        assert case["expect"] or case["none"] or case.get("retracts"), case["text"]
        assert not set(case["expect"]) & set(case["none"]), case["text"]
