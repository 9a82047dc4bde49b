"""A coerced confession or its retraction told by "counsel for X" / "the lawyer for X" is X's:
the side a lawyer speaks for is the client named after "for" as well as the one a clause of
acting for names ("Advocate Z, representing X", ``Answers._side_of``). Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of


@pytest.mark.parametrize(
    ("text", "client"),
    [
        (
            "Counsel for Aftab Alam told the high court that his client had retracted the"
            " confession recorded by the police, saying it had been obtained by coercion.",
            "Aftab Alam",
        ),
        (
            "The lawyer for Bilal Anwar told the court that his client had retracted the"
            " confession recorded by the police, saying it had been extracted under torture.",
            "Bilal Anwar",
        ),
        (
            "Counsel for Shoaib Rana told the court that the statement had been extracted"
            " under torture.",
            "Shoaib Rana",
        ),
    ],
)
def test_a_retraction_told_by_counsel_for_the_client(nlp: Language, text: str, client: str) -> None:
    found = claims_of(nlp, text)
    by_kind = {c.kind: {p.name for p in c.participants} for c in found}
    assert by_kind.get("retraction") == {client}
    assert by_kind.get("confession") == {client}
