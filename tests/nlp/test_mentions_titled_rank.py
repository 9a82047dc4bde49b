"""A name written after a rank ("Sergeant X", "Constable X Y") is an office-holder's: it
stands for no full name of the report that is never given a rank."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.mentions import find_mentions


def _names(nlp: Language, text: str) -> list[tuple[str, str]]:
    return [(m.text, m.name) for m in find_mentions(nlp(text)) if m.type == "person"]


def test_a_ranked_surname_is_not_the_victim_of_that_surname(nlp: Language) -> None:
    text = (
        "Peter Osei, 38, is accused of stabbing Daniel Quaye outside a bar in Tema. "
        "Sergeant Quaye of the Tema police told the court he found the knife in a drain."
    )
    names = _names(nlp, text)
    assert ("Quaye", "Daniel Quaye") not in names
    assert ("Quaye", "Quaye") in names


def test_a_ranked_name_is_not_the_longer_name_of_the_accused(nlp: Language) -> None:
    text = (
        "Police arrested Imran Haider Butt on Friday over the robbery of a jeweller. "
        "Constable Imran Haider, who gave chase, recovered the stolen rings from a rickshaw."
    )
    assert ("Imran Haider", "Imran Haider Butt") not in _names(nlp, text)


def test_the_bare_surname_after_the_ranked_one_is_still_the_officer(nlp: Language) -> None:
    text = (
        "Peter Osei, 38, is accused of stabbing Daniel Quaye outside a bar in Tema. "
        "Sergeant Quaye of the Tema police said the knife was found in a drain. "
        "Under cross-examination, Quaye said he had not dusted it for prints."
    )
    assert [n for t, n in _names(nlp, text) if t == "Quaye"] == ["Quaye", "Quaye"]


def test_a_ranked_surname_is_the_full_name_given_that_rank(nlp: Language) -> None:
    text = (
        "Sergeant Abena Quaye led the search of the house in Tema. The suspect, Daniel "
        "Quaye, a nephew of the owner, was not at home. Sergeant Quaye told reporters the "
        "search had found nothing."
    )
    names = _names(nlp, text)
    assert names[-1] == ("Quaye", "Abena Quaye")


def test_a_ranked_surname_is_the_full_name_apposed_to_a_rank(nlp: Language) -> None:
    text = (
        "Kwesi Boateng, a police inspector, arrested the two men at the market. "
        "Inspector Boateng said they had confessed."
    )
    assert ("Boateng", "Kwesi Boateng") in _names(nlp, text)
