"""The readings acc63 added. An accusation noun's "against" phrase names whom it accuses, as a
charge's or a case's does ("the allegation against X", "accusations against him were
dropped"; ``Nouns._read_noun`` through ``_charged_against``). A person newly named as the
first subject of a paragraph would be the focus a "he" or "she" opening the next sentence
continues, not the accused the report followed before the break: tried and taken out by acc63
(h5 outcomes), read again by para64 where the opening tells of the opener himself
(``paragraph_focus.tells_of_self``; more cases in ``test_claims_para64.py``).
Invented sentences and names; paraphrases (another accusation noun, another verb, a pronoun,
another country) and near misses (none made; no paragraph break; a victim, or a paragraph that
names the accused followed)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of, roles


@pytest.mark.parametrize(
    ("text", "names"),
    [
        ("The allegation against Peter Mwale was that he stole the maize.", {"Peter Mwale"}),
        # a pronoun the sentence binds, inside a reported clause
        (
            "As for Tomas Vidal, the judgment said the only allegation against him was that "
            "he shouted.",
            {"Tomas Vidal"},
        ),
        # another accusation noun, plural, the noun a passive subject
        ("The accusations against Tomas Novak were dropped in March.", {"Tomas Novak"}),
        # the noun the subject of an active verb, inside a reported clause
        (
            "The court heard that the accusation against Ana Lima rested on one witness.",
            {"Ana Lima"},
        ),
        # a list after "against"
        (
            "Allegations against Kofi Mensah and Yaw Boateng were never proved.",
            {"Kofi Mensah", "Yaw Boateng"},
        ),
    ],
)
def test_an_accusation_against_someone(nlp: Language, text: str, names: set[str]) -> None:
    assert names <= accused_of("accusation", nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("There was no allegation against Maria Costa.", "Maria Costa"),  # none made
        # an allegation by someone, not against them
        ("The allegation by Maria Costa was investigated.", "Maria Costa"),
    ],
)
def test_no_accusation_against_someone(nlp: Language, text: str, name: str) -> None:
    assert "accused" not in roles(claims_of(nlp, text)).get(name, set())


@pytest.mark.parametrize(
    ("text", "name", "outcome"),
    [
        (
            "Joseph Banda was acquitted of theft on Monday.\n\nIn a related case last month, "
            "scrap dealer Davies Tembo admitted before the magistrate that he bought the stolen "
            "cable. He was convicted on his own plea.",
            "Davies Tembo",
            "convicted",
        ),
        # a description with the name apposed, another verb of the paragraph's opening
        (
            "Ana Souza was cleared of fraud in March.\n\nThe driver, Marco Pereira, told the "
            "court he had only followed orders. He was sentenced to two years in prison.",
            "Marco Pereira",
            "sentenced",
        ),
        # a relative clause on the subject, a she
        (
            "Tomas Novak was convicted of bribery.\n\nJana Dvorakova, who ran the clinic, "
            "told the court she had paid in good faith. She was released on bail.",
            "Jana Dvorakova",
            "bail",
        ),
    ],
)
def test_he_after_a_paragraph_opened_by_someone_new(
    nlp: Language, text: str, name: str, outcome: str
) -> None:
    assert accused_of("ruling", nlp, text, outcome) == {name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # no paragraph break: the accused followed
        (
            "Joseph Banda was acquitted of theft on Monday. Peter Mwale said he bought the "
            "cable. He was convicted on his own plea.",
            "Peter Mwale",
        ),
        # a victim opens the paragraph: never the one remanded
        (
            "Joseph Banda was charged with theft.\n\nThe victim, Peter Mwale, said he lost his "
            "savings. He was remanded in custody.",
            "Peter Mwale",
        ),
        # the paragraph names the accused followed too
        (
            "Joseph Banda was charged with theft.\n\nPeter Mwale told police that Banda took "
            "the cable. He was remanded in custody.",
            "Peter Mwale",
        ),
    ],
)
def test_no_new_focus_after_a_paragraph(nlp: Language, text: str, name: str) -> None:
    assert name not in accused_of("ruling", nlp, text)
