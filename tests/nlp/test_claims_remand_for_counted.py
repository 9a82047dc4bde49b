"""A remand or custody extension granted "for" a counted noun of people ("for the two men",
"for both suspects", "for the three accused") holds the group of that count, not only the
one the report follows (``RemandGranted._held_for_group``). A count no group of the report
fits ties no group: the remand is then read as before (the accused followed). Invented
sentences in Nepali, Pakistani, Kenyan and wire styles."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import ruled_in_last_sentence

_TWO_APART = (
    "The Department of Revenue Investigation has arrested a Birgunj importer and a clearing "
    "agent over under-invoiced garments. Ramesh Adhikari, 51, who owns a trading house in "
    "Birgunj, was arrested at his home on Thursday. Sita Ram Yadav, 42, who runs a clearing "
    "agency at the dry port, was picked up the same day. Investigators said Yadav admitted "
    "printing a second set of invoices. "
)


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            _TWO_APART + "On Sunday the Parsa District Court granted the Revenue "
            "Investigation Department a ten-day custody extension for the two men.",
            {"Ramesh Adhikari", "Sita Ram Yadav"},
        ),
        (
            _TWO_APART + "The court granted investigators a seven-day custody extension "
            "for both suspects.",
            {"Ramesh Adhikari", "Sita Ram Yadav"},
        ),
        (
            "Police in Karachi arrested Shahzad Mughal, a warehouse keeper, on Friday. A "
            "loader, Naveed Abbasi, was arrested at a checkpoint on Saturday. A magistrate said "
            "Mughal had confessed to opening the gate. On Monday the judicial magistrate "
            "granted police a five-day extension of remand for the two men.",
            {"Shahzad Mughal", "Naveed Abbasi"},
        ),
        (
            "Detectives arrested Peter Kamau, a cashier, over the theft of county funds. "
            "Two days later they arrested a clerk, Joseph Mwangi, and a driver, Daniel "
            "Otieno, at a roadblock near Naivasha. Kamau had admitted signing the cheques, "
            "police said. The court granted police a 14-day custody extension for the "
            "three suspects.",
            {"Peter Kamau", "Joseph Mwangi", "Daniel Otieno"},
        ),
    ],
)
def test_a_remand_for_a_counted_noun_holds_the_group_of_its_count(
    nlp: Language, text: str, members: set[str]
) -> None:
    assert ruled_in_last_sentence(nlp, text, "remanded") == members


def test_a_count_no_group_fits_ties_no_group(nlp: Language) -> None:
    # one man arrested: "the three men" is a group the report has not named, never the one
    # man followed and two others guessed; the extension is read as before, of the man
    text = (
        "Police in Pokhara arrested Bishnu Gurung, a money changer, on Friday over forged "
        "notes. The court granted police a seven-day custody extension for the three men."
    )
    assert ruled_in_last_sentence(nlp, text, "remanded") <= {"Bishnu Gurung"}


def test_a_victim_is_never_of_the_counted_group(nlp: Language) -> None:
    # the jeweller robbed is told by name as well; the two the remand holds are the two
    # arrested, not the jeweller and one of them
    text = (
        "Police arrested Kiran Tamang on Friday over the robbery of a jeweller, Hari Prasad "
        "Shrestha, in Lalitpur. Suraj Rai was arrested in Bhaktapur the next morning. "
        "Shrestha said the men had threatened him with a pistol. The court granted police a "
        "five-day custody extension for the two men."
    )
    assert ruled_in_last_sentence(nlp, text, "remanded") == {"Kiran Tamang", "Suraj Rai"}


def test_a_for_of_purpose_is_no_group(nlp: Language) -> None:
    # "for further investigation" names no one: the extension holds the one followed
    text = (
        "Police arrested Dinesh Karki, a bank cashier, on Monday over missing deposits. The "
        "district court granted police a five-day custody extension for further "
        "investigation."
    )
    assert ruled_in_last_sentence(nlp, text, "remanded") == {"Dinesh Karki"}
