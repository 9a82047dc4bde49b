"""A relative's own kin noun turns back to whose relative the speaker is: "Zulfi's father,
Y, said his son had been picked up" is Zulfi, never the son another family's "his son, Z"
named earlier (``KinReciprocal._kin_turned``, asked by ``Naming`` before ``_kin_told``).
Invented sentences in Pakistani, Indian and wire copy; the near misses are a second family
in the same report, a father naming another son, and a wife's son (no turn back)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of

# (text, the accused of the report's arrests)
_TURNED_BACK = [
    (
        "Police arrested Zahid Mehmood for the murder of Karim Bux, a vegetable seller. His son "
        "Nadeem Bux, 19, told police he saw Zahid Mehmood fire at his father. Zahid's father, "
        "Rasool Bakhsh, said his son had been picked up from his house at night.",
        {"Zahid Mehmood"},
    ),
    (
        "Police in Multan arrested Asif Javed on charges of killing a shopkeeper, Tariq Saleem. "
        "The shopkeeper's son, Imran Saleem, lodged the complaint. Asif's mother, Nasreen Bibi, "
        "said her son had been arrested without a warrant.",
        {"Asif Javed"},
    ),
    (
        "The crime branch arrested Ramesh Yadav after the death of a labourer, Sunil Verma. "
        "Verma's brother, Anil Verma, filed the complaint. Ramesh Yadav's brother, Dinesh Yadav, "
        "told reporters his brother was detained without any evidence.",
        {"Ramesh Yadav"},
    ),
    (
        "Police arrested Omar Farooq after the shooting of Bilal Khan. Bilal's father, Noor Khan, "
        "said his son Hamid had seen the attack. Omar's father, Aslam, said his son was arrested "
        "without cause.",
        {"Omar Farooq"},
    ),
]

# Near misses: the victim's family speaking of its own; a father who names his other son.
_NOT_ACCUSED = [
    (
        "Police arrested Zahid Mehmood for the murder of Karim Bux. His son Nadeem Bux told "
        "police he saw the shooting. Karim Bux's brother, Aslam Bux, said his brother had been "
        "threatened for months.",
        "Nadeem Bux",
    ),
    (
        "Police arrested Omar Farooq after the shooting of Bilal Khan. Bilal's father, Noor Khan, "
        "said his son Hamid had seen the attack. Omar's father, Aslam, said his son was arrested "
        "without cause.",
        "Hamid",
    ),
]


@pytest.mark.parametrize(("text", "accused"), _TURNED_BACK)
def test_a_relatives_own_kin_turns_back_to_whose_relative_he_is(
    nlp: Language, text: str, accused: set[str]
) -> None:
    assert accused_of("arrest", nlp, text) == accused


@pytest.mark.parametrize(("text", "kin"), _NOT_ACCUSED)
def test_another_familys_son_is_never_accused(nlp: Language, text: str, kin: str) -> None:
    accused = {p.name for c in claims_of(nlp, text) for p in c.participants if p.role == "accused"}
    assert kin not in accused


def test_a_wifes_son_is_not_her_husband(nlp: Language) -> None:
    """ "X's wife said her son": no turn back (``kin_turn``); the son is not X."""
    text = (
        "Police arrested Tariq Mahmood and his son, Kashif Mahmood, over the fraud. Tariq's "
        "wife, Rubina, said her son had been arrested at the office."
    )
    assert accused_of("arrest", nlp, text) == {"Tariq Mahmood", "Kashif Mahmood"}


@pytest.mark.xfail(
    strict=True,
    reason="not built: the speaker named only by a pronoun whose kin tie was told a sentence "
    "before ('Zulfi's father, Y, waited outside. He said his son ...') is left to the noun "
    "read back; the open sets hold this once or not at all",
)
def test_a_speaker_told_a_sentence_before(nlp: Language) -> None:
    text = (
        "Police arrested Zahid Mehmood for the murder of Karim Bux. His son Nadeem Bux told "
        "police he saw the shooting. Zahid's father, Rasool Bakhsh, waited outside the police "
        "station. He said his son had been picked up at night."
    )
    assert accused_of("arrest", nlp, text) == {"Zahid Mehmood"}
