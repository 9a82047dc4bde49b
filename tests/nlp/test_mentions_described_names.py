"""Names NER cuts, joins or types as a body or a place, read as people by the words around
them (``nlp/mentions/descriptors.py``, ``nlp/mentions/given_names_before.py``), on invented
sentences: a common noun NER took in as the name's first word ("Cook Tenzin Norbu" an
organisation), given names NER left before a surname it typed alone ("DSP Kamal Raj
Bhandari" with "Bhandari" a firm), a name typed a body right after a title or an office
written short ("OC Mizanur Rahman"). Each with near misses that must stay as they are."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.mentions import find_mentions


def _people(nlp: Language, text: str) -> list[str]:
    return [m.name for m in find_mentions(nlp(text)) if m.type == "person"]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a common noun the document writes in lower case elsewhere, before a given name
        ("Cook Tenzin Norbu was released on bail. The cook had worked at the lodge for years.",
         "Tenzin Norbu"),
        # the same noun as a title inside the clause, the other order of the two sentences
        ("The court released Cook Tenzin Norbu on bail; the cook denied the theft.",
         "Tenzin Norbu"),
        # a common noun the tagger reads as one in spite of its capital
        ("Driver Bishnu Karki was released on bail, the court noting nothing was found on him.",
         "Bishnu Karki"),
        # a noun of the lexicon for a person's part
        ("Prosecutor Amina Yusuf told the court the firm ignored warnings.", "Amina Yusuf"),
    ],
)  # fmt: skip
def test_a_common_noun_before_a_given_name_is_no_part_of_the_name(
    nlp: Language, text: str, name: str
) -> None:
    assert name in _people(nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the first word a given name itself, though the document writes it as a noun
        ("Park Ji Hoon was detained near the car park.", "Park Ji Hoon"),
    ],
)
def test_a_first_word_that_is_a_given_name_stays_in_the_name(
    nlp: Language, text: str, name: str
) -> None:
    assert name in _people(nlp, text)


def test_a_body_with_a_head_word_keeps_its_first_word(nlp: Language) -> None:
    text = "Nurse Fatima Memorial Hospital was sealed by the health department."
    assert not any("Fatima" in name for name in _people(nlp, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # after an office written short, the surname alone typed a firm
        ("Police spokesperson DSP Kamal Raj Bhandari said the broker admitted it.",
         "Kamal Raj Bhandari"),
        # at a sentence's start, the surname alone typed a place
        ("Precious Chileshe embraced relatives in the court corridor.", "Precious Chileshe"),
        # at a sentence's start before a relative clause, the surname alone typed a firm
        ("Arshad Iqbal, whose mother died in the blast, said the family was satisfied.",
         "Arshad Iqbal"),
    ],
)  # fmt: skip
def test_given_names_left_out_before_a_mistyped_surname_make_a_person(
    nlp: Language, text: str, name: str
) -> None:
    assert name in _people(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        "Residents of Allama Iqbal Town protested.",  # a place's head word
        "He was taken to Islam Colony for questioning.",
        "The FIA Cyber Crime Wing arrested him.",  # an office's name, no given name
    ],
)
def test_a_place_or_a_body_stays_no_person(nlp: Language, text: str) -> None:
    assert _people(nlp, text) == []


def test_a_name_typed_a_body_after_an_office_written_short_is_a_person(nlp: Language) -> None:
    assert "Mizanur Rahman" in _people(nlp, "OC Mizanur Rahman said the two men were arrested.")
