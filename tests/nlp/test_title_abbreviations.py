"""A title's abbreviation with a full stop (``nlp.title_abbreviations``): no sentence's end,
no word of the name, and the name after it is the one the sentence means (invented
sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.mentions import find_mentions
from corroborate.nlp.sentences import sentences
from corroborate.nlp.title_abbreviations import is_title_abbreviation
from tests.nlp.test_claims import accused_of, claims_of, roles


@pytest.mark.parametrize("word", ["Atty", "Adv", "Insp", "Supt", "Cpl", "Dr", "Prof"])
def test_a_title_cut_short_is_an_abbreviation(word: str) -> None:
    """First letters ("Adv" of advocate) or first and last letters kept ("Atty", "Supt")."""
    assert is_title_abbreviation(word)


@pytest.mark.parametrize("word", ["Ali", "Sam", "Lim", "Cruz", "Khan", "Lee", "Ltd", "ATTY"])
def test_a_short_name_is_no_title_abbreviation(word: str) -> None:
    assert not is_title_abbreviation(word)


@pytest.mark.parametrize(
    "text",
    [
        "Speaking through his lawyer, Atty. Rosario D. Lim, Santos called the charges baseless.",
        "The petition was filed by Adv. Meera Nair on behalf of the farmers on Monday.",
        "Insp. Tomas Reyes said the suspect had confessed during questioning.",
    ],
)
def test_the_abbreviation_s_stop_ends_no_sentence(nlp: Language, text: str) -> None:
    assert len(list(nlp(text).sents)) == 1
    assert len(sentences(text)) == 1


@pytest.mark.parametrize("word", ["May", "Mar", "Sept", "Mon", "Wed"])
def test_a_month_or_a_weekday_is_no_title_abbreviation(word: str) -> None:
    """A date word is read as a date: "May" is also the first letters of "mayor"."""
    assert not is_title_abbreviation(word)


def test_a_month_at_a_sentence_s_end_still_ends_it(nlp: Language) -> None:
    text = "Officers detained Kamal Verma at a toll plaza in May. Verma was later bailed."
    assert len(list(nlp(text).sents)) == 2


def test_the_abbreviation_is_no_name_of_its_own(nlp: Language) -> None:
    text = "Speaking through his lawyer, Atty. Rosario D. Lim, Santos called the charges baseless."
    people = {m.name for m in find_mentions(nlp(text)) if m.type == "person"}
    assert people == {"Rosario D. Lim", "Santos"}


def test_the_lawyer_after_the_abbreviation_is_counsel_and_not_the_denier(nlp: Language) -> None:
    """The parser ended the sentence at "Atty." and made the lawyer the subject of "called
    the charges baseless"; the abbreviation itself was the counsel."""
    text = "Speaking through his lawyer, Atty. Rosario D. Lim, Santos called the charges baseless."
    found = roles(claims_of(nlp, text))
    assert found.get("Rosario D. Lim") == {"defence"}
    assert accused_of("denial", nlp, text) == {"Santos"}


def test_a_petitioner_s_advocate_is_no_court(nlp: Language) -> None:
    text = (
        "The petition was filed by Adv. Meera Nair on behalf of the farmers, and the court "
        "acquitted Raghav Menon."
    )
    assert "Meera Nair" not in roles(claims_of(nlp, text))
    assert accused_of("ruling", nlp, text, "acquitted") == {"Raghav Menon"}
