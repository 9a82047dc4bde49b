"""The items of a lede's noun phrase (``nlp/claims/lede_items.py``, moved out of ``ledes.py``
unchanged): its own words, a counted plural's count and a list hung on one as its
apposition. Sentences invented for these tests."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Token

from corroborate.nlp.claims.lede_items import counted_item, listed_as_apposed, numeral, own_phrase


def _word(doc: Doc, text: str) -> Token:
    return next(t for t in doc if t.text == text)


def test_a_nouns_own_phrase_leaves_out_its_relative_clause_and_other_phrases(
    nlp: Language,
) -> None:
    doc = nlp("A baker who sold bread from a van in Tarvel was charged on Monday.")
    words = {t.text for t in own_phrase(_word(doc, "baker"))}
    assert "baker" in words and not words & {"sold", "van", "Tarvel"}


def test_a_counted_plural_gives_its_count_and_a_singular_none(nlp: Language) -> None:
    doc = nlp("Three guards and a cook were remanded in custody.")
    assert numeral(_word(doc, "guards")) == 3
    assert counted_item(_word(doc, "guards")) == 3
    assert counted_item(_word(doc, "cook")) is None


def test_a_list_hung_on_a_counted_plural_is_its_items_unless_closed(nlp: Language) -> None:
    running = nlp("Two guards, a baker and a driver were remanded on Friday.")
    items = [t.text for t in listed_as_apposed(_word(running, "guards"))]
    assert items == ["baker", "driver"]
    closed = nlp("Two men, a father and his son, were jailed on Friday.")
    assert listed_as_apposed(_word(closed, "men")) == []
