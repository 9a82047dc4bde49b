"""``bail_clause``: bail the parser read as a verb after a verb that gives or refuses it -
"the judge denied X bail", "refused him bail" (a remand), "granted X bail" (bail). Invented
sentences and names; the near misses are the verb sense of bailing ("refused to bail him
out"), a refusal only asked for, and a victim named beside the refusal."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

LEDE = "Police arrested Marc Dubois on Friday over the theft of two tractors.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "The judge denied Marc Dubois bail.",
        "The magistrate refused Dubois bail on Tuesday.",
        "The magistrate refused Marc Dubois bail on Tuesday.",
        # the pronoun parsed as the subject of a "bail" clause
        "The judge denied him bail.",
        "The court on Tuesday denied Marc Dubois bail, citing the risk that he would flee.",
    ],
)
def test_bail_refused_to_the_object_is_a_remand(nlp: Language, text: str) -> None:
    assert "Marc Dubois" in accused_of("ruling", nlp, LEDE + text, "remanded")


@pytest.mark.parametrize(
    "text",
    # (parsed with the person as the dative and "bail" the object, or as above: either way bail)
    ["The magistrate granted Marc Dubois bail.", "The magistrate granted him bail on Tuesday."],
)
def test_bail_granted_to_the_object_is_bail(nlp: Language, text: str) -> None:
    assert "Marc Dubois" in accused_of("ruling", nlp, LEDE + text, "bail")


@pytest.mark.parametrize(
    "text",
    [
        # the verb sense of bailing someone out: no court's step
        "His brother refused to bail him out.",
        # only asked for
        "The prosecutor asked the court to deny Dubois bail.",
    ],
)
def test_no_bail_refused(nlp: Language, text: str) -> None:
    assert "Marc Dubois" not in accused_of("ruling", nlp, LEDE + text, "remanded")


def test_a_victim_named_beside_the_refusal_holds_no_outcome(nlp: Language) -> None:
    text = (
        "The judge denied Marc Dubois bail after the farmer, Pieter Claes, told the court he "
        "feared him."
    )
    assert "Pieter Claes" not in accused_of("ruling", nlp, LEDE + text)
