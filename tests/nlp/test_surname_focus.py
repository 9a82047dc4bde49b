"""A bare surname two people of one report bear, neither told apart as a relative: the one in
focus (named in the sentence before), else the one the surname last stood for, else the one
the report does not call by another name (``nlp.mentions.surname_focus``). Both directions:
the surname stays with the accused the report follows, and goes to the relative where the
relative is the one in focus. Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.mentions import find_mentions
from tests.nlp.test_claims import claims_of


def _deniers(nlp: Language, text: str) -> set[str]:
    return {p.name for c in claims_of(nlp, text) if c.kind == "denial" for p in c.participants}


def _bare(nlp: Language, text: str, at: str) -> list[str]:
    start = text.rindex(at)
    return [m.name for m in find_mentions(nlp(text)) if m.start == start]


def test_the_surname_keeps_the_one_it_stood_for(nlp: Language) -> None:
    """Ravi Thapa had the surname before the other Thapa was named; it stays his."""
    text = (
        "A district court in Pokhara convicted Ravi Thapa of fraud on Tuesday. Thapa was fined"
        " Rs 200,000.\n\nMohan Thapa, a clerk, was acquitted.\n\nThapa's lawyer said his"
        " client denied the charge."
    )
    assert _bare(nlp, text, "Thapa's lawyer") == ["Ravi Thapa"]
    assert "Ravi Thapa" in _deniers(nlp, text)


def test_the_relative_in_focus_takes_the_surname(nlp: Language) -> None:
    """The father, told apart as a relative, is the one the paragraph is about (named in
    full again): the surname right after him is his, not his son's."""
    text = (
        "Police in Jaipur arrested Karan Meena on charges of fraud on Monday. His father,"
        " Hari Meena, runs a tea stall.\n\nHari Meena spoke to reporters outside the court."
        " Meena said the police had taken his savings."
    )
    assert _bare(nlp, text, "Meena said") == ["Hari Meena"]


def test_the_accused_in_focus_keeps_the_surname(nlp: Language) -> None:
    """The same father, out of focus (or only introduced, ``test_role_constructions``' kin
    surname family): the surname is the son's."""
    text = (
        "Police in Jaipur arrested Karan Meena on charges of fraud on Monday.\n\nHis father,"
        " Hari Meena, spoke to reporters outside the court.\n\nMeena denied the charges."
    )
    assert _bare(nlp, text, "Meena denied") == ["Karan Meena"]
    assert _deniers(nlp, text) == {"Karan Meena"}


def test_the_one_called_by_given_names_is_told_apart(nlp: Language) -> None:
    """A co-accused the report calls by his given names leaves the surname to the other,
    though the two were named together."""
    text = (
        "The charge-sheet names Ram Kumar Yadav and Shyam Lal Yadav.\n\nShyam Lal, a nephew"
        " of the mayor, is absconding.\n\nYadav denied the allegations in court."
    )
    assert _deniers(nlp, text) == {"Ram Kumar Yadav"}


def test_a_surname_told_apart_goes_to_no_one_named_after_it(nlp: Language) -> None:
    """The one bearer named before the surname is kept apart by his given names; the bearer
    named only after it (a witness) does not take it: no one."""
    text = (
        "The charge-sheet names engineer Ram Kumar Yadav.\n\nThe court ordered Yadav released"
        " on bail. Ram Kumar, a cousin of the mayor, was not in court.\n\nThe complaint was"
        " filed by Sunita Yadav, a ward member."
    )
    assert _bare(nlp, text, "Yadav released") == ["Yadav"]


def test_one_man_named_two_ways_is_not_two_bearers(nlp: Language) -> None:
    """Guard: "Omar Sheikh" and "Ahmed Omar Saeed Sheikh" are one man; "Omar" alone does not
    tell him apart from himself, and the surname keeps its nearest reading."""
    text = (
        "A court convicted Ahmed Omar Saeed Sheikh of kidnapping in 2002.\n\nOmar Sheikh"
        " appealed against the verdict. Omar's lawyer said the trial was unfair.\n\nSheikh"
        " denied the charge."
    )
    assert _bare(nlp, text, "Sheikh denied") == ["Omar Sheikh"]
