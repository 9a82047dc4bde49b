"""``mentions.paired_people``: people's names NER ran together into one organisation."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from corroborate.nlp.mentions.paired_people import split_paired_people


def _span(nlp: Language, text: str, words: str, label: str = "ORG") -> Span:
    doc = nlp(text)
    at = text.index(words)
    span = doc.char_span(at, at + len(words), label=label)
    assert span is not None
    return span


def test_a_comma_list_of_first_names_is_split_into_people(nlp: Language) -> None:
    # NER may tag "Tofazzal, Shipon" ORG whole; a later lone "Shipon" then read as the last
    # full name ending in it - the list - and not as "Shipon Bepari"
    text = "An officer said that Tofazzal, Shipon and Rakibul were held from a char on Monday."
    span = _span(nlp, text, "Tofazzal, Shipon")
    words = {"tofazzal", "shipon", "rakibul"}
    parts = split_paired_people([span], words)
    assert [p.text for p in parts] == ["Tofazzal", "Shipon"]
    assert all(p.label_ == "PERSON" for p in parts)


def test_a_list_joined_by_commas_and_and_is_split(nlp: Language) -> None:
    text = "Police said Tofazzal, Shipon and Rakibul were held from a char on Monday."
    span = _span(nlp, text, "Tofazzal, Shipon and Rakibul")
    parts = split_paired_people([span], {"tofazzal", "shipon", "rakibul"})
    assert [p.text for p in parts] == ["Tofazzal", "Shipon", "Rakibul"]


def test_a_firm_named_with_a_comma_stays_whole(nlp: Language) -> None:
    # its words are no one's name in the report
    text = "The contract went to Harlow, Brent and Partners after the tender closed."
    span = _span(nlp, text, "Harlow, Brent and Partners")
    assert split_paired_people([span], {"tofazzal"}) == [span]


def test_a_person_span_is_left_as_it_is(nlp: Language) -> None:
    text = "Police said Tofazzal, Shipon were held."
    span = _span(nlp, text, "Tofazzal, Shipon", label="PERSON")
    assert split_paired_people([span], {"tofazzal", "shipon"}) == [span]
