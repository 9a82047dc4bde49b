"""A father and a son of one name told apart by a word after it ("senior", "junior", "Jr")."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.mentions import find_mentions


def _people(nlp: Language, text: str) -> dict[str, str]:
    mentions = find_mentions(nlp(text))
    assert all(text[m.start : m.end] == m.text for m in mentions)
    return {m.text: m.name for m in mentions if m.type == "person"}


def test_the_word_after_the_name_is_part_of_it(nlp: Language) -> None:
    text = (
        "Derek Amble senior, 66, and Derek Amble junior, 39, appeared before the magistrates "
        "on Friday. Amble junior is charged with burglary. Amble senior said nothing."
    )
    people = _people(nlp, text)
    assert people["Derek Amble senior"] == "Derek Amble senior"
    assert people["Derek Amble junior"] == "Derek Amble junior"
    # a surname with the word stands for the full name with the same word
    assert people["Amble junior"] == "Derek Amble junior"
    assert people["Amble senior"] == "Derek Amble senior"


def test_a_surname_ner_missed_before_the_word_is_found(nlp: Language) -> None:
    text = (
        "Derek Amble senior and Derek Amble junior were arrested in March.\n\n"
        "Amble junior, who is 39, later admitted the burglary."
    )
    assert _people(nlp, text).get("Amble junior") == "Derek Amble junior"


def test_a_word_that_modifies_the_noun_after_it_is_no_suffix(nlp: Language) -> None:
    text = "The court heard Rashid Ali Khan senior counsel for the bank on Monday."
    people = _people(nlp, text)
    assert not any(name.endswith("senior") for name in people.values())
