"""A statement the police attribute to someone, whose giver is read by the one reader of a
custodians' clause's words of whose it is (``told_theirs.givers_told``): the object of the
attributing verb's "to" phrase wherever it stands, past a determiner or a phrase between
("attributed to the accused X", "attributed in court to X") - not only the word right after
"to" (``police_say_made._police_attributed``, rev60)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of

_CHARGED = "Police charged Ravi Solanki with the theft in May. "


@pytest.mark.parametrize(
    "told",
    [
        "His lawyer said the statement police had ascribed to Solanki was beaten out of him.",
        # the giver past a determiner and a title, and past a phrase between verb and "to"
        "His lawyer said the confession police attributed to the accused Ravi Solanki was false.",
        "The defence said the confession police attributed in court to Solanki was false.",
    ],
)
def test_statement_the_police_attribute_to_him(nlp: Language, told: str) -> None:
    found = [
        c
        for c in claims_of(nlp, _CHARGED + told)
        if c.kind == "confession" and any(p.name == "Ravi Solanki" for p in c.participants)
    ]
    assert found and all(c.setting == "custodial" for c in found)


@pytest.mark.parametrize(
    "told",
    [
        # a statement given by one the report does not accuse; an attribution never made
        "His lawyer said the statement police attributed to the watchman Kamal Joshi was false.",
        "His lawyer said the admission the police never ascribed to him was a rumour.",
    ],
)
def test_statement_not_his_by_the_police(nlp: Language, told: str) -> None:
    assert accused_of("confession", nlp, _CHARGED + told) == set()
