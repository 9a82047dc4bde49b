"""A job noun the small parser misreads right before a name is still the name's title:
"anaesthetist X" tagged an adjective and hung as ``amod``, "anaesthetist X" hung as ``nmod``,
"sonographer X" tagged a verb - where the report writes the word as a noun elsewhere ("the
anaesthetist was remanded"), the one it titled is that person
(``DescribedPeople._title_mislabelled``). Near misses: an adjective before a name ("the late
X", "former X"), a noun of another part of the case (victim, advocate, judge), a noun joined
by "of" ("the doctor of X"), and a word the report never writes as a noun. Invented
sentences and names (each checked to draw the misreading from the parser)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CASE = (
    "Police have registered an offence under Sections 318 and 336 of the Nyaya Sanhita "
    "against the clinic's director Dr Suresh Patwardhan, {title} {name} and coordinator "
    "Rohan Mane. "
)
_REMANDED = "The {title} was produced before a magistrate, who remanded her in police custody."


@pytest.mark.parametrize(
    ("title", "name"),
    [
        ("anaesthetist", "Nandini Gaikwad"),  # tagged JJ, amod
        ("anaesthetist", "Ashwini Sawant"),  # tagged JJ, amod
        ("anaesthetist", "Shalini Mhatre"),  # NN, nmod
        ("sonographer", "Ashwini Sawant"),  # tagged VB, amod
    ],
)
def test_a_misread_title_describes_the_name(nlp: Language, title: str, name: str) -> None:
    text = _CASE.format(title=title, name=name) + _REMANDED.format(title=title)
    assert accused_of("ruling", nlp, text, "remanded") == {name}


def test_a_paraphrase_bail_for_the_title(nlp: Language) -> None:
    # the step told after the list, with the title as the object of a preposition
    text = _CASE.format(title="anaesthetist", name="Nandini Gaikwad") + (
        "On Tuesday the sessions court granted bail to the anaesthetist."
    )
    assert accused_of("ruling", nlp, text, "bail") == {"Nandini Gaikwad"}


@pytest.mark.parametrize(
    ("title", "name", "later"),
    [
        ("late", "Ashwini Sawant", "The late was remanded."),  # an adjective, never a noun
        ("victim", "Ashwini Sawant", "The victim was remanded by the court."),
        ("advocate", "Ashwini Sawant", "The advocate was remanded by the court."),
    ],
)
def test_no_part_of_the_case_or_adjective_is_a_title(
    nlp: Language, title: str, name: str, later: str
) -> None:
    text = _CASE.format(title=title, name=name) + later
    assert name not in accused_of("ruling", nlp, text, "remanded")


def test_a_word_never_written_as_a_noun_describes_no_one(nlp: Language) -> None:
    # near miss: "the anaesthetist" is never written; "the coordinator" is Rohan Mane
    text = _CASE.format(title="anaesthetist", name="Nandini Gaikwad") + (
        "The coordinator was produced before a magistrate, who remanded him in police custody."
    )
    assert accused_of("ruling", nlp, text, "remanded") == {"Rohan Mane"}


def test_a_noun_joined_by_of_is_no_title(nlp: Language) -> None:
    # "the doctor of X": X is whose doctor, not the doctor
    text = (
        "Police questioned the anaesthetist of Nandini Gaikwad at the clinic. "
        "The anaesthetist was remanded by the court on Tuesday."
    )
    assert "Nandini Gaikwad" not in accused_of("ruling", nlp, text, "remanded")
