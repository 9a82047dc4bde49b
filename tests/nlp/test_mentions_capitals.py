"""Capitals that write no name: a headline's or a shout's words are no organisation."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.mentions import find_mentions
from corroborate.nlp.mentions.capitals import CapitalRuns


def _names(nlp: Language, text: str) -> list[str]:
    return [m.text for m in find_mentions(nlp(text))]


def test_words_of_a_capitals_headline_are_no_names(nlp: Language) -> None:
    text = (
        "‘FARMERS WONDER IF DROUGHT IS BECOMING PART OF LIFE’\n\n"
        "Growers in Western Australia lost a third of the wheat harvest this year."
    )
    names = _names(nlp, text)
    for word in ("FARMERS", "WONDER", "IF", "DROUGHT", "PART", "OF", "LIFE"):
        assert word not in names
    assert "Western Australia" in names


def test_an_acronym_in_a_headline_written_again_in_the_body_stays(nlp: Language) -> None:
    text = (
        "MORNING NEWS.\n\nNATO BOSS STEPS DOWN Late on Sunday the NATO secretary general "
        "resigned after a row with Paris."
    )
    names = _names(nlp, text)
    assert "NATO" in names
    assert "BOSS" not in names and "MORNING" not in names


def test_a_shouted_function_word_is_no_name_but_the_country_is(nlp: Language) -> None:
    text = "The mayor said the new bridge will keep us ALL moving, and thanked the US."
    names = _names(nlp, text)
    assert "ALL" not in names
    assert "US" in names


def test_a_list_of_acronyms_is_no_headline(nlp: Language) -> None:
    names = _names(nlp, "Leaders of the PPP, MQM and ANP met in Hyderabad on Friday.")
    assert {"PPP", "MQM", "ANP"} <= set(names)


def test_runs_end_at_a_line_break_and_at_any_word_with_small_letters(nlp: Language) -> None:
    doc = nlp("GOOD NEWS\nWHO said the MQM was fine.")
    runs = CapitalRuns(doc)
    words = {doc[i].text for i in runs.inside}
    assert words == {"GOOD", "NEWS"}  # "WHO" is alone on its line; "MQM" alone in the line
