"""A name given as an alias ("Shafiq Ahmad alias Kala") is a person's all through the report,
even where NER types the lone word a place - as it may where a paragraph opens with it
("Kala's counsel said ..."; ``nlp.mentions.missed_names.alias_words``), on invented reports."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims import find_claims
from corroborate.nlp.mentions import find_mentions

_FIRST = (
    "The manager, Shafiq Ahmad alias Kala, fared worse. The judge noted that the "
    "laboratory report found brick dust in the bags."
)


def _lone_types(nlp: Language, text: str, word: str) -> set[str]:
    return {m.type for m in find_mentions(nlp(text)) if m.text == word}


def test_a_lone_alias_opening_a_paragraph_is_a_person(nlp: Language) -> None:
    text = _FIRST + "\n\n" + "Kala's counsel said the confession was extracted under torture."
    assert _lone_types(nlp, text, "Kala") == {"person"}


def test_a_lone_alias_inside_a_paragraph_stays_a_person(nlp: Language) -> None:
    # the neighbour NER already types a person (so at 03b148b9 too): the alias words add
    # nothing where the sentence runs on after a space
    text = _FIRST + " " + "Kala's counsel said the confession was extracted under torture."
    assert _lone_types(nlp, text, "Kala") == {"person"}


def test_the_alias_s_counsel_takes_back_his_confession(nlp: Language) -> None:
    text = _FIRST + "\n\n" + "Kala's counsel said the confession was extracted under torture."
    doc = nlp(text)
    claims = find_claims(doc, find_mentions(doc))[0]
    owners = {p.name for c in claims if c.kind == "retraction" for p in c.participants}
    assert owners == {"Shafiq Ahmad"}


def test_a_place_never_given_as_an_alias_stays_a_place(nlp: Language) -> None:
    text = (
        "Police arrested Shafiq Ahmad alias Kala in Multan.\n\n"
        "Traders in Multan said the raids had hurt their business."
    )
    assert _lone_types(nlp, text, "Multan") == {"place"}


def _aliases(nlp: Language, text: str) -> dict[str, str | None]:
    return {m.name: m.alias for m in find_mentions(nlp(text)) if m.type == "person"}


def test_an_alias_declared_inside_a_described_apposition(nlp: Language) -> None:
    # "X, 45, a clerk better known as Y": the description between the name and "known as"
    # does not stop the declaration (one person, not two)
    text = (
        "Police held Tariq Mehmood Awan, 45, a clerk better known as Tariq Munshi, on Monday. "
        "Tariq Munshi denied the charge."
    )
    assert _aliases(nlp, text).get("Tariq Mehmood Awan") == "Tariq Munshi"


def test_a_described_apposition_without_a_declaration_gives_no_alias(nlp: Language) -> None:
    text = "Police held Tariq Mehmood Awan, 45, a clerk from Okara, on Monday."
    assert _aliases(nlp, text).get("Tariq Mehmood Awan") is None
