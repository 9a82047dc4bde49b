"""A one-word name that is the first part of a compound given name the report writes in one
word - "Mizan" for "Mizanur Rahman", "Izhar" for "Izharullah Khan", "Nizam" for "Nizamuddin
Memon" - is that man, also where NER types the short name a body
(``nlp.mentions.given_stems``); a word some full name has itself, a first part two compound
names share, and a part too short are no one's by this tie. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.mentions import find_mentions
from tests.ledger.invented import invented_ledger


def _names_at(nlp: Language, text: str, written: str) -> list[str]:
    start = text.index(written)
    return [m.name for m in find_mentions(nlp(text)) if m.start == start]


def test_a_first_part_opens_a_compound_closed_by_a_link() -> None:
    from corroborate.nlp.mentions.given_stems import opens_compound

    assert opens_compound("Mizan", "Mizanur")
    assert opens_compound("Izhar", "Izharullah")
    assert opens_compound("nizam", "Nizamuddin")
    assert opens_compound("Wahid", "Wahiduzzaman")
    assert not opens_compound("Mizan", "Mizanpur")  # no link: another word
    assert not opens_compound("Ab", "Abul")  # too short to be a name
    assert not opens_compound("Mizanur", "Mizanur")  # the word itself is the plain tie's


def test_two_compound_names_sharing_the_first_part_leave_it_to_neither() -> None:
    from corroborate.nlp.mentions.given_stems import compound_bearers

    fulls = ["Habibur Rahman", "Habibullah Khan"]
    assert compound_bearers("Habib", fulls, str) == []
    assert compound_bearers("Habib", ["Habibur Rahman", "Tariq Aziz"], str) == ["Habibur Rahman"]


@pytest.mark.parametrize(
    ("text", "written", "full"),
    [
        (
            "Police in Rangpur arrested Mizanur Rahman, a union parishad member, for stealing"
            " relief rice. Officers said Mizan had sold forty sacks to a trader.",
            "Mizan had",
            "Mizanur Rahman",
        ),
        (
            "Ziaul Haque, arrested with bottles of cough syrup, was produced in a Jalpaiguri"
            " court on Tuesday. The court remanded Zia in police custody for seven days.",
            "Zia in",
            "Ziaul Haque",
        ),
        (
            "Wahiduzzaman Sarker, held over a job fraud, was produced before a Bogura court."
            " The court placed Wahid on a four-day remand.",
            "Wahid on",
            "Wahiduzzaman Sarker",
        ),
        (
            # "Nizam" NER types a body: beside "Nizamuddin Memon" it is a person's name
            "Nizamuddin Memon, accused of running a fake degree racket, appeared before a"
            " magistrate on Monday. The magistrate granted bail to Nizam against a surety.",
            "Nizam against",
            "Nizamuddin Memon",
        ),
        (
            "Asadullah Gandapur appeared before a sessions court in Dera Ismail Khan on"
            " Thursday. The judge indicted Asad for the murder of a shopkeeper.",
            "Asad for",
            "Asadullah Gandapur",
        ),
    ],
)
def test_the_first_part_stands_for_the_full_name(
    nlp: Language, text: str, written: str, full: str
) -> None:
    assert _names_at(nlp, text, written) == [full]


def test_the_full_name_accused_by_its_first_part_is_one_person(nlp: Language) -> None:
    text = (
        "Shafiqul Islam Mollah, a college clerk, was produced before a Cumilla court on Sunday"
        " over forged admission papers. The court sent Shafiq to jail."
    )
    ledger, names = invented_ledger(nlp, text)
    people = {e.name for e in ledger.entities if e.type == "person"}
    assert "Shafiq" not in people
    accused = {names[a] for allegation in ledger.allegations for a in allegation.accused}
    assert accused == {"Shafiqul Islam Mollah"}
    # the court's step told by the short name is the full name's
    told = [
        e.quote
        for allegation in ledger.allegations
        if {names[a] for a in allegation.accused} == {"Shafiqul Islam Mollah"}
        for e in allegation.events
    ]
    assert any("Shafiq to jail" in q for q in told)


def test_a_full_name_with_the_word_itself_takes_it(nlp: Language) -> None:
    """The victim "Amin Khan" has the word itself: "Amin" is him, not the accused."""
    text = (
        "Police in Barishal arrested Aminul Islam for stabbing his neighbour, Amin Khan, on"
        " Friday. Amin was taken to the medical college hospital."
    )
    assert _names_at(nlp, text, "Amin was") == ["Amin Khan"]


def test_a_lawyer_with_the_word_itself_takes_it(nlp: Language) -> None:
    text = (
        "Asadullah Khan was produced before a Mardan court on Monday. His lawyer, Asad Ali,"
        " told the court that Asad had filed a bail petition."
    )
    assert _names_at(nlp, text, "Asad had") == ["Asad Ali"]


def test_two_compound_bearers_leave_the_first_part_alone(nlp: Language) -> None:
    text = (
        "Police in Mardan arrested Habibullah Khan and Habibur Rehman for robbing a petrol"
        " pump. Habib was armed with a pistol, police said."
    )
    assert _names_at(nlp, text, "Habib was") not in (["Habibullah Khan"], ["Habibur Rehman"])


def test_a_judge_whose_compound_the_word_opens_is_no_accused(nlp: Language) -> None:
    """The tie names the man; it makes no one accused who was not: the judge "Justice
    Nizamuddin Shah" heard the case, "Nizam" the shopkeeper is another, no full name."""
    text = (
        "Justice Nizamuddin Shah of the high court granted bail to Tariq Jamil on Monday in"
        " the case of a stolen tractor."
    )
    ledger, names = invented_ledger(nlp, text)
    accused = {names[a] for allegation in ledger.allegations for a in allegation.accused}
    assert "Nizamuddin Shah" not in accused
