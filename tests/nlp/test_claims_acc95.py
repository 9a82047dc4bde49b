"""The readings acc95 added, on invented sentences and names (the held-out style's short
wire and newspaper reports).

One the police are looking for, told by a verb of tracing in progress ("X was not at home
when police arrived and is being traced", "the owner, X, was being traced"), stands accused
as one "not traced" does (``Sought._being_traced``): a report says it of a suspect not yet
caught. Near misses: a missing victim or relative ("the victim, X, is being traced"; "since
she was abducted"), and the finding itself ("police traced X to a hotel").

A name before an alias marker that the tagger read as another part of speech ("the fourth
accused, Nadeem alias Deema": "Nadeem" an adjective) is the person's name, the word after
the marker the alias (``missed_names._alias_name_word``), so the person is named by the
name and not only by the alias."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.mentions import find_mentions
from tests.nlp.test_claims import accused_of, claims_of

_LEDE = "Police arrested two men over the robbery of a jewellery shop. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_LEDE + "The shop's landlord, Haji Anwar Gul, was being traced, the SHO said.",
         "Anwar Gul"),
        (_LEDE + "The stolen gold was found at the house of Tariq Mehmood, a goldsmith, who "
         "was not at home when the police arrived and is being traced.", "Tariq Mehmood"),
        (_LEDE + "Police said Rashid Ali, the gang's driver, is being traced.", "Rashid Ali"),
    ],
)  # fmt: skip
def test_one_being_traced_is_accused(nlp: Language, text: str, name: str) -> None:
    assert name in accused_of("accusation", nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The victim, Sana Bibi, is being traced by her family.", "Sana Bibi"),
        ("Sana Bibi has been missing since she was abducted last week and is being traced.",
         "Sana Bibi"),
        ("The victim's brother, Imran Khan, is being traced by his relatives.", "Imran Khan"),
        ("Police traced Imran Khan to a hotel in Lahore.", "Imran Khan"),
        ("The stolen car was traced to a garage owned by Imran Khan.", "Imran Khan"),
    ],
)  # fmt: skip
def test_no_search_for_a_suspect_is_told(nlp: Language, text: str, name: str) -> None:
    accused = {p.name for c in claims_of(nlp, text) for p in c.participants
               if p.role == "accused"}  # fmt: skip
    assert name not in accused


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        ("The fourth accused, Nadeem alias Deema, was declared a proclaimed offender by the "
         "court.", "Nadeem", "Deema"),
        ("Police arrested two men, while their accomplice, Jamil alias Jimmy, escaped.",
         "Jamil", "Jimmy"),
    ],
)  # fmt: skip
def test_the_name_before_an_alias_is_the_person(
    nlp: Language, text: str, name: str, alias: str
) -> None:
    people = {m.name: m.alias for m in find_mentions(nlp(text)) if m.type == "person"}
    assert name in people
    assert alias not in people


def test_a_sentence_first_word_is_no_name_for_an_alias(nlp: Language) -> None:
    # "Alias" opening a sentence is the marker written first, not a name before it
    people = {m.name for m in find_mentions(nlp("Yesterday alias Ripon was arrested."))}
    assert "Yesterday" not in people


def test_one_who_fled_is_accused(nlp: Language) -> None:
    # built by acc99: a flight the police tell, of one given no other part (``flight_ties``)
    text = _LEDE + "Police said another worker, Sohail Rana, managed to flee."
    assert "Sohail Rana" in accused_of("accusation", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="a name with an alias after 'identified as' is not tied to the noun it names: "
    "the alias's head word carries no mention once the alias is folded into the name",
)
def test_identified_with_an_alias_is_accused(nlp: Language) -> None:
    text = _LEDE + (
        "The gang's leader, identified as Abdul Karim alias Boss Karim, remains at large."
    )
    assert "Abdul Karim" in accused_of("accusation", nlp, text)
