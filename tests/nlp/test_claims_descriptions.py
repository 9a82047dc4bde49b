"""Lists of the accused read along the tokens (``nlp/claims/descriptions.py``), on invented
sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of, roles


def accused(claims: list, kind: str) -> set[str]:
    return {p.name for c in claims if c.kind == kind for p in c.participants if p.role == "accused"}


def test_a_relative_clause_inside_an_item_does_not_end_the_list(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Those arrested include Maulvi Rahim Bakhsh Soomro, the caretaker of a shrine who "
        "reportedly rang its bell, a tailor, Sajid Mehmood, and Fahad Nawaz, alias Chhota, "
        "who according to witnesses threw the first stone.",
    )
    assert accused(found, "arrest") >= {"Rahim Bakhsh Soomro", "Sajid Mehmood", "Fahad Nawaz"} or (
        accused(found, "arrest") >= {"Maulvi Rahim Bakhsh Soomro", "Sajid Mehmood", "Fahad Nawaz"}
    ), accused(found, "arrest")


def test_a_name_inside_an_items_relative_clause_is_not_an_item(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Those arrested include Kashif Baig, who had threatened Yasir Dogar, and Umar Draz.",
    )
    names = accused(found, "arrest")
    assert {"Kashif Baig", "Umar Draz"} <= names
    assert "Yasir Dogar" not in names


def test_the_first_item_after_identified_as_may_be_described(nlp: Language) -> None:
    text = (
        "RAMPUR (Uttar Pradesh), May 3: Three men were arrested on Friday over the death of a "
        "ranger.\n\nThe arrested have been identified as truck driver Naresh Kori alias Bittu, "
        "26, Ajay Lodhi, 30, and Pawan Sengar, 33, all residents of Bilaspur."
    )
    found = claims_of(nlp, text)
    assert accused(found, "arrest") == {"Naresh Kori", "Ajay Lodhi", "Pawan Sengar"}


def test_a_name_hung_as_an_adverb_after_an_accused_noun_is_accused(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The fifth accused, Suresh Baghel, gave a statement under Section 183 of the BNSS "
        "before a judicial magistrate in Bhind in June.",
    )
    assert accused(found, "accusation") == {"Suresh Baghel"}


def test_a_name_hung_as_an_adverb_on_a_verb_is_not_described_by_it(nlp: Language) -> None:
    # "convicted" is no noun: the victim named after "her roommate" is no convict
    found = claims_of(
        nlp,
        "Clara Voss, a nurse from Leeds, was convicted of the 2009 murder of her flatmate, "
        "Ingrid Holm, in a case that gripped the town.",
    )
    assert "Ingrid Holm" not in accused(found, "accusation")


def test_a_charge_paper_that_names_a_list_charges_each(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The 900-page chargesheet names Ramvir Sengar, truck driver Naresh Kori alias Bittu, "
        "Ajay Lodhi and Pawan Sengar, the contractor's clerk who kept the books.",
    )
    assert accused(found, "charge") == {
        "Ramvir Sengar",
        "Naresh Kori",
        "Ajay Lodhi",
        "Pawan Sengar",
    }


def test_a_count_of_witnesses_including_a_name_lists_no_accused(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Rakibul Islam was sentenced to death. The tribunal heard 20 of the 27 prosecution "
        "witnesses, including night guard Mofizul Haque, who said he saw Rakibul at the gate.",
    )
    assert "Mofizul Haque" not in accused(found, "accusation"), roles(found)


def test_the_two_counted_and_listed_are_the_accused(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Police arrested two men after the robbery. The two are Rakibul Islam and Sohel Rana.",
    )
    assert {"Rakibul Islam", "Sohel Rana"} <= accused(found, "accusation"), roles(found)


def test_an_fir_nominating_a_list_with_aliases_charges_each(nlp: Language) -> None:
    # the tagger makes "alias" a verb, which cuts the parse of the list in two
    found = claims_of(
        nlp,
        "The FIR, lodged under Sections 302 and 34 of the PPC, nominates the mill owner Haji "
        "Rasheed Ahmed Gill, his sons Kamran Rasheed and Irfan Rasheed, the mill manager "
        "Sajid Ali alias Kala and a guard, Munir Ahmed alias Papu.",
    )
    charged = accused(found, "charge")
    assert {"Kamran Rasheed", "Irfan Rasheed", "Sajid Ali", "Munir Ahmed"} <= charged, roles(found)


def test_an_organisation_of_an_items_office_is_no_item(nlp: Language) -> None:
    # the apostrophe of "Owners' Union" is the name's own word, no separator of the list
    found = claims_of(
        nlp,
        "The arrested are Hari Karki, 41, treasurer of the Bus Owners' Union, Dil Gurung, "
        "27, and Suresh Thapa, 35.",
    )
    names = accused(found, "arrest")
    assert {"Hari Karki", "Dil Gurung", "Suresh Thapa"} <= names
    assert not any("Union" in n for n in names), names


def test_they_after_suspects_held_lists_those_held(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "NAKURU, Kenya - A Nakuru court on Monday allowed detectives to hold three suspects for "
        "14 days. Magistrate Jane Wairimu granted the application after the prosecution said "
        "the suspects could interfere with witnesses. They are Paul Otieno, 28, James Kamau, "
        "34, and Peter Wekesa, 25, a Kenya Wildlife Service (KWS) ranger.",
    )
    held = accused(found, "ruling")
    assert {"Paul Otieno", "James Kamau", "Peter Wekesa"} <= held, roles(found)
    assert not {"Kenya Wildlife Service", "KWS"} & accused(found, "accusation"), roles(found)


def test_they_after_the_dead_lists_no_accused(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "NAKURU, Kenya - Two herders were shot dead near a dam on Monday. They are Paul Otieno, "
        "28, and James Kamau, 34.",
    )
    named = {p.name for c in found for p in c.participants if p.role == "accused"}
    assert not {"Paul Otieno", "James Kamau"} & named, roles(found)


def test_a_copular_list_whose_items_are_described_before_their_names(nlp: Language) -> None:
    # the first item a description with its name apposed: not a title the list begins with
    found = claims_of(
        nlp,
        "Those arrested are the shop's landlord, Ramesh Adhikari, 48, known locally as Thulo "
        "Sahu; his cousin Gopal Adhikari, 31, who ran the tea stall; and the driver, Kamal "
        "Thapa alias Kale, 29.",
    )
    assert accused(found, "arrest") == {"Ramesh Adhikari", "Gopal Adhikari", "Kamal Thapa"}


def test_a_copular_description_of_the_accused_with_a_phrase_lists_no_one(nlp: Language) -> None:
    # "the sons of a farmer, X": the name is the farmer's, inside the item's phrase
    found = claims_of(
        nlp,
        "The accused are the sons of a farmer, Ramesh Adhikari, who owns the orchard.",
    )
    assert "Ramesh Adhikari" not in accused(found, "accusation")
    # a copula after the dead lists victims, however each is described
    found = claims_of(
        nlp,
        "Two porters died in the fire. The dead are the hotel's cook, Ramesh Adhikari, and "
        "the night guard, Kamal Thapa.",
    )
    assert not accused(found, "accusation") and not accused(found, "arrest")


def test_a_hyphened_charge_sheet_names_items_one_described_as_a_verb(nlp: Language) -> None:
    # "charge-sheet" split in three tokens; "engineer" tagged a verb before its name
    found = claims_of(
        nlp,
        "The charge-sheet names Ramesh Thapa, chairperson of Ward No 3 of Sundar Rural "
        "Municipality, engineer Gopal Adhikari, enumerator Hari Prasad Thapa, and "
        "sub-engineer Bishnu Karki.",
    )
    assert accused(found, "charge") == {
        "Ramesh Thapa",
        "Gopal Adhikari",
        "Hari Prasad Thapa",
        "Bishnu Karki",
    }


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "The conviction rested on the testimony of the driver-turned-state witness, "
            "Teodoro Lacson, and of a vendor.",
            "Teodoro Lacson",
        ),
        ("The jury heard from a gunman-turned-prosecution witness, Leon Price.", "Leon Price"),
    ],
)
def test_a_witness_who_turned_one_is_an_accused(nlp: Language, text: str, name: str) -> None:
    """ "the accomplice-turned-state witness, X": one who turned witness was one of the
    accused, as an approver is; a witness who turned hostile was never one."""
    assert name in accused_of("accusation", nlp, text)


def test_a_witness_not_turned_is_no_accused(nlp: Language) -> None:
    text = "The prosecution witness, Mary Cole, turned hostile."
    assert "Mary Cole" not in accused_of("accusation", nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The tribunal on Monday convicted contractor Peter Obi of fraud.", "Peter Obi"),
        (
            "The Court of Appeal in Kingston on Tuesday convicted businessman Delroy Grant "
            "of fraud.",
            "Delroy Grant",
        ),
        (
            "The Court of the Additional Judge, Karnal, on Friday convicted pharmacist Dr "
            "Vikram Sood and his assistant, sentencing each to five years.",
            "Vikram Sood",
        ),
    ],
)
def test_a_verb_misread_as_a_modifier_makes_its_object_no_court(
    nlp: Language, text: str, name: str
) -> None:
    """ "The tribunal on Monday convicted contractor X": an adverbial between the subject and
    its verb, the parser reads "convicted" as a modifier of "contractor" and hangs X on the
    subject as its apposition; X is the one convicted, no second name for the court."""
    found = claims_of(nlp, text)
    assert not any(
        p.name == name and p.role == "court"
        for c in found
        if c.kind == "role"
        for p in c.participants
    )
    assert name in accused(found, "ruling")


def test_a_participle_after_a_comma_still_describes_the_name(nlp: Language) -> None:
    text = "The judge, retired magistrate Helen Ward, heard the case on Monday."
    assert roles(claims_of(nlp, text)).get("Helen Ward") == {"court"}
