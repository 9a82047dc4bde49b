"""The grammar acc56 added: a "who"/"whom" clause the parser hung on a place inside a name's
apposition describes the name ("X, a businessman based in Dubai, whom police are trying to
trace": ``PhraseNames._person_above_place``), a relative clause whose "whom" an identifying
verb takes tells who its noun is ("a man whom they named as X": ``identified_as``), and a
person's name the parser apposed to the thing in a description's "of" phrase renames the
description ("The driver of the minibus, X, was convicted": ``thing_apposed``). Invented
sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of, roles

_ARREST = "Police arrested a clerk over the forged papers. "


def test_a_relative_hung_on_a_place_describes_the_name(nlp: Language) -> None:
    text = _ARREST + (
        "The partner has been identified as Raza Khan, a businessman based in Dubai, whom "
        "police are trying to trace."
    )
    assert "Raza Khan" in accused_of("accusation", nlp, text)


def test_a_relative_hung_on_a_place_reaching_for_comment(nlp: Language) -> None:
    # near miss: police trying to reach him for comment seek no suspect
    text = _ARREST + (
        "The partner has been identified as Raza Khan, a businessman based in Dubai, whom "
        "police are trying to reach for comment."
    )
    assert "accused" not in roles(claims_of(nlp, text)).get("Raza Khan", set())


def test_a_man_whom_the_police_named(nlp: Language) -> None:
    text = "Police were searching for a man whom they named as Raza Khan."
    assert accused_of("accusation", nlp, text) == {"Raza Khan"}


def test_the_agent_whom_the_police_identified(nlp: Language) -> None:
    text = _ARREST + "Police were searching for the agent, whom they identified as Raza Khan."
    assert "Raza Khan" in accused_of("accusation", nlp, text)


def test_a_man_who_named_someone_else(nlp: Language) -> None:
    # near miss: the man sought is the one who named, not the one named
    text = "Police were searching for a man who named his brother as Raza Khan."
    assert "accused" not in roles(claims_of(nlp, text)).get("Raza Khan", set())


def test_a_name_apposed_to_the_thing_renames_the_description(nlp: Language) -> None:
    text = "The driver of the minibus, Tumelo Sekese, was found guilty of theft."
    assert accused_of("ruling", nlp, text, "convicted") == {"Tumelo Sekese"}


def test_a_name_apposed_to_the_thing_as_an_object(nlp: Language) -> None:
    text = "Police arrested the driver of the minibus, Tumelo Sekese, on Monday."
    assert accused_of("arrest", nlp, text) == {"Tumelo Sekese"}


def test_a_name_apposed_to_the_person_of_an_act(nlp: Language) -> None:
    # near miss: "the murder of the shopkeeper, X": X is the shopkeeper, no accused
    text = "The murder of the shopkeeper, Tumelo Sekese, shocked the town."
    assert "accused" not in roles(claims_of(nlp, text)).get("Tumelo Sekese", set())


def test_a_name_apposed_to_the_thing_of_a_speaker(nlp: Language) -> None:
    # near miss: the owner of the bakery who speaks is accused of nothing
    text = "The owner of the bakery, Tumelo Sekese, said the flour had been stolen."
    assert "accused" not in roles(claims_of(nlp, text)).get("Tumelo Sekese", set())
