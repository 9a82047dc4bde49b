"""One segmentation for the parse and for quoting (``nlp.sentences``, ``nlp.datelines``):
a headline ends at its line, a dateline is no part of the sentence after it, a clear
sentence end the parser may read past is one. Invented texts."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.datelines import datelines
from corroborate.nlp.sentences import sentence_starts, sentences

_HEADLINE = (
    "Gang leader confesses to ordering two killings in 2019\n\n"
    "LAHORE: In a statement recorded before a judicial magistrate on Tuesday, gang leader "
    "Waqar Bhatti confessed to ordering the killings of two shopkeepers."
)


def _read(text: str) -> list[str]:
    return [text[s:e] for s, e in sentences(text)]


def test_a_headline_a_dateline_and_the_first_sentence_are_three() -> None:
    assert _read(_HEADLINE) == [
        "Gang leader confesses to ordering two killings in 2019",
        "LAHORE:",
        "In a statement recorded before a judicial magistrate on Tuesday, gang leader "
        "Waqar Bhatti confessed to ordering the killings of two shopkeepers.",
    ]


@pytest.mark.parametrize(
    ("text", "place", "sentence"),
    [
        ("MULTAN: Police arrested a man.", "MULTAN", "Police arrested a man."),
        ("MULTAN - Police arrested a man.", "MULTAN", "Police arrested a man."),
        ("NEW TOWN, Jan 5: Police arrested a man.", "NEW TOWN", "Police arrested a man."),
        ("NAIROBI, Kenya (AP) — A court jailed a man.", "NAIROBI", "A court jailed a man."),
        ("ELM GROVE, Tenn. (AP) - A court jailed a man.", "ELM GROVE", "A court jailed a man."),
        ("Port Ellis, Oct. 11 (AFP) - A court jailed him.", "Port Ellis", "A court jailed him."),
        ("Port Ellis (AFP) – A court jailed a man.", "Port Ellis", "A court jailed a man."),
        ("(Port Ellis) A court jailed a man.", "Port Ellis", "A court jailed a man."),
        ("RAMPUR (Uttar Pradesh), May 3: Two men were held.", "RAMPUR", "Two men were held."),
        ("Sitapur (Uttar Pradesh), May 3: Two men were held.", "Sitapur", "Two men were held."),
        ("RAMSEY, Isle of Wight - A clerk was charged.", "RAMSEY", "A clerk was charged."),
        ("ARIMA, Trinidad and Tobago - A man was held.", "ARIMA", "A man was held."),
        # an accented letter is no end of a place's name
        ("VALDÉS, Rio Claro - A clerk was charged.", "VALDÉS", "A clerk was charged."),
        ("ÅSGARD BAY, Nov. 2 - A man was held.", "ÅSGARD BAY", "A man was held."),
        ("Nuñez Point (AFP) - A court jailed a man.", "Nuñez Point", "A court jailed a man."),
    ],
)
def test_wire_datelines(text: str, place: str, sentence: str) -> None:
    (line,) = datelines(text)
    assert text[line.place[0] : line.place[1]] == place
    assert text[line.end :] == sentence
    assert _read(text)[-1] == sentence


@pytest.mark.parametrize(
    "text",
    [
        "Ombudsman: the inquiry was unfair.",  # a headline's speaker, in title case
        "Mr. Harlow said the police were wrong.",
        "The court in Port Ellis: a history.",
        "Marsh and Kelly - a partnership that ended in court.",  # "and" joins no region here
    ],
)
def test_no_dateline(text: str) -> None:
    assert datelines(text) == []


def test_a_dateline_in_the_middle_of_a_line_is_none() -> None:
    assert datelines("He flew to MULTAN: it was late.") == []


def test_a_clear_sentence_end_is_a_start_abbreviations_are_not() -> None:
    text = (
        "More than 60 witnesses testified in the case. The accused denied the charge. "
        "Dr. Harlow met Justice M. Qadir at 9 a.m. Tuesday under the U.S. Constitution."
    )
    starts = [text[s : s + 12] for s in sentence_starts(text)]
    assert starts == ["The accused ", "Dr. Harlow m"]
    assert _read(text) == [
        "More than 60 witnesses testified in the case.",
        "The accused denied the charge.",
        "Dr. Harlow met Justice M. Qadir at 9 a.m. Tuesday under the U.S. Constitution.",
    ]


def test_a_glued_sentence_end_is_an_end() -> None:
    text = "The bench heard the appeal by the accused.On Monday it ruled."
    assert _read(text) == ["The bench heard the appeal by the accused.", "On Monday it ruled."]


def test_a_line_that_only_wraps_a_sentence_goes_on() -> None:
    text = (
        "The court said the accused had\nlied to the police, and that,\n\n“without a doubt\n"
        "he was guilty.”"
    )
    assert sentence_starts(text) == []
    assert _read(text) == [text]


def test_a_closing_quote_and_a_bracketed_sentence() -> None:
    text = "He said: “I am innocent.” (He was 16 then.) The judge left."
    assert _read(text) == ["He said: “I am innocent.”", "(He was 16 then.)", "The judge left."]


def test_the_parse_keeps_the_same_sentences(nlp: Language) -> None:
    """spaCy's parser is held to the starts (``segmentation``): a headline is no part of
    the dateline's sentence, and the dateline no part of the first sentence."""
    doc = nlp(_HEADLINE)
    parsed = [s.text.strip() for s in doc.sents]
    assert parsed == _read(_HEADLINE)
    glued = "More than 60 witnesses testified in the case. The accused denied the charge."
    assert [s.text.strip() for s in nlp(glued).sents] == _read(glued)


def test_no_sentence_begins_after_a_word_or_a_comma_on_its_line(nlp: Language) -> None:
    """A long list of names tempts the parser to begin a sentence inside it (at a surname
    after a first name); the segmentation holds it to one sentence."""
    text = (
        "The report names Bhola Prasad Kushwaha alias Munna as the main accused who mixed "
        "the spirit, Ramesh Chaudhary as the driver who carried the drums, Gaya-based "
        "grocer Rajiv Kumar Agrawal as its seller, and Suresh Mandal as the man who sold "
        "the sachets at the fair."
    )
    assert [s.text for s in nlp(text).sents] == [text]


def test_an_abbreviated_title_before_a_name_ends_no_sentence(nlp: Language) -> None:
    # the parser, left alone, ends a sentence at "Atty." and "Sgt."
    doc = nlp(
        "Manalo's counsel, Atty. Liza Santos of the public attorney's office, said her client "
        "was innocent. Sgt. Ray Cruz led the arrest. He met Dr. Ali later."
    )
    assert [s.text for s in doc.sents] == [
        "Manalo's counsel, Atty. Liza Santos of the public attorney's office, said her client "
        "was innocent.",
        "Sgt. Ray Cruz led the arrest.",
        "He met Dr. Ali later.",
    ]


def test_a_long_title_word_at_a_sentence_end_still_ends_it(nlp: Language) -> None:
    # guard: "Justice." is a word, no abbreviation
    doc = nlp("He stood in the dock at the Hall of Justice. His co-accused walked free.")
    assert [s.text for s in doc.sents] == [
        "He stood in the dock at the Hall of Justice.",
        "His co-accused walked free.",
    ]
