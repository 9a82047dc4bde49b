"""A he or she whose nearest subject is another he or she of the same gender, which goes back
to a description the report ties to one named accused, stands for that accused
(``claims.described_subject``): "The driver denied the charge, and he said he was asleep" -
the inner "he"'s nearest subject is the outer "he", the outer one's is "the driver"; "the case
against the manager rested on a confession he was said to have made, which he disowned". Not
where the link is a pronoun of the other gender ("the cashier ... she said he had confessed"),
nor where the chain ends at a subject of no one accused. Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

# in each, the accused followed last (the pronoun's old tie) is the second one named
_FIRE = (
    "Police in Dhading arrested the driver, Bikash Thapa, over the fire. The owner of the "
    "factory, Krishna Bahadur Thapa, was also arrested. He was remanded for five days. "
)
_HALL = (
    "The judge acquitted the manager, Tariq Saleem, of all charges. The owner, Nadeem Akbar, "
    "was taken into custody. He was convicted of manslaughter. "
)
_CASH = (
    "Police in Lahore arrested the cashier, Amina Bibi, over the theft. The branch manager, "
    "Saima Khan, was also arrested. She was remanded for three days. "
)
_GOLD = (
    "A court in Accra convicted the guard, Kwame Mensah, of theft. The dealer, Kofi Boateng, "
    "was sentenced to ten years. He had planned the theft. "
)
_PUMP = (
    "A court in Valparaíso charged the mechanic, Rodrigo Fuentes, over the fuel theft. The "
    "station owner, Andrés Soto, was also charged. He was placed under house arrest. "
)

_MIXED = (
    "Police arrested the cashier, Amina Bibi, over the theft. The branch manager, Imran Khan, "
    "was also arrested. He was remanded. "
)


@pytest.mark.parametrize(
    ("kind", "text", "who"),
    [
        (
            "denial",
            _FIRE + "The driver denied the charge, and he said he was asleep at home that night.",
            "Bikash Thapa",
        ),
        # "which he disowned": its nearest subject is the "he" of "a confession he was said
        # to have made", whose own is the thing told of the manager
        (
            "retraction",
            _HALL + "The court held that the case against the manager rested on a confession "
            "he was said to have made to police, which he disowned at the trial.",
            "Tariq Saleem",
        ),
        (
            "confession",
            _HALL + "The court held that the case against the manager rested on a confession "
            "he was said to have made to police, which he disowned at the trial.",
            "Tariq Saleem",
        ),
        # the other sex
        (
            "denial",
            _CASH + "The cashier appeared before the judge, and she said she had never touched "
            "the money.",
            "Amina Bibi",
        ),
        # "he told the court he had never ...": a verb of telling, another region
        (
            "denial",
            _GOLD + "The guard pleaded not guilty, and he told the court he had never seen the "
            "gold.",
            "Kwame Mensah",
        ),
        # a confession reported through the chain
        (
            "confession",
            _FIRE + "The driver was questioned for two days, and he said he confessed to setting "
            "the fire.",
            "Bikash Thapa",
        ),
        (
            "confession",
            _MIXED + "The cashier denied the charge, and she said she had confessed only under "
            "pressure.",
            "Amina Bibi",
        ),
        (
            "denial",
            _PUMP + "The mechanic was questioned by prosecutors, and he insisted he had never "
            "taken any fuel.",
            "Rodrigo Fuentes",
        ),
    ],
)
def test_pronoun_chained_to_a_described_subject(
    nlp: Language, kind: str, text: str, who: str
) -> None:
    assert accused_of(kind, nlp, text) == {who}


@pytest.mark.parametrize(
    ("kind", "text", "who"),
    [
        # "she said he": a link of the other gender is another person - no chain
        (
            "confession",
            _MIXED + "The cashier denied the charge, and she said he had confessed to taking "
            "the money.",
            "Amina Bibi",
        ),
        # a victim's description at the chain's end ties no one accused
        (
            "denial",
            _GOLD + "A porter, Yaw Asante, was injured in the raid. The porter said he told "
            "police he had seen nothing.",
            "Kwame Mensah",
        ),
        (
            "denial",
            _GOLD + "A porter, Yaw Asante, was injured in the raid. The porter said he told "
            "police he had seen nothing.",
            "Yaw Asante",
        ),
    ],
)
def test_no_chain(nlp: Language, kind: str, text: str, who: str) -> None:
    assert who not in accused_of(kind, nlp, text)
