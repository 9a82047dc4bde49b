"""A count is sized against the people of a group, each once (``counted.distinct``): a step
that names one person twice ("set aside his sentence and acquitted him", "rejected the bail
plea of X and sent him to jail") leaves the report following one person, so "both men" next
is no pair of that one - it is the two the report has accused. Invented sentences in wire,
South-Asian and East-African styles; the negatives keep a victim, a subset ("two of the
accused") and a count no group fits off the group."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims.counted import distinct
from corroborate.nlp.claims.draft import Named
from tests.nlp.test_claims import claims_of, ruled_in_last_sentence

_APPEAL = (
    "An appeals court on Thursday upheld a three-year sentence for a racehorse trainer, but "
    "overturned the conviction of the veterinarian who had been found guilty alongside him. "
    "The court ruled that the trial court had been right to convict trainer Tomas Rivas of "
    "fraud. But the judges said the evidence against the veterinarian, Hugo Benitez, was weak. "
    "The court set aside his 18-month sentence and acquitted him. "
)


@pytest.mark.parametrize(
    ("text", "outcome", "members"),
    [
        (
            _APPEAL + "A trial judge had convicted both men in February.",
            "convicted",
            {"Tomas Rivas", "Hugo Benitez"},
        ),
        (
            "Prosecutors charged Tomas Rivas, a trainer, and Hugo Benitez, a vet, with doping "
            "horses. The appeals court set aside Benitez's conviction and acquitted him. A trial "
            "judge had convicted both men in February.",
            "convicted",
            {"Tomas Rivas", "Hugo Benitez"},
        ),
        (
            "Police arrested Rana Imtiaz and Sajid Mehmood over the robbery of a bank van. The "
            "magistrate rejected the bail plea of Imtiaz and sent him to jail. On Monday the "
            "sessions court granted bail to both men.",
            "bail",
            {"Rana Imtiaz", "Sajid Mehmood"},
        ),
        (
            "A court in Nairobi on Tuesday acquitted a clerk of fraud and jailed his supervisor. "
            "Magistrate Ruth Wanjiku said the clerk, Peter Otieno, had only followed orders. She "
            "convicted the supervisor, James Kamau, and sentenced him to four years. Both men had "
            "been held in remand since March.",
            "remanded",
            {"Peter Otieno", "James Kamau"},
        ),
    ],
)
def test_both_after_one_named_twice_is_the_two_accused(
    nlp: Language, text: str, outcome: str, members: set[str]
) -> None:
    assert ruled_in_last_sentence(nlp, text, outcome) == members


def test_a_victim_is_never_counted_into_both(nlp: Language) -> None:
    text = (
        "Police charged Tomas Rivas with assaulting his neighbour Hugo Benitez. The magistrate "
        "rejected the bail plea of Rivas and sent him to jail. Both men had quarrelled for "
        "years, and the magistrate remanded both men in custody."
    )
    remanded = ruled_in_last_sentence(nlp, text, "remanded")
    assert "Hugo Benitez" not in remanded


def test_two_of_the_accused_is_never_all_three(nlp: Language) -> None:
    text = (
        "Police arrested Rana Imtiaz, Sajid Mehmood and Asif Nawaz over the robbery. The "
        "magistrate rejected the bail plea of Imtiaz and sent him to jail. On Monday the "
        "sessions court granted bail to two of the accused."
    )
    assert ruled_in_last_sentence(nlp, text, "bail") != {
        "Rana Imtiaz",
        "Sajid Mehmood",
        "Asif Nawaz",
    }


def test_a_count_no_group_fits_takes_no_one_new(nlp: Language) -> None:
    # three accused, one named twice: "both men" fits neither the one followed nor all three
    text = (
        "Police arrested Rana Imtiaz, Sajid Mehmood and Asif Nawaz over the robbery. The "
        "magistrate rejected the bail plea of Imtiaz and sent him to jail. On Monday the "
        "sessions court granted bail to both men."
    )
    bailed = ruled_in_last_sentence(nlp, text, "bail")
    assert len(bailed) != 3, bailed


def test_distinct_keeps_each_person_once_in_first_order() -> None:
    first = Named("Hugo Benitez", 10, 22)
    group = [first, Named("Tomas Rivas", 30, 41), Named("Hugo Benitez", 50, 53)]
    assert distinct(group) == [first, Named("Tomas Rivas", 30, 41)]


def test_the_group_is_read_in_the_whole_article(nlp: Language) -> None:
    claims = claims_of(nlp, _APPEAL + "A trial judge had convicted both men in February.")
    acquitted = {
        p.name
        for c in claims
        if c.kind == "ruling" and c.outcome == "acquitted"
        for p in c.participants
        if p.role == "accused"
    }
    assert acquitted == {"Hugo Benitez"}  # the pair's conviction gives no one else acquittal
