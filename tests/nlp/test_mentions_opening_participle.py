"""A participle that opens its sentence is no word of the name after it
(``nlp/mentions/opening_participle.py``), on invented sentences: "Acquitting X, the judge
said ..." names X, whom the reader then finds acquitted."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.mentions import find_mentions
from tests.nlp.test_claims import accused_of


def _names(nlp: Language, text: str) -> list[str]:
    return [m.text for m in find_mentions(nlp(text))]


# (text, the name the mentions must hold, the participle they must not take in)
FRONTED = [
    (
        "KARACHI: Three men were tried for robbery. Acquitting Nadeem Shah, the judge said "
        "the prosecution had failed to prove its case.",
        "Nadeem Shah",
        "Acquitting",
    ),
    (
        "FAISALABAD: The court ruled on Saturday. Acquitting Amjad Saleem, the judge said "
        "the shopkeeper had not known what the SIM cards were for.",
        "Amjad Saleem",
        "Acquitting",
    ),
    (
        "LEEDS: A driver was convicted of causing death by dangerous driving. Sentencing "
        "Harold Hollis, Judge Kirkwood said he had shown no remorse.",
        "Harold Hollis",
        "Sentencing",
    ),
]

# A name whose own first word ends in "-ing" keeps it.
NAMES = [
    ("The contract went to Sterling Baptiste, a trader from Grenada.", "Sterling Baptiste"),
    ("Sterling Baptiste was charged with theft on Monday.", "Sterling Baptiste"),
]


@pytest.mark.parametrize(("text", "name", "participle"), FRONTED)
def test_a_fronted_participle_is_no_word_of_the_name(
    text: str, name: str, participle: str, nlp: Language
) -> None:
    names = _names(nlp, text)
    assert name in names
    assert not any(n.startswith(participle) for n in names)


@pytest.mark.parametrize(("text", "name"), NAMES)
def test_a_names_own_first_word_stays(text: str, name: str, nlp: Language) -> None:
    assert name in _names(nlp, text)


def test_the_one_a_fronted_participle_acquits_is_acquitted(nlp: Language) -> None:
    text = FRONTED[0][0]
    assert accused_of("ruling", nlp, text, "acquitted") == {"Nadeem Shah"}


@pytest.mark.xfail(
    strict=True,
    reason="the small parser reads 'Convicting Rashid Mehmood' as one proper noun phrase, "
    "the subject of 'said': no verb of convicting is parsed, so no ruling is read",
)
def test_convicting_parsed_as_a_name_word(nlp: Language) -> None:
    text = (
        "LAHORE: Two men were tried for murder. Convicting Rashid Mehmood, the judge said the "
        "ocular account was confidence-inspiring."
    )
    assert "Rashid Mehmood" in accused_of("ruling", nlp, text, "convicted")
