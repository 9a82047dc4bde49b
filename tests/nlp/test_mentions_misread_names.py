"""Names NER misreads that the grammar or the name library shows are people's.

- A given name written with its accents (``lexicon.first_names`` reads it as the table
  spells it, without them): "Sergeant Dieudonné Mbuyi Kalenga was found guilty" with only
  "Kalenga" tagged, a place; "Gábor Szűcs, 47, was detained" with only "Szűcs" tagged. The
  finder's repairs that ask whether a word opens a person's name now know it.
- A name of several words NER typed a work of art where the grammar around it holds only a
  person (``mentions.entity_types._a_title``): "Those arrested are Dil Bahadur Ale Magar,
  55, chairman of ..." - a work is given no age, no "Mr", no "who" clause.

NER's readings are set on the document by hand, so that each test reads the finder's repair,
not what one model version happens to tag. Each sentence is invented: Congolese, Hungarian,
Polish, Serbian, Peruvian, Nepali, Indian and Bangladeshi names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.nlp.mentions import find_mentions


def _tagged(nlp: Language, text: str, name: str, label: str) -> Doc:
    """``text`` parsed, NER's only entity ``name`` typed ``label``."""
    doc = nlp(text)
    start = text.index(name)
    span = doc.char_span(start, start + len(name), label=label)
    assert span is not None
    doc.ents = [span]
    return doc


def _people(doc: Doc) -> list[str]:
    return [m.name for m in find_mentions(doc) if m.type == "person"]


@pytest.mark.parametrize(
    ("text", "tagged", "label", "whole"),
    [
        # a Congolese soldier after his rank, only the last word tagged, a place
        ("Sergeant Dieudonné Mbuyi Kalenga was found guilty of murder at Kananga.",
         "Kalenga", "GPE", "Dieudonné Mbuyi Kalenga"),
        # a Hungarian driver with his age: only the surname tagged, a place
        ("Gábor Szűcs, 47, was detained after the crash on the M5.",
         "Szűcs", "GPE", "Gábor Szűcs"),
        # a French given name before a Hungarian surname, the surname a place
        ("Émile Horváth, 52, was detained at the border crossing.",
         "Horváth", "GPE", "Émile Horváth"),
        # a Swedish given name with its own letter
        ("Åsa Lindqvist, 38, was detained at the airport on Monday.",
         "Lindqvist", "GPE", "Åsa Lindqvist"),
    ],
)  # fmt: skip
def test_an_accented_given_name_opens_the_name_ner_cut(
    nlp: Language, text: str, tagged: str, label: str, whole: str
) -> None:
    assert _people(_tagged(nlp, text, tagged, label)) == [whole]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a Nepali list of the arrested: the first item typed a work of art, with its age
        ("Those arrested are Dil Bahadur Ale Magar, 55, chairman of a construction firm, and "
         "his accountant, 31.", "Dil Bahadur Ale Magar"),
        # an Indian name with a personal title
        ("Police said Mr Praveen Kumar Shetty had paid the driver.", "Praveen Kumar Shetty"),
        # a Bangladeshi name with a "who" clause on it
        ("The court heard that Rafiqul Islam Bhuiyan, who ran the depot, had sold the rice.",
         "Rafiqul Islam Bhuiyan"),
    ],
)  # fmt: skip
def test_a_work_of_art_in_a_persons_place_is_a_person(nlp: Language, text: str, name: str) -> None:
    assert _people(_tagged(nlp, text, name, "WORK_OF_ART")) == [name]


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # a film's title, no person's place around it
        ("The court banned screenings of Dil Bahadur Returns across the district.",
         "Dil Bahadur Returns"),
        # a book's title with a year after it, not an age
        ("He had read Midnight Harvest, 1998, twice in prison.", "Midnight Harvest"),
    ],
)  # fmt: skip
def test_a_work_of_art_elsewhere_stays_no_person(nlp: Language, text: str, title: str) -> None:
    assert _people(_tagged(nlp, text, title, "WORK_OF_ART")) == []
