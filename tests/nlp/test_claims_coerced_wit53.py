"""Coerced statements told by a witness, on invented sentences (wit53): one a sentence
gives a witness's part by apposition or its relative ("X, a shopkeeper who was a prosecution
witness"), never accused, who says his own statement was extracted or signed unread disowns
his evidence - no confession and no retraction of his; the near misses (the accused says so,
a witness noun describing another, a part no witness's, a witness the report also accuses)
still read a confession taken back."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CHARGED = "Police charged Selim Hossain with the murder. "


@pytest.mark.parametrize(
    "text",
    [
        # a role noun inside the relative of an apposition
        _CHARGED + "Abdul Karim, a shopkeeper who was a prosecution witness, told the court "
        "his statement had been extracted under torture.",
        # a statement signed unread
        _CHARGED + "Abdul Karim, a shopkeeper who was a prosecution witness, told the court "
        "he had signed his statement without reading it.",
        # the apposition itself, with its phrase
        _CHARGED + "Abdul Karim, a witness in the case, told the court his statement had been "
        "extracted under torture.",
        # another witness noun, with its phrase
        _CHARGED + "Mina Rahman, an eyewitness to the shooting, told the court her statement "
        "had been obtained under duress.",
    ],
)
def test_a_witness_disowning_his_statement_confesses_nothing(nlp: Language, text: str) -> None:
    assert accused_of("confession", nlp, text) == set()
    assert accused_of("retraction", nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the accused says it: a confession taken back
        (_CHARGED + "Selim Hossain told the court his statement had been extracted under "
         "torture.", "Selim Hossain"),
        # a part no other side's: a shopkeeper arrested with him
        (_CHARGED + "Abdul Karim, a shopkeeper who was arrested with him, told the court his "
         "statement had been extracted under torture.", "Abdul Karim"),
        # a worker no one has accused yet (the case file's pm-002 shape)
        ("The union rejected the claims about its worker Tariq Noor, saying that his "
         "confession was extracted under torture.", "Tariq Noor"),
        # a witness noun in the sentence that describes another
        (_CHARGED + "Abdul Karim, who threatened a witness, told the court his statement had "
         "been extracted under torture.", "Abdul Karim"),
        # a part no witness's: one told hurt (a victim's part is not asked)
        (_CHARGED + "Abdul Karim, who was injured in the raid, told the court his statement "
         "had been extracted under torture.", "Abdul Karim"),
        # a witness the report also accuses
        ("Police charged Abdul Karim with the murder. Abdul Karim, a prosecution witness in "
         "an earlier case, told the court his statement had been extracted under torture.",
         "Abdul Karim"),
    ],
)  # fmt: skip
def test_an_accused_disowning_his_statement_still_confessed(
    nlp: Language, text: str, who: str
) -> None:
    assert who in accused_of("confession", nlp, text)
    assert who in accused_of("retraction", nlp, text)
