"""A body named as what a person belongs to is not that person (``claims.affiliations``), on
invented sentences: "a former Department of Public Safety fleet coordinator pleaded guilty"
tells of a worker, not the department; a body told by its own name and a body's members the
claim reads as such stay accused, and so does a body whose doers a plural noun tells ("helping
X gunmen")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        (
            "confession",
            "A former Department of Public Safety fleet coordinator pleaded guilty on "
            "Wednesday to theft.",
        ),
        (
            "confession",
            "A former Department of Public Works crane operator pleaded guilty on Tuesday "
            "to theft.",
        ),
        (
            "ruling",
            "A Superior Court jury on Friday found a Bureau of Land Management ranger guilty "
            "of theft.",
        ),
    ],
)
def test_a_body_that_names_a_worker_is_not_accused(nlp: Language, kind: str, text: str) -> None:
    assert accused_of(kind, nlp, text) == set()


@pytest.mark.parametrize(
    ("kind", "text", "accused"),
    [
        # the body itself, told by its name alone
        ("ruling", "A jury found the Harbour Board guilty of negligence.", "Harbour Board"),
        (
            "confession",
            "The Department of Transport pleaded guilty to breaching safety rules.",
            "Department of Transport",
        ),
        # a body's members, which the reader reads as the body's (``Named.members``)
        ("arrest", "Police arrested 13 Harbour Union workers on Monday.", "Harbour Union"),
        # the body's doers, counted by no article: the reader reads the body as their party
        (
            "accusation",
            "Two men were jailed on Friday for helping Red Hand Brigade gunmen in a 2019 attack.",
            "Red Hand Brigade",
        ),
        # a worker named beside the body: the name is the accused
        (
            "charge",
            "A Metro Transit bus driver, Sam Ola, was charged with manslaughter.",
            "Sam Ola",
        ),
    ],
)
def test_a_body_told_as_itself_stays_accused(
    nlp: Language, kind: str, text: str, accused: str
) -> None:
    assert accused in accused_of(kind, nlp, text)
