"""lfd37: a description apposed after a declared alias is the man's ("Shahid Iqbal alias
Kaka, the landowner", "X alias Kuttan, 38, an autorickshaw driver", "X alias Kana Delwar,
52, a broker who ...") as after a name with none: "the landowner" later stands for him
(``claims.alias_closed``). Near misses: no alias marker, a marker the parse hangs on
nothing after it, a noun that is no description. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims.alias_closed import alias_closing
from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings


@pytest.mark.parametrize(
    ("text", "name", "setting"),
    [
        ("Police arrested Shahid Iqbal alias Kaka, the landowner, on Monday. The landowner "
         "confessed during interrogation that he had hired the men.", "Shahid Iqbal", "custodial"),
        ("Police arrested Shahid Iqbal alias Kaka, a landowner, on Monday. Later, the landowner "
         "confessed during interrogation that he had hired the men.", "Shahid Iqbal", "custodial"),
        ("Police arrested Vinod Menon alias Kuttan, 38, an autorickshaw driver, on Monday. The "
         "driver confessed during interrogation that he had hired the men.", "Vinod Menon",
         "custodial"),
        ("The arrested are surveyor Abul Kalam, 46, and Delwar Hossain alias Kana Delwar, 52, a "
         "broker who hangs around the office. Later in the day, the broker gave a confessional "
         "statement before a magistrate.", "Delwar Hossain", "judicial"),
    ],
)  # fmt: skip
def test_the_noun_after_the_alias_is_his(nlp: Language, text: str, name: str, setting: str) -> None:
    assert accused_of("confession", nlp, text) == {name}
    assert settings(nlp, text, name) == {setting}


def test_a_denial_by_the_noun_after_the_alias(nlp: Language) -> None:
    text = ("Police arrested Shahid Iqbal alias Kaka, a landowner, on Monday. The landowner "
            "denied the charge.")  # fmt: skip
    assert accused_of("denial", nlp, text) == {"Shahid Iqbal"}


@pytest.mark.parametrize(
    "text",
    [
        # no alias: the comma closes the name itself (the old reading, not this one's)
        "Police arrested Shahid Iqbal, a landowner, on Monday.",
        # the alias marker ends the sentence's name but no alias of names follows
        "Police arrested Shahid Iqbal alias the landowner on Monday.",
    ],
)
def test_no_alias_closing(nlp: Language, text: str) -> None:
    doc = nlp(text)
    name = doc.char_span(text.index("Shahid"), text.index("Iqbal") + 5)
    assert name is not None
    assert alias_closing(name, name.root) is None


def test_the_alias_closing_word(nlp: Language) -> None:
    text = "Police arrested Shahid Iqbal alias Kaka Khan, a landowner, on Monday."
    doc = nlp(text)
    name = doc.char_span(text.index("Shahid"), text.index("Iqbal") + 5)
    assert name is not None
    top = name.root
    while top.head.i > top.i and top.head.pos_ == "PROPN" or top.head.lower_ == "alias":
        top = top.head
    closing = alias_closing(name, top)
    assert closing is not None and closing.text == "Khan"


def test_a_noun_of_no_one_after_the_alias_is_no_description(nlp: Language) -> None:
    # the victim is another part of the case: "the victim" later is not the accused
    text = ("Police arrested Shahid Iqbal alias Kaka, the victim's neighbour, on Monday. The "
            "victim confessed during interrogation that he had hired the men.")  # fmt: skip
    assert accused_of("confession", nlp, text) == set()
