"""The ages a report gives its people and "the N-year-old" that calls one by it
(``nlp/claims/ages_told.py``), on invented sentences."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Span

from corroborate.nlp.claims.ages_told import age_called, age_of, ages_written


def test_the_forms_of_an_age_with_a_name(nlp: Language) -> None:
    text = "Martin Osei, 52, met 19-year-old Ama Boateng and Kojo Addo (40) in Accra."
    doc = nlp(text)

    def name(words: str) -> Span:
        start = text.index(words)
        span = doc.char_span(start, start + len(words))
        assert span is not None
        return span

    assert age_of(name("Martin Osei")) == "52"
    assert age_of(name("Ama Boateng")) == "19"
    assert age_of(name("Kojo Addo")) == "40"


def test_a_number_that_is_no_age_is_not_read(nlp: Language) -> None:
    doc = nlp("Martin Osei, 5000 others and a dog were there.")
    assert age_of(doc[0:2]) is None


def test_the_year_old_alone_calls_a_person_by_age(nlp: Language) -> None:
    doc = nlp("The 23-year-old denied the charge, but the 23-year-old driver did not.")
    olds = [t for t in doc if t.lower_ == "old"]
    assert age_called(olds[0]) == "23"
    assert age_called(olds[1]) is None  # the driver's age, not a person called by it
    assert ages_written(doc[:]) == {"23"}
