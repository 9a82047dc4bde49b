"""The parse readings under the accused's side's clearing clauses (branch lfI): a presence
denied at the crime's time (``claims.alibis.denies_presence``), a quotation's later sentences
said by the verb that opens it (``quotes.said_after``). Invented sentences; the claim-level
cases are in ``data/denial_constructions.json``."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc, Token

from corroborate.nlp.claims.alibis import denies_presence, places_elsewhere
from corroborate.nlp.quotes import find_quotations, said_after, said_before


def _clause(doc: Doc) -> Token:
    """The reported clause of the sentence's verb of saying (its first ``ccomp``)."""
    return next(t for t in doc if t.dep_ == "ccomp")


@pytest.mark.parametrize(
    "text",
    [
        "Rashid insisted he had not been at the market that night.",
        "His brother said he was nowhere near the shop at the time of the murder.",
        "She said he was not in Quetta when the shooting took place.",
    ],
)
def test_a_presence_denied_at_the_crime_s_time(nlp: Language, text: str) -> None:
    clause = _clause(nlp(text))
    assert denies_presence(clause)
    assert not places_elsewhere(clause)


@pytest.mark.parametrize(
    "text",
    [
        "Rashid said he had not been to the market for years.",  # no crime's time
        "Rashid said he had not seen the guard that night.",  # a deed, with an object
        "Rashid said he was at the market that night.",  # placed there: no negation
    ],
)
def test_no_presence_denied(nlp: Language, text: str) -> None:
    assert not denies_presence(_clause(nlp(text)))


def test_a_moment_pointed_back_to_tells_the_crime_s_time(nlp: Language) -> None:
    assert places_elsewhere(_clause(nlp("His wife said he was at home that night.")))


def test_a_quotation_s_later_sentences_are_said_by_the_verb_that_opens_it(
    nlp: Language,
) -> None:
    text = 'Dobre spoke, saying, "I lost a friend. I am paying for things I did not do."'
    doc = nlp(text)
    saying = next(t for t in doc if t.lower_ == "saying")
    roots = said_after(saying, find_quotations(text))
    assert [r.lemma_ for r in roots] == ["pay"]
    assert said_before(saying, find_quotations(text)) == []


def test_a_verb_after_its_quotation_opens_nothing(nlp: Language) -> None:
    text = '"I lost a friend. I am paying for things I did not do," Dobre said.'
    doc = nlp(text)
    said = next(t for t in doc if t.lower_ == "said")
    assert said_after(said, find_quotations(text)) == []
