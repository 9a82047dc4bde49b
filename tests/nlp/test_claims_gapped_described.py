"""Probes of a gapped ruling whose second party is a description ("placed X on a two-day
remand and the broker on a three-day remand"): the description stands for the one person the
report introduced with it (``ListFellows._described_item_at``, which asks
``DescribedPeople._description_told``); none where the noun fits two, or was never given a
name. Invented sentences in South-Asian, African and wire styles."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import ruled_in_last_sentence

_DHAKA = (
    "Police arrested the driver, Md Kamal Hossain, 28, on Friday. Detectives arrested the "
    "broker, Abdur Rahim, from his tea stall on Sunday. "
)


@pytest.mark.parametrize(
    ("text", "outcome", "accused"),
    [
        (
            _DHAKA + "A Dhaka court placed Kamal on a two-day remand and the broker on a "
            "three-day remand on Monday.",
            "remanded",
            {"Md Kamal Hossain", "Abdur Rahim"},
        ),
        (
            "Police arrested Ram Karki and the contractor, Hari Thapa, over the collapse. The "
            "court sent Karki to jail and the contractor to police custody for five days.",
            "remanded",
            {"Ram Karki", "Hari Thapa"},
        ),
        (
            "Police in Kumasi arrested Kwame Asante and the storekeeper, Yaw Boakye, over the "
            "missing fertiliser. The magistrate placed Asante on remand for a week and the "
            "storekeeper on remand for three days.",
            "remanded",
            {"Kwame Asante", "Yaw Boakye"},
        ),
    ],
)
def test_a_gapped_description_is_the_one_it_introduced(
    nlp: Language, text: str, outcome: str, accused: set[str]
) -> None:
    assert ruled_in_last_sentence(nlp, text, outcome) == accused


@pytest.mark.parametrize(
    "text",
    [
        # two brokers named: "the broker" is neither
        "Police arrested Kamal Hossain, a cleaner, the land broker Abdur Rahim and the car "
        "broker Jamal Uddin over the forged licences. A Dhaka court placed Kamal on a two-day "
        "remand and the broker on a three-day remand.",
        # the broker never named
        "Police arrested the driver, Md Kamal Hossain, 28, and a broker on Friday. A Dhaka "
        "court placed Kamal on a two-day remand and the broker on a three-day remand.",
    ],
)
def test_a_gapped_description_fitting_none_or_two_ties_no_one(nlp: Language, text: str) -> None:
    ruled = ruled_in_last_sentence(nlp, text, "remanded")
    assert "Md Kamal Hossain" in ruled or "Kamal Hossain" in ruled
    assert not ruled & {"Abdur Rahim", "Jamal Uddin"}


@pytest.mark.xfail(
    strict=True,
    reason="'handed X and the head warder over': the tagger makes 'warder' a verb after "
    "'head' (one open-set article, lf27); a tagging miss, no description rule",
)
def test_the_head_warder_tagged_a_verb(nlp: Language) -> None:
    text = (
        "Police arrested Imran Ali alias Bholu, a painter. The head warder, Nadeem Akhtar Gill, "
        "was arrested on Sunday. A duty magistrate on Monday handed Bholu and the head warder "
        "over to the police on five days' physical remand."
    )
    assert ruled_in_last_sentence(nlp, text, "remanded") == {"Imran Ali", "Nadeem Akhtar Gill"}
