"""The denial construction suite: the ways reporters tell that the accused, or someone for
them, rejects an accusation (a verb of denying, a plea, innocence upheld, a lawyer, family
or party speaking for them, a case called fabricated, a standing denial), and the guards -
a court dismissing an appeal, bail denied, a request turned down, questions dismissed, a
denial of another's doing, a negated denial. Each sentence is invented, with the people a
denial must be read for and those who must not be read as denying. Constructions not read
yet are ``xfail(strict=True)``, so a fix shows up."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from tests.nlp.readings import analysis_of, deniers
from tests.nlp.suites import construction_cases, construction_params

CASES = construction_cases("denial")


@pytest.mark.parametrize("case", construction_params(CASES))
def test_denial_construction(nlp: Language, case: dict[str, Any]) -> None:
    found = deniers(analysis_of(nlp, case["text"]))
    named = set(case["expect"]) | set(case["none"])
    assert found & named == set(case["expect"])


def test_every_family_has_cases_and_every_case_names_someone() -> None:
    families = {c["family"] for c in CASES}
    assert families == {
        "deny", "plea", "innocence", "for_another", "party", "fabricated", "always", "guard",
        "quote", "rebuttal",
    }  # fmt: skip
    for case in CASES:
        assert case["expect"] or case["none"], case["text"]
        assert not set(case["expect"]) & set(case["none"]), case["text"]
