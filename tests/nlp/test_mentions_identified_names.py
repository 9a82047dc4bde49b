"""A name NER typed an organisation, told by an identifying verb's "as" as who a person is
("police identified them as X and Y", "a man identified as X"), is a person's
(``nlp.mentions.identified_names``), so that what the sentence or its lede does to the
pronoun or the noun reaches the name. Sentences and names invented; the near misses identify
a firm, a place or a vessel, or two one-word names ("them" may be things)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.mentions import find_mentions
from tests.nlp.test_claims import accused_of


def _types(nlp: Language, text: str) -> dict[str, str]:
    return {m.name: m.type for m in find_mentions(nlp(text))}


@pytest.mark.parametrize(
    "text",
    [
        "Police identified them in court as Tor-Erik Haugen, of Hamar, and Marius Lunde, of Moss.",
        "They were named in court as Tor-Erik Haugen and Marius Lunde.",
        "Prosecutors identified him as Tor-Erik Haugen.",
        "Police named the driver as Tor-Erik Haugen.",
        "The driver was identified as Tor-Erik Haugen.",
        "Police arrested a man identified as Tor-Erik Haugen.",
        "Police questioned a trader who was identified as Tor-Erik Haugen.",
    ],
)
def test_a_name_identifying_a_person_is_a_person(nlp: Language, text: str) -> None:
    assert _types(nlp, text).get("Tor-Erik Haugen") == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Officers identified the company as Tor-Erik Haugen.", "Tor-Erik Haugen"),
        ("Officers identified the village as Tor-Erik Haugen.", "Tor-Erik Haugen"),
        ("The firm was named as Marius Lunde.", "Marius Lunde"),
        ("Officers identified them as Nordvik and Haugen.", "Nordvik"),
    ],
)
def test_a_name_identifying_a_firm_or_a_place_keeps_its_type(
    nlp: Language, text: str, name: str
) -> None:
    assert _types(nlp, text).get(name) != "person"


def test_the_identified_pronoun_takes_the_remand(nlp: Language) -> None:
    text = (
        "Two men were remanded in custody on Monday over a string of cabin burglaries. "
        "Police identified them in court as Tor-Erik Haugen, of Hamar, and Marius Lunde, of Moss."
    )
    assert {"Tor-Erik Haugen", "Marius Lunde"} <= accused_of("ruling", nlp, text)


@pytest.mark.parametrize("noun", ["victim", "judge"])
def test_an_identified_victim_or_judge_is_a_person_never_an_accused(
    nlp: Language, noun: str
) -> None:
    text = f"Police arrested Ola Brenden on Friday. The {noun} was identified as Tor-Erik Haugen."
    assert _types(nlp, text).get("Tor-Erik Haugen") == "person"
    assert "Tor-Erik Haugen" not in accused_of("arrest", nlp, text)
