"""A word of denying the ledger did not read for the accused (den100, the "a-cue" misses).

Two forms read now:

- knowledge denied with nothing named as known: '"I did not know," he said', '"He never
  knew, and still they took him," his wife said' - the thing not known is the deed the
  report told (``no_part._knew_nothing_of_it``): past only ("I don't know" answers a
  question), never a relative clause ("a man he did not know"), and only the accused's own
  word or his side's (``Answers._knowing_denied``);
- innocence upheld with a phrase of when or where on the noun: "maintained innocence
  throughout the trial" (``Answers._innocence_claimed``: only an "of" phrase names another
  owner).

And one guard on knowledge denied: kin or counsel named as someone's the report accuses of
nothing ("Irfan's brother") speaks for that one, not for the accused
(``Answers._speaks_for_no_accused``).

Invented sentences and names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_KATHMANDU = (
    "KATHMANDU: Police arrested Hari Prasad Gurung, 45, a porter, over the smuggling of red "
    "sandalwood found in a truck he drove. Gurung was remanded for ten days. "
)
_LAHORE = (
    "LAHORE: Police arrested Nadeem Butt, 34, a tyre shop owner, over the killing of Irfan "
    "Shah, a shopkeeper, on Monday night. Butt was sent on judicial remand. "
)


@pytest.mark.parametrize(
    ("text", "cleared"),
    [
        (
            _KATHMANDU + '"I did not know. I was only the driver," Gurung said.',
            {"Hari Prasad Gurung"},
        ),
        (
            _KATHMANDU + 'Gurung told reporters after the hearing: "I said from the first day '
            'that I did not know."',
            {"Hari Prasad Gurung"},
        ),
        (
            _KATHMANDU + '"He did not know, and still they have taken him," his wife said.',
            {"Hari Prasad Gurung"},
        ),
        (_KATHMANDU + '"I never knew," Gurung told the court.', {"Hari Prasad Gurung"}),
    ],
)
def test_knowledge_denied_with_nothing_named(nlp: Language, text: str, cleared: set[str]) -> None:
    assert accused_of("denial", nlp, text) == cleared


def test_innocence_upheld_throughout_the_trial(nlp: Language) -> None:
    text = _LAHORE + "Nadeem maintained innocence throughout the trial."
    assert accused_of("denial", nlp, text) == {"Nadeem Butt"}


@pytest.mark.parametrize(
    "text",
    [
        # a question answered now, not the deed
        _KATHMANDU + '"I don\'t know," Gurung said when asked who owned the truck.',
        # no one of the accused's side
        _KATHMANDU + '"We did not know," a neighbour said.',
        _LAHORE + '"I did not know," Inspector Khan said.',
        # the thing not known is the noun the relative clause hangs on
        _KATHMANDU + "The truck's owner said he had hired a man he did not know.",
        # the victim's kin, named as the victim's
        _LAHORE + '"He did not know," Irfan\'s brother said.',
        _LAHORE + '"He did not know the man," Irfan\'s brother said of the shopkeeper.',
        _LAHORE + 'Irfan\'s mother said: "My son did not know the man. He was only sitting."',
        # innocence doubted, or another's upheld
        _LAHORE + "The judge doubted innocence in his order.",
        _LAHORE + "Irfan's brother asserted the innocence of his cousin in a statement.",
    ],
)
def test_near_misses_stay_non_denials(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == set()


def test_he_said_he_did_not_know(nlp: Language) -> None:
    text = _LAHORE + "He has said he did not know the pistol was loaded."
    assert accused_of("denial", nlp, text) == {"Nadeem Butt"}


@pytest.mark.xfail(strict=True, reason="innocence professed (no verb of saying): not built")
def test_professed_innocence_in_a_statement(nlp: Language) -> None:
    text = _LAHORE + "Nadeem professed innocence in his statement."
    assert accused_of("denial", nlp, text) == {"Nadeem Butt"}


@pytest.mark.xfail(strict=True, reason="a later 'that' clause of a verb of telling: not built")
def test_second_clause_of_telling(nlp: Language) -> None:
    text = (
        _LAHORE + "Nadeem told the court that he had signed what the officer wrote and that "
        "he had never opened fire."
    )
    assert accused_of("denial", nlp, text) == {"Nadeem Butt"}
