"""Probes of a court's step told of a group - "both", "both men", "the two", "all three", a
list of names - after the report named its members: the ruling goes to each member
(``Counted``, the ruling readers). Invented sentences in wire, European, Latin-American and
South-Asian styles; the strict xfails are shapes no open court set holds (grp87 counted
them), left unbuilt."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import ruled_in_last_sentence

_LAHORE = (
    "Police arrested Tariq Nazar and Imran Bashir on Tuesday over the killing of a shopkeeper. "
)
_LAHORE_TWO = {"Tariq Nazar", "Imran Bashir"}
_PORT_LOUIS = (
    "Officers of the anti-corruption commission arrested Sunil Bhoyroo and Vikash Ramdin on "
    "Monday over bribes paid for building permits. "
)
_MONTEVIDEO = "Marco Sosa and Nicolas Pereyra were charged with fraud over doped horses. "
_APIA = "Sami Tuala and Ioane Pita were charged with arson at the village. "
_LISBON = "Prosecutors charged Carlos Mendes and Pedro Alves with money laundering. "
_LISBON_TWO = {"Carlos Mendes", "Pedro Alves"}
_PATNA = "Rahul Sharma and Amit Verma were arrested by the police on Sunday. "
_PATNA_TWO = {"Rahul Sharma", "Amit Verma"}
_MULTAN = "Police arrested Abdul Sattar, a clerk, and Imran Ali, a driver, over the theft. "
_MULTAN_TWO = {"Abdul Sattar", "Imran Ali"}


@pytest.mark.parametrize(
    ("text", "outcome", "members"),
    [
        (
            _LAHORE + "A judicial magistrate handed both over to police on physical remand.",
            "remanded",
            _LAHORE_TWO,
        ),
        (
            _PORT_LOUIS + "Magistrate Priya Dookhun ordered both detained at the detention centre.",
            "remanded",
            {"Sunil Bhoyroo", "Vikash Ramdin"},
        ),
        (
            _MONTEVIDEO + "A trial judge had convicted both men in February.",
            "convicted",
            {"Marco Sosa", "Nicolas Pereyra"},
        ),
        (
            _APIA
            + "Justice Leavai convicted both on their own pleas and remanded them in custody.",
            "remanded",
            {"Sami Tuala", "Ioane Pita"},
        ),
        (
            _LISBON + "A judge in Lisbon ordered both held in pre-trial detention.",
            "remanded",
            _LISBON_TWO,
        ),
        (_LISBON + "A judge released both on bail.", "bail", _LISBON_TWO),
        (
            _PATNA + "The magistrate sent both to judicial custody for 14 days.",
            "remanded",
            _PATNA_TWO,
        ),
        (_PATNA + "The magistrate granted bail to both on Monday.", "bail", _PATNA_TWO),
        (_PATNA + "Both were granted bail on Monday.", "bail", _PATNA_TWO),
        (_PATNA + "The two were granted bail on Monday.", "bail", _PATNA_TWO),
        (
            _MULTAN + "A magistrate handed the clerk and the driver over to police on remand.",
            "remanded",
            _MULTAN_TWO,
        ),
        (
            _MULTAN + "The clerk and the driver were sent to jail on judicial remand.",
            "remanded",
            _MULTAN_TWO,
        ),
        (
            _MULTAN + "A magistrate sent Sattar and Ali to jail on judicial remand.",
            "remanded",
            _MULTAN_TWO,
        ),
    ],
)
def test_a_step_told_of_a_group_reaches_each_member(
    nlp: Language, text: str, outcome: str, members: set[str]
) -> None:
    assert ruled_in_last_sentence(nlp, text, outcome) == members


def test_a_counted_group_granted_bail_as_the_recipient(nlp: Language) -> None:
    # "the two men bail" parsed as a "bail" clause with the group its subject
    # (``bail_clause``, out94): the group is whom bail is granted to
    closing = "The court granted the two men bail on Friday."
    assert ruled_in_last_sentence(nlp, _PATNA + closing, "bail") == _PATNA_TWO


@pytest.mark.xfail(
    strict=True,
    reason="a group word as the recipient of 'granted ... bail' (\"granted both bail\") is not"
    " read; no open court set holds the shape (grp87), so it was not built",
)
def test_a_group_granted_bail_as_the_recipient(nlp: Language) -> None:
    closing = "The magistrate granted both bail on Monday."
    assert ruled_in_last_sentence(nlp, _PATNA + closing, "bail") == _PATNA_TWO


@pytest.mark.xfail(
    strict=True,
    reason="'to jail' hung by the parser on the last of a list of descriptions is not read as"
    " where they were sent; in every open court set the parser hangs it on the verb (grp87)",
)
def test_descriptions_sent_to_jail_with_the_place_on_the_last(nlp: Language) -> None:
    text = _MULTAN + "A magistrate sent the clerk and the driver to jail on judicial remand."
    assert ruled_in_last_sentence(nlp, text, "remanded") == _MULTAN_TWO
