"""An accusation told as a scheme against the accused, den77: the accused's side calling the
case or the FIR a conspiracy, a plot or a counterblast ("the case was a conspiracy by his
rivals", "described the case as a conspiracy by business rivals", "the case is a
counterblast to a suit he filed"), or the accused the victim of a conspiracy or a grudge -
a denial with no verb of denying (``claims.plotted``). Invented sentences and names
(Pakistan, India, Bangladesh, Nepal, Sri Lanka); paraphrases that must read and near
misses that must not: the prosecution's or a judge's "conspiracy", the charge named
("criminal conspiracy", "a conspiracy to murder"), the victim's side, a negated victim, the
victim of the crime itself."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_OKARA = "Police in Okara arrested Nasir Mehmood Dogar over the burning of a tube-well shed. "
_NAGPUR = "The Nagpur police arrested Ravi Khobragade for cheating a cooperative bank. "
_NOAKHALI = "Police in Noakhali arrested Shafiqul Alam, a union parishad member, over a robbery. "
_BIRATNAGAR = "Police in Biratnagar arrested Kumar Prasad Rai on charges of extortion. "
_KANDY = "Police in Kandy arrested Nimal Perera over the theft of temple jewellery. "


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (_OKARA + "Dogar said the case was a conspiracy by his rivals.", "Nasir Mehmood Dogar"),
        (_OKARA + "Dogar told the court the case was a conspiracy.", "Nasir Mehmood Dogar"),
        (
            _OKARA + '"This FIR is a conspiracy to take our land," Dogar told reporters.',
            "Nasir Mehmood Dogar",
        ),
        (
            _NAGPUR + "Khobragade has described the case as a conspiracy by his business rivals.",
            "Ravi Khobragade",
        ),
        (
            _NAGPUR + "Khobragade contended that the case was a counterblast to a complaint he"
            " had filed against the bank's chairman.",
            "Ravi Khobragade",
        ),
        (
            _NOAKHALI + "His lawyer said Shafiqul was the victim of a conspiracy by a rival group.",
            "Shafiqul Alam",
        ),
        (
            _BIRATNAGAR + '"Rai is the victim of a grudge between the police and his family,"'
            " his counsel argued.",
            "Kumar Prasad Rai",
        ),
        (_KANDY + "Perera termed the case a plot by the temple trustees.", "Nimal Perera"),
        (_KANDY + "Perera said he was the victim of a conspiracy.", "Nimal Perera"),
    ],
)
def test_a_case_told_as_a_scheme_is_denied(nlp: Language, text: str, who: str) -> None:
    assert accused_of("denial", nlp, text) == {who}


@pytest.mark.parametrize(
    "text",
    [
        # the prosecution's conspiracy is the charge, not a scheme against the accused
        _OKARA + "The prosecutor said the case was a conspiracy by Dogar and two others to"
        " burn the shed.",
        # the charge named
        _OKARA + "The charge against Dogar is criminal conspiracy.",
        _NAGPUR + "The judge said the case was a conspiracy to defraud the bank.",
        _NAGPUR + "Police said the fraud was part of a conspiracy to cheat depositors.",
        # the victim's side: the one laid against is no accused
        _NOAKHALI + "The trader's son said his father was the victim of a conspiracy by Shafiqul.",
        _BIRATNAGAR + "The contractor's family said the contractor was the victim of a grudge.",
        # negated, and the victim of the crime itself
        _KANDY + "Perera said he was not the victim of any conspiracy.",
        _KANDY + "Perera was the victim of the attack, his lawyer said.",
        # one who speaks in an office the report does not accuse: the body's word
        _OKARA + "The district bar president, Chaudhry Akram Gill, announced a strike and called"
        " the FIR a conspiracy of the irrigation department.",
        # the police's plot
        _KANDY + "The investigating officer said the plot to steal the jewellery was hatched"
        " by Perera.",
    ],
)
def test_no_scheme_against_the_accused(nlp: Language, text: str) -> None:
    assert not accused_of("denial", nlp, text)


def test_the_scheme_words_are_the_lexicons() -> None:
    """The words ``plotted`` reads - the charge-naming "criminal", the scheme's "victim" -
    are the legal lexicon's one-entry lists, none a constant of the module (mnd78)."""
    from corroborate.lexicon.legal import legal
    from corroborate.nlp.claims import plotted

    assert legal().charge_naming_adjectives == {"criminal"}
    assert legal().scheme_target_nouns == {"victim"}
    constants = [v for k, v in vars(plotted).items() if k.startswith("_") and isinstance(v, str)]
    assert "victim" not in constants and "criminal" not in constants
