"""A count of people ("the four", "all six") is sized against the people a step took, not
against the claims of no step nor the words of a member's description the reader took for
members (``Counted._group_a_count_takes``, ``Counted._people_of``); invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import ruled_in_last_sentence

_LICENCE = (
    "Police in Lalitpur have arrested four people over a licence racket. Those arrested are "
    "Suman Basnet, 32, who ran the driving school; Bikash Lama, 27, an instructor who "
    "allegedly read out the answers; and candidates Prakash Gurung, 24, and Dil Bahadur "
    "Rokaya, 26. A police spokesperson said Basnet had admitted during interrogation that the "
    "school charged each candidate Rs 300,000. The racket came to light when a candidate "
    "sitting next to one of the accused, Anjali Shrestha, complained to the examiner. "
)
_LICENCE_FOUR = {"Suman Basnet", "Bikash Lama", "Prakash Gurung", "Dil Bahadur Rokaya"}


def test_all_four_are_the_four_arrested_not_those_of_no_step(nlp: Language) -> None:
    # the four some claim of no step made accused (Anjali Shrestha among them) are not the
    # group the count stands for: the four the arrest took are
    closing = "The District Court on Tuesday granted a five-day custody extension for all four."
    text = _LICENCE + closing
    assert ruled_in_last_sentence(nlp, text, "remanded") == _LICENCE_FOUR


_BETTING = (
    "Police in Indore raided a flat and arrested four men over an online betting racket. "
    "Those arrested were identified as Arjun Mehta (30), who rented the flat, Kunal Verma "
    "(27), Rajesh Pal alias Raju (35) and Nitin Rawat (22), a final-year BTech student who "
    "police said had given his bank account, debit card and SIM to the gang. Police said the "
    "racket was run by a Dubai-based bookie, Farhan Qazi, who has been named in the FIR. "
)
_BETTING_FOUR = {"Arjun Mehta", "Kunal Verma", "Rajesh Pal", "Nitin Rawat"}


@pytest.mark.parametrize(
    "closing",
    [
        "The four were produced before a magistrate, who remanded them to police custody.",
        "A magistrate on Tuesday remanded the four in police custody for three days.",
    ],
)
def test_the_four_are_the_people_of_the_list_not_a_word_of_a_description(
    nlp: Language, closing: str
) -> None:
    # "SIM" (a thing) and a member's description are no members: the four arrested are the
    # group, not the bookie the FIR alone named
    ruled = ruled_in_last_sentence(nlp, _BETTING + closing, "remanded")
    assert ruled == _BETTING_FOUR


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Dinesh Kumar, Mohan Lal and Ravi Shankar in Jaipur. "
        "The three were remanded in judicial custody.",
        "Police in Bhiwandi arrested three men over a fake currency racket. Those arrested "
        "were identified as Salim Ansari (34), Javed Shaikh (29) and Irfan Qureshi (24), a BSc "
        "student who police said had printed the notes on his college printer. The three were "
        "produced before a magistrate, who remanded them in police custody for four days.",
    ],
)
def test_a_group_the_count_fits_as_read_is_kept(nlp: Language, text: str) -> None:
    ruled = ruled_in_last_sentence(nlp, text, "remanded")
    assert len(ruled) == 3 and "BSc" not in ruled


def test_a_count_no_group_of_people_fits_takes_no_one_new(nlp: Language) -> None:
    # two arrested (a description's word aside) are no group of three: the count stands for
    # no one the report did not place in the step
    text = (
        "Police arrested Imran Saleem and Danish Rauf, a BSc student who kept the ledgers, on "
        "Monday. A third man, Kashif Nawaz, was named in the FIR and is absconding. The court "
        "remanded the four in judicial custody."
    )
    assert "Kashif Nawaz" not in ruled_in_last_sentence(nlp, text, "remanded")


@pytest.mark.xfail(
    strict=True,
    reason="an organisation the parser apposes to a member ('X, chairperson of the society Y, "
    "and Z') is typed a person and stands as a member: the two are read as three",
)
def test_the_two_leave_out_an_organisation_apposed_to_a_member(nlp: Language) -> None:
    text = (
        "The police arrested Ravi Yadav, chairperson of the welfare society Jan Seva Samiti, "
        "and lab assistant Mukesh Sah on Tuesday. The court on Wednesday granted police a "
        "seven-day custody extension to question the two."
    )
    assert ruled_in_last_sentence(nlp, text, "remanded") == {"Ravi Yadav", "Mukesh Sah"}


@pytest.mark.xfail(
    strict=True,
    reason="the last group a step took is not preferred to an earlier list of the accused "
    "of the same size ('last_group' is asked before the groups steps took)",
)
def test_all_three_are_the_last_three_a_step_took(nlp: Language) -> None:
    text = (
        "Kamal Thapa, Nirmal Rai and Bishal Lama are accused of cheating 40 applicants. Police "
        "arrested Nirmal Rai, Bishal Lama and Sujan Karki on Monday. An applicant said one of "
        "the accused, Sarita Gurung, had collected the money. The court on Tuesday granted a "
        "five-day custody extension for all three."
    )
    assert ruled_in_last_sentence(nlp, text, "remanded") == {
        "Nirmal Rai",
        "Bishal Lama",
        "Sujan Karki",
    }
