"""The grammar acc59 added: whoever a warrant is "for" or "against" is accused, the phrase
hung on the warrant or, as the parser often does, on the verb that issues, seeks or refuses
it (``Warrants._warranted``); whoever stands "in the dock" is on trial, charged, and so are
those "alongside" (``Facing._in_the_dock``). Invented sentences and names; each construction
has paraphrases (another verb, the other voice, another word order) and a near miss."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of, roles


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The magistrate issued an arrest warrant for Marek Kowalski.", {"Marek Kowalski"}),
        # the other voice, the phrase hung on the verb
        ("A warrant was issued against Marek Kowalski on Friday.", {"Marek Kowalski"}),
        # plural, a list
        (
            "The court issued non-bailable warrants against Marek Kowalski and Piotr Zielinski.",
            {"Marek Kowalski", "Piotr Zielinski"},
        ),
        # a "for" phrase the parser marks as a dative, a list after it
        (
            "Arrest warrants have been issued for Kofi Mensah and his brother Yaw Mensah, "
            "police said.",
            {"Kofi Mensah", "Yaw Mensah"},
        ),
        # a pronoun the sentence binds
        (
            "Marek Kowalski has been missing since March and the court issued a warrant "
            "against him.",
            {"Marek Kowalski"},
        ),
        # sought, not yet issued: sought against a suspect all the same
        (
            "Prosecutors sought an arrest warrant for the former mayor, Joao Pereira.",
            {"Joao Pereira"},
        ),
        # refused: the warrant was still sought against her; the name apposed to a common
        # noun the parser hangs on the verb
        (
            "The court rejected a warrant for a realtor, Kim Min-jun, 39, whose office "
            "brokered most of the contracts.",
            {"Kim Min-jun"},
        ),
        ("Judge Ana Reyes signed a bench warrant for Tomas Vidal.", {"Tomas Vidal"}),
    ],
)
def test_a_warrant_for_or_against_someone(nlp: Language, text: str, names: set[str]) -> None:
    assert names <= accused_of("accusation", nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a warrant for a thing, not a person
        ("Police obtained a search warrant for the house of Marek Kowalski.", "Marek Kowalski"),
        ("The court issued a warrant for the house of Marek Kowalski.", "Marek Kowalski"),
        # none exists
        ("There is no warrant against Marek Kowalski, police said.", "Marek Kowalski"),
        # a compound: the warrant officer is no warrant
        ("The warrant officer, Marek Kowalski, testified.", "Marek Kowalski"),
        # the judge who signs it
        ("Judge Ana Reyes signed the warrant on Monday.", "Ana Reyes"),
    ],
)
def test_a_warrant_that_names_no_suspect(nlp: Language, text: str, name: str) -> None:
    assert "accused" not in roles(claims_of(nlp, text)).get(name, set())


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Marek Kowalski stood in the dock.", {"Marek Kowalski"}),
        ("Marek Kowalski was in the dock on Monday.", {"Marek Kowalski"}),
        # inverted
        ("In the dock were Kofi Mensah and Yaw Mensah.", {"Kofi Mensah", "Yaw Mensah"}),
        # another verb of being present
        ("Grace Wanjiru appeared in the dock in a white dress.", {"Grace Wanjiru"}),
        # those alongside stand there too
        (
            "Kofi Mensah stood in the dock alongside his sons Yaw Mensah and Kwame Mensah.",
            {"Kofi Mensah", "Yaw Mensah", "Kwame Mensah"},
        ),
    ],
)
def test_whoever_stands_in_the_dock_is_charged(nlp: Language, text: str, names: set[str]) -> None:
    assert names <= accused_of("charge", nlp, text, "charged")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Marek Kowalski was not in the dock.", "Marek Kowalski"),  # not there
        ("Marek Kowalski stood near the dock.", "Marek Kowalski"),  # beside it, not in it
        ("The trawler Sea Star was in the dock for repairs.", "Sea Star"),  # a ship's dock
        ("Marek Kowalski's mother sat in the public gallery.", "Marek Kowalski"),
    ],
)
def test_not_in_the_dock(nlp: Language, text: str, name: str) -> None:
    assert "accused" not in roles(claims_of(nlp, text)).get(name, set())
