"""A surname of two words written alone ("Rai Limbu" after "Kul Prasad Rai Limbu") is the
one full name of the report it ends; two people of the report who share it leave it to no
one, and the ledger never joins them (``nlp.mentions.surname_tails``). Invented
sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.mentions import find_mentions
from corroborate.nlp.mentions.surname_tails import tail_bearer
from tests.ledger.invented import invented_ledger


def _names_at(nlp: Language, text: str, written: str) -> list[str]:
    start = text.rindex(written)
    return [m.name for m in find_mentions(nlp(text)) if m.start == start]


def test_the_tail_of_one_full_name_is_that_name() -> None:
    fulls = ["Kul Prasad Rai Limbu", "Gita Rai"]
    assert tail_bearer(["Rai", "Limbu"], fulls, str, ()) == "Kul Prasad Rai Limbu"


def test_a_tail_two_people_bear_is_no_ones() -> None:
    fulls = ["Kul Prasad Rai Limbu", "Gita Rai Limbu"]
    assert tail_bearer(["Rai", "Limbu"], fulls, str, ()) is None


def test_a_relative_told_apart_leaves_the_tail_to_the_other() -> None:
    fulls = ["Kul Prasad Rai Limbu", "Gita Rai Limbu"]
    kin = {"Gita Rai Limbu"}
    assert tail_bearer(["Rai", "Limbu"], fulls, str, kin) == "Kul Prasad Rai Limbu"


def test_the_longest_tail_decides() -> None:
    """ "Singh Chauhan" ends one name though "Chauhan" ends two."""
    fulls = ["Ranvir Singh Chauhan", "Mohit Chauhan"]
    assert tail_bearer(["Singh", "Chauhan"], fulls, str, ()) == "Ranvir Singh Chauhan"


def test_the_mention_stage_reads_a_two_word_surname(nlp: Language) -> None:
    text = (
        "Police in Dharan arrested Kul Prasad Rai Limbu, 41, on Monday over the death of a"
        " shopkeeper. Investigators said Rai Limbu had quarrelled with the shopkeeper."
    )
    assert _names_at(nlp, text, "Rai Limbu had") == ["Kul Prasad Rai Limbu"]


def test_two_bearers_named_together_are_never_one(nlp: Language) -> None:
    """Neither person takes the shared surname, as a name or as an alias."""
    text = (
        "Police in Dharan arrested Kul Prasad Rai Limbu and Hem Raj Rai Limbu on Monday over"
        " the death of a shopkeeper. Rai Limbu told the court he was innocent."
    )
    ledger, _ = invented_ledger(nlp, text)
    people = {e.name: e for e in ledger.entities if e.type == "person"}
    assert {"Kul Prasad Rai Limbu", "Hem Raj Rai Limbu"} <= set(people)
    for full in ("Kul Prasad Rai Limbu", "Hem Raj Rai Limbu"):
        assert "Rai Limbu" not in {a.name for a in people[full].aliases}


def test_a_relatives_surname_stays_with_the_one_the_report_follows(nlp: Language) -> None:
    """The later report writes the bare surname after both full names: his, and no alias
    of hers, though she bears it too."""
    first = (
        "Police in Ilam arrested Kul Prasad Rai Limbu, 41, and his wife Gita Rai Limbu, 38,"
        " on Monday over the death of a shopkeeper."
    )
    second = (
        "A district court in Ilam on Friday convicted Kul Prasad Rai Limbu of murder and"
        " acquitted Rai Limbu's wife, Gita Rai Limbu, for want of evidence."
    )
    ledger, _ = invented_ledger(nlp, first, second)
    people = {e.name: e for e in ledger.entities if e.type == "person"}
    assert {"Kul Prasad Rai Limbu", "Gita Rai Limbu"} <= set(people)
    assert "Rai Limbu" not in people
    assert "Rai Limbu" not in {a.name for a in people["Gita Rai Limbu"].aliases}


def test_a_bare_surname_two_accused_bear_is_no_third_person(nlp: Language) -> None:
    """The report names two people of the surname together and then the bare surname as
    accused: the ledger makes it neither of them, nor a person of its own."""
    text = (
        "The chargesheet names Ranvir Singh Chauhan, driver Mohit Chauhan and two others."
        " Chauhan, who had been absconding for a month, was arrested in Gwalior on Friday."
    )
    ledger, names = invented_ledger(nlp, text)
    people = {names[e.id] for e in ledger.entities if e.type == "person"}
    assert "Chauhan" not in people
