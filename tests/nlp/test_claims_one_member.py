"""A name with an indefinite article (``nlp.claims.one_member``): "a Marine was found guilty"
is one unnamed member - neither the body nor anyone named is accused; "the Teamsters" and a
worker named beside the body still are. Sentences and names are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of


@pytest.mark.parametrize(
    "text",
    [
        "The lawyers cited a case in which a Marine was found guilty of negligence.",
        "A Teamster was charged with assault after the strike.",
    ],
)
def test_one_unnamed_member_is_no_party(nlp: Language, text: str) -> None:
    assert not any(p.role == "accused" for c in claims_of(nlp, text) for p in c.participants)


@pytest.mark.parametrize(
    ("text", "kind", "accused"),
    [
        ("The Teamsters were accused of intimidation.", "accusation", {"Teamsters"}),
        ("Police arrested a Harbour Party worker, Oren Tabb, in May.", "arrest", {"Oren Tabb"}),
        ("The Harbour Party was accused of funding the gangs.", "accusation", {"Harbour Party"}),
        (
            "Police learnt of an absconder Oren Tabb, convicted in absentia of the murder.",
            "ruling",
            {"Oren Tabb"},
        ),
    ],
)
def test_the_body_and_a_member_named_stay(
    nlp: Language, text: str, kind: str, accused: set[str]
) -> None:
    assert accused_of(kind, nlp, text) == accused


def test_an_acronym_with_an_article_still_acts(nlp: Language) -> None:
    # "an ATC": one court of a kind, which remands; the remand keeps its accused
    text = "Oren Tabb was arrested on Monday. An ATC granted police five days' remand of Tabb."
    assert accused_of("ruling", nlp, text, "remanded") == {"Oren Tabb"}
