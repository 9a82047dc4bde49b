"""The grammar dfor59 added to denials spoken for an accused by someone else, read by
``corroborate.nlp.claims.narrowed_deeds``: an intent refused ("his client never set out to
cheat anyone", "she did not mean to hurt anyone"), all he did told as an innocent act ("her son
had done nothing but take food to his sister", "did nothing except drive the van"), and no tie
to the matter the report tells ("had nothing to do with the matter"). Each construction in
more than one wording - another verb of its class, another word order, another speaker - and
with near misses that must not read. Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_TWO = "Police arrested cashier Corin Vasey and driver Pell Brady on Monday. "
_LANDLORD = "Prosecutors indicted landlord Kim Dohyun and broker Lee Sunwoo over unpaid deposits. "
_FARM = "Police in Gulu charged herdsman Okello Tonny and trader Akena Brian with cattle theft. "

_READ = [
    # an intent refused: a negated verb of aiming with an infinitive that tells a deed
    (_TWO + "Vasey's lawyer, Olan Reed, said his client had never set out to cheat anyone.",
     {"Corin Vasey"}),
    (_TWO + "Vasey's lawyer, Olan Reed, said his client had never meant to hurt anyone.",
     {"Corin Vasey"}),
    (_LANDLORD + "Kim's lawyer told the court that his client never intended to defraud the "
     "tenants.", {"Kim Dohyun"}),
    (_FARM + "Brian's brother said Akena Brian did not plan to steal any cattle.",
     {"Akena Brian"}),
    # all he did told as an innocent act
    (_TWO + "Vasey's lawyer, Olan Reed, told the court his client did nothing but shout for "
     "them to stop.", {"Corin Vasey"}),
    (_TWO + "Brady's mother, Ann Tiller, said her son had done nothing but take food to his "
     "sister.", {"Pell Brady"}),
    (_TWO + "Brady's father said his son did nothing except sit in the car.", {"Pell Brady"}),
    (_LANDLORD + "Lee's lawyer said his client had done nothing other than show the flats.",
     {"Lee Sunwoo"}),
    # no tie to the matter the report tells
    (_TWO + "Vasey's lawyer said his client had nothing to do with the matter.", {"Corin Vasey"}),
    (_FARM + "The herdsman's wife said Okello Tonny had nothing to do with the affair.",
     {"Okello Tonny"}),
]  # fmt: skip

_NOT_READ = [
    # trying or wanting is no intent refused; an infinitive of saying tells no deed
    _TWO + "Vasey's lawyer said his client did not try to run.",
    _TWO + "Vasey's lawyer said his client never meant to say that.",
    # "do nothing" with no exception is an omission, "have nothing but" no deed at all
    _TWO + "Vasey's lawyer said his client did nothing to stop the fight.",
    _TWO + "Vasey's lawyer said his client had nothing but praise for the police.",
    # a matter someone else owns
    _TWO + "Vasey's lawyer said his client had nothing to do with his brother's affair.",
]


@pytest.mark.parametrize(("text", "expected"), _READ)
def test_a_narrowed_deed_spoken_for_the_accused_denies(
    nlp: Language, text: str, expected: set[str]
) -> None:
    assert accused_of("denial", nlp, text) == expected


@pytest.mark.parametrize("text", _NOT_READ)
def test_a_near_miss_denies_nothing(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == set()
