"""A lede's unnamed victim is not its unnamed accused: "A grain merchant was shot dead ...,
and a gunman was arrested. X, 52, was closing his shop ..." names the victim next, not the
gunman (``claims.victim_first``, asked by ``Ledes._unnamed_one``); "Among the dead were X and
Y" names the dead, not the pair a lede arrested (``claims.among_victims.among_the_victims``,
asked by ``Ledes._main_subjects``). Invented sentences: the golden lists are what the reader
reads now; the strict xfails the forms it does not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

# The lede tells its victim first (or knows its accused by the victim): the next name is the
# victim's, never the accused.
_VICTIM_NAMED_NEXT = [
    (
        "KASUR: A grain merchant was shot dead outside his shop on Friday night, and a "
        "gunman was arrested within hours.\n\nHaji Rafiq Bhutta, 52, was closing his shop "
        "when a man on a motorcycle fired three shots, police said.",
        "arrest",
        "Rafiq Bhutta",
    ),
    (
        "MULTAN: Police on Monday arrested the cook of a retired teacher who was stabbed to "
        "death in his home last week.\n\nGhulam Sarwar Lashari, 70, a retired teacher, lived "
        "alone in Model Town.",
        "arrest",
        "Ghulam Sarwar Lashari",
    ),
    (
        "OKARA: A shopkeeper died in hospital on Sunday and police charged a tenant over the "
        "fire.\n\nMuhammad Yousaf, 60, had run the shop for thirty years.",
        "charge",
        "Muhammad Yousaf",
    ),
]


@pytest.mark.parametrize(("text", "kind", "victim"), _VICTIM_NAMED_NEXT)
def test_the_victim_told_first_is_not_the_ledes_accused(
    nlp: Language, text: str, kind: str, victim: str
) -> None:
    assert victim not in accused_of(kind, nlp, text)


# The lede tells its accused first and the victim after: the next name is still the accused.
_ACCUSED_NAMED_NEXT = [
    (
        "LEEDS: A man has been charged with murder after a woman was stabbed to death in her "
        "home.\n\nJohn Barker, 34, will appear before magistrates on Monday.",
        "charge",
        "John Barker",
    ),
    (
        "LEEDS: Police arrested a teenager after a shopkeeper was stabbed in Leeds.\n\nLiam "
        "Foster, 17, appeared before magistrates on Monday.",
        "arrest",
        "Liam Foster",
    ),
    (
        "MULTAN: Police on Monday arrested the cook of a retired teacher.\n\nSajjad Ahmed, "
        "24, had worked in the house for two years.",
        "arrest",
        "Sajjad Ahmed",
    ),
]


@pytest.mark.parametrize(("text", "kind", "name"), _ACCUSED_NAMED_NEXT)
def test_the_accused_told_first_is_still_named_next(
    nlp: Language, text: str, kind: str, name: str
) -> None:
    assert name in accused_of(kind, nlp, text)


def test_the_dead_named_among_the_dead_are_not_the_pair_arrested(nlp: Language) -> None:
    text = (
        "THATTA: Eleven people died after drinking toxic liquor in a village near the town, "
        "as police arrested a vendor and his assistant.\n\nAmong the dead were Karim Bux "
        "Mallah, 41, a fisherman, and Soomar Jat, 25.\n\nThe vendor, Mohan Lal, was "
        "remanded on Sunday."
    )
    arrested = accused_of("arrest", nlp, text)
    assert not arrested & {"Karim Bux Mallah", "Soomar Jat"}, arrested


def test_a_pair_named_next_without_the_dead_is_still_bound(nlp: Language) -> None:
    text = (
        "THATTA: Police arrested a vendor and his assistant on Saturday.\n\nMohan Lal and "
        "Jeevan Das were remanded in custody for three days."
    )
    assert accused_of("arrest", nlp, text) == {"Mohan Lal", "Jeevan Das"}


@pytest.mark.xfail(
    strict=True,
    reason="a victim told by another shape than a crime verb's passive subject or a verb "
    "of suffering ('took cash from an elderly man') is not read as told first",
)
def test_a_victim_told_as_the_one_robbed_is_not_the_ledes_accused(nlp: Language) -> None:
    text = (
        "GRAZ: Police arrested a young man as he took a bag of cash from an elderly man "
        "who had been deceived by callers.\n\nHerbert Maier, 80, had withdrawn his savings "
        "the day before."
    )
    assert "Herbert Maier" not in accused_of("arrest", nlp, text)
