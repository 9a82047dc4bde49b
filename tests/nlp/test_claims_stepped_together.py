"""A count stands for the group one step took together when no other group of its size fits:
"Police arrested X, Y and Z ... A fourth suspect, W, was arrested later ... The court remanded
the three" - the one followed is W and everyone accused is four, but one arrest took the three
together (``Counted._stepped_together_of_size``); invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import ruled_in_last_sentence

_THREE = "Ruslan Bekov, Timur Aliev and Oleg Zaitsev"
_THREE_NAMES = {"Ruslan Bekov", "Timur Aliev", "Oleg Zaitsev"}


@pytest.mark.parametrize(
    "closing",
    [
        "The district court on Friday remanded the three in custody for two months.",
        "A judge on Friday ordered the three held in pre-trial detention.",
        "The investigating judge ordered all three detained.",
        "On Friday the three were produced before a magistrate, who sent them to jail.",
    ],
)
def test_a_count_is_the_group_arrested_together_before_a_fourth(
    nlp: Language, closing: str
) -> None:
    text = (
        f"Police in Batumi arrested {_THREE} over the theft of fuel from a depot. "
        "A fourth suspect, Zurab Kvaratskhelia, was arrested at the border on Thursday. " + closing
    )
    assert ruled_in_last_sentence(nlp, text, "remanded") == _THREE_NAMES


def test_a_fourth_charged_apart_and_the_two_bailed(nlp: Language) -> None:
    text = (
        "Anti-corruption officers arrested revenue clerk Sohail Anjum and his assistant Waqas "
        "Javed for taking bribes. A third man, Liaquat Ali, was arrested on Tuesday. "
        "A special judge on Wednesday granted bail to the two."
    )
    assert ruled_in_last_sentence(nlp, text, "bail") == {"Sohail Anjum", "Waqas Javed"}


def test_a_count_no_step_took_together_stays_unread(nlp: Language) -> None:
    # no step took four together: the count stands for no one it was not told of
    text = (
        "Police arrested Anil Rao and Suresh Naik in Mangaluru. A third man, Praveen Shetty, "
        "was arrested later. The magistrate remanded the four in judicial custody."
    )
    assert not ruled_in_last_sentence(nlp, text, "remanded") & {"Anil Rao", "Suresh Naik"}


@pytest.mark.xfail(
    strict=True,
    reason="a release told in a sentence of its own is not remembered (``released`` holds only "
    "'arrested X but released him'), so the group arrested together is still taken",
)
def test_a_group_with_one_let_go_is_not_the_count(nlp: Language) -> None:
    # one of the three arrested together was let go: they are no group of the held
    text = (
        f"Police in Batumi arrested {_THREE} over the theft of fuel from a depot. "
        "Timur Aliev was released after questioning. A fourth suspect, Zurab Kvaratskhelia, "
        "was arrested at the border on Thursday. The district court remanded the three."
    )
    assert "Timur Aliev" not in ruled_in_last_sentence(nlp, text, "remanded")


def test_victims_named_together_are_not_the_count(nlp: Language) -> None:
    # the three named together are the victims, whom no step of the law took: not them
    text = (
        "Police arrested Kamal Hossain over the attack. He had stabbed Rina Akter, Mitu Begum "
        "and Shathi Khatun outside the school. Another suspect, Jalal Uddin, was arrested "
        "later. The court remanded the three."
    )
    assert not ruled_in_last_sentence(nlp, text, "remanded") & {
        "Rina Akter",
        "Mitu Begum",
        "Shathi Khatun",
    }


def test_the_judge_and_lawyers_named_together_are_not_the_count(nlp: Language) -> None:
    text = (
        "Police arrested Kamal Hossain over the attack. Judge Nasrin Sultana heard lawyers "
        "Abdur Rahim and Masud Rana for the state. Another suspect, Jalal Uddin, was arrested "
        "later. The court remanded the two."
    )
    assert not ruled_in_last_sentence(nlp, text, "remanded") & {
        "Nasrin Sultana",
        "Abdur Rahim",
        "Masud Rana",
    }
