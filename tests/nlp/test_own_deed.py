"""The crime a speaker's own clause names (``nlp.own_deed``) and the setting the audience of a
verb of telling gives (``nlp.audience``), read from the parse of invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Token

from corroborate.nlp.audience import audience_setting
from corroborate.nlp.own_deed import deeds_not_his, tells_own_crime


def _subject_of_clause(nlp: Language, text: str) -> list[Token]:
    """The subject of the clause the sentence's main verb takes (its first ccomp)."""
    doc = nlp(text)
    clause = next(t for t in doc if t.dep_ == "ccomp")
    return [c for c in clause.children if c.dep_ in ("nsubj", "nsubjpass")]


@pytest.mark.parametrize(
    ("text", "own"),
    [
        ("Bilal Ahmed admitted that he had fired the shots.", True),
        ("Arjun Mehta said that he had strangled the guard.", True),
        ("Kashif Mehmood said that he had been paid to kill the lawyer.", True),
        ("Tariq Jamil said that he drove the van used in the robbery.", True),
        ("Daniel Mutua said that he had seen the killers.", False),
        ("Nasir Jamal said that he had witnessed the murder of the shopkeeper.", False),
        ("Omar Farooq said that he had been beaten by the guards.", False),
        ("Salman Akhtar said that he had killed the proposal in committee.", False),
        ("Rahul Verma admitted that he was late for the hearing.", False),
        # patronage's words ("money from") tell no deed of one's own (``deedless_acts``)
        ("Gopal Shrestha said that he had borrowed part of the money from relatives.", False),
        ("Gopal Shrestha said that he had extorted the money from traders.", True),
    ],
)
def test_the_crime_of_the_speakers_own_clause(nlp: Language, text: str, own: bool) -> None:
    assert tells_own_crime(_subject_of_clause(nlp, text)) is own


def test_no_clause_no_reading(nlp: Language) -> None:
    assert tells_own_crime([]) is None
    doc = nlp("Police arrested the killers.")
    assert tells_own_crime([doc[3]]) is None  # "killers" is the verb's object, no subject


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        ("Faisal Karim told investigators that he had shot the guard.", "custodial"),
        ("Zubair Khan told the magistrate that he had stabbed the guard.", "judicial"),
        ("Joseph Njoroge told reporters that he had fired the shots.", "public"),
        ("Peter Kamau admitted to journalists that he had driven the car.", "public"),
        ("Asif Raza said that he had fired the shots.", None),
    ],
)
def test_the_audience_gives_the_setting(nlp: Language, text: str, setting: str | None) -> None:
    doc = nlp(text)
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert audience_setting(root, "confession") == setting


def test_a_denial_is_never_custodial(nlp: Language) -> None:
    doc = nlp("Asif Raza told investigators that he had not fired the shots.")
    root = next(t for t in doc if t.dep_ == "ROOT")
    assert audience_setting(root, "denial") is None


@pytest.mark.parametrize(
    ("text", "not_his"),
    [
        # what a verb of telling or looking on acts on is no deed of its subject's
        ("Police said Omar Fitch had warned of a bomb attack on the market.", "bomb"),
        ("Police said Omar Fitch had written about the bombing of the bridge.", "bombing"),
        # nor what was done to the victims, their kin or witnesses he stands by
        ("Police said Omar Fitch had helped the victims of the bomb attack.", "bomb"),
        (
            "Police said Omar Fitch comforted the families of the victims of the shooting.",
            "shooting",
        ),
    ],
)
def test_words_of_the_accused_clause_that_tell_no_deed_of_his(
    nlp: Language, text: str, not_his: str
) -> None:
    assert not_his in {t.text for t in deeds_not_his(_subject_of_clause(nlp, text))}


@pytest.mark.parametrize(
    "text",
    [
        "Police said Omar Fitch had planted the bomb outside the depot.",
        "Police said Omar Fitch opened fire on the crowd outside the mosque.",
        # a co-ordinated verb tells a deed of its own
        "Police said Omar Fitch had warned of the bombing and then planted the bomb.",
        # the victims' guard is someone else than the victims
        "Police said Omar Fitch shot the guard of the victims.",
    ],
)
def test_the_accused_own_deed_keeps_its_words(nlp: Language, text: str) -> None:
    blanked = {t.text for t in deeds_not_his(_subject_of_clause(nlp, text))}
    assert not blanked & {"bomb", "fire", "shot"}


def test_no_active_subject_nothing_blanked(nlp: Language) -> None:
    assert deeds_not_his([]) == []
    assert deeds_not_his(_subject_of_clause(nlp, "Police said Omar Fitch was arrested.")) == []
