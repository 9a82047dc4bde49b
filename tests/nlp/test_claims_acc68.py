"""The readings acc68 added: a participle set off after a verb's object that the parser hung
on the verb, which tells who the object is ("Police arrested two men, identified as X and Y":
``identified_as``), and a plea entered under a bargain, which is the guilty plea the bargain
trades ("X entered the plea under a plea agreement": ``PleaBargains._plea_under_bargain``).
Invented sentences and names; each reading with paraphrases and near misses that must not
fire (bodies found, a description that names no one, a plea that tells its own answer, a plea
with no bargain)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of

LEDE = "Police arrested cashier Ivo Brant over the theft of fuel from a depot.\n\n"


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("Police arrested two men, identified as Tomas Orla and Pavel Dusek.",
         {"Tomas Orla", "Pavel Dusek"}),
        # another verb of custody, a list of three
        ("Detectives detained three suspects, identified as Tomas Orla, Pavel Dusek and "
         "Marta Kessel.", {"Tomas Orla", "Pavel Dusek", "Marta Kessel"}),
        # one person told by a role noun
        ("Customs officers arrested a driver, identified as Marta Kessel.", {"Marta Kessel"}),
    ],
)  # fmt: skip
def test_a_participle_set_off_after_the_object_names_it(
    nlp: Language, text: str, names: set[str]
) -> None:
    assert names <= accused_of("arrest", nlp, LEDE + text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # bodies found: no step of a case befalls them
        ("Police found two bodies, identified as Tomas Orla and Pavel Dusek.", "Tomas Orla"),
        # the participle on another clause's object: the victims, not those arrested
        ("Police arrested a man after finding two bodies, identified as Tomas Orla and "
         "Pavel Dusek.", "Tomas Orla"),
        # the object's own clause: "after they were identified" is no participle set off
        ("Police arrested two men after the witness identified Tomas Orla as the driver.",
         "Tomas Orla"),
    ],
)  # fmt: skip
def test_no_participle_set_off_no_accused(nlp: Language, text: str, name: str) -> None:
    found = {
        p.name
        for c in claims_of(nlp, LEDE + text)
        if c.kind in ("arrest", "accusation", "charge")
        for p in c.participants
        if p.role == "accused"
    }
    assert name not in found


def test_a_description_after_the_comma_names_no_one(nlp: Language) -> None:
    text = LEDE + "Police arrested two men, identified as the drivers by a witness."
    assert accused_of("arrest", nlp, text) <= {"Ivo Brant"}


@pytest.mark.parametrize(
    "text",
    [
        "Tomas Orla, 41, entered the plea before Judge Ana Lima under a plea agreement with "
        "the prosecutors.",
        # a bargain with no plea noun of its own: the plea is the verb's object
        "Tomas Orla entered his plea under an agreement with the Attorney General's office.",
        # "as part of" a bargain
        "Tomas Orla entered the plea as part of a plea deal.",
    ],
)
def test_a_plea_entered_under_a_bargain_is_guilty(nlp: Language, text: str) -> None:
    assert "Tomas Orla" in accused_of("ruling", nlp, LEDE + text, outcome="convicted")
    assert "Tomas Orla" in accused_of("confession", nlp, LEDE + text)


@pytest.mark.parametrize(
    "text",
    [
        # a plea that tells its own answer
        "Tomas Orla entered a plea of not guilty under an agreement with his lawyer.",
        # no bargain: a plea told before, which this reading does not guess
        "Tomas Orla entered the plea before Judge Ana Lima.",
        # a bargain, but no plea entered
        "Tomas Orla entered the courtroom under an agreement with the prosecutors.",
    ],
)
def test_no_plea_under_a_bargain_no_conviction(nlp: Language, text: str) -> None:
    assert "Tomas Orla" not in accused_of("ruling", nlp, LEDE + text, outcome="convicted")
