"""A name NER typed a body, apposed to a description of a person ("Sajid Mehmood, a loader at
the yard"), is a person's (``nlp.mentions.persons_places``), so that "the loader" the report
calls him later takes his confession, his remand and his bail. Sentences invented; the
near misses keep a noun of a body, a firm or a thing, and a description that is a victim's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.mentions import find_mentions
from tests.nlp.test_claims import accused_of

_NAMED = "Police raided a cattle yard in Sheikhupura on Friday. Among those named in the FIR is "


def _types(nlp: Language, text: str) -> dict[str, str]:
    return {m.name: m.type for m in find_mentions(nlp(text))}


@pytest.mark.parametrize(
    "text",
    [
        "Among those named in the report is Sajid Mehmood, a loader at the yard.",
        "Among those named in the report is Sajid Mehmood, the loader at the yard.",
        "Among those named in the report is Sajid Mehmood, a broker at the yard.",
        "Among those named in the FIR is Sajid Mehmood, the watchman of the depot.",
        "Among those named in the report is a broker, Sajid Mehmood.",
    ],
)
def test_a_name_apposed_to_a_description_of_a_person_is_a_person(nlp: Language, text: str) -> None:
    assert _types(nlp, text).get("Sajid Mehmood") == "person"


@pytest.mark.parametrize(
    "text",
    [
        # a firm, a body, a place: nouns of the lexicon, or no noun for a person at all
        "Among those named in the report is Sajid Mehmood, a company at the yard.",
        "Among those named in the report is Sajid Mehmood, a firm at the yard.",
        "Among those named in the report is Sajid Mehmood, a group at the yard.",
        "Among those named in the report is Sajid Mehmood, a hotel at the yard.",
        "Among those named in the report is Sajid Mehmood, a restaurant at the yard.",
    ],
)
def test_a_name_apposed_to_a_body_or_a_thing_keeps_its_type(nlp: Language, text: str) -> None:
    assert _types(nlp, text).get("Sajid Mehmood") == "organization"


@pytest.mark.parametrize(
    ("later", "kind", "outcome"),
    [
        ("The loader confessed to carrying the carcasses, police said.", "confession", None),
        ("A magistrate remanded the loader in police custody for four days.", "ruling", "remanded"),
        ("The court granted bail to the loader.", "ruling", "bail"),
    ],
)
def test_the_description_later_is_the_named_person(
    nlp: Language, later: str, kind: str, outcome: str | None
) -> None:
    text = f"{_NAMED}Sajid Mehmood, a loader at the yard. {later}"
    assert "Sajid Mehmood" in accused_of(kind, nlp, text, outcome)


def test_a_victims_description_takes_no_ruling(nlp: Language) -> None:
    text = (
        "A cattle yard in Sheikhupura caught fire on Friday. Among the dead is Sajid Mehmood, "
        "a loader at the yard. A magistrate remanded the owner, Rafiq Butt, for four days."
    )
    assert "Sajid Mehmood" not in accused_of("ruling", nlp, text, "remanded")
