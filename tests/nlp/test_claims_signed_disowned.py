"""A statement the accused signed, disowned by how he came to sign it, with no confession word
and no confession told before (conf99; invented sentences): signed at another's bidding
("he had signed whatever he was asked to sign", ``tutored``), signed after a span held told
on the holding ("she had been held at the station for two days before she signed the police
statement", ``deprived_told``), or written for him ("the statement he signed in custody was
written for him", the coercion words). Each is a custodial-or-unknown confession and its
retraction; a witness, a lease, a bail bond, an officer saying he signed willingly and the
length of an interview are none."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_ARREST = "Police arrested Arjun Mehta in March. "


def _retracted(nlp: Language, sentence: str) -> set[str]:
    return accused_of("retraction", nlp, _ARREST + sentence)


def _confessed(nlp: Language, sentence: str) -> set[str]:
    return accused_of("confession", nlp, _ARREST + sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        "Mehta told the court he had signed whatever he was asked to sign.",
        "Mehta told the court that he signed whatever he was told to sign.",
        "In an affidavit, Mehta said he had been held at the station for two days before he "
        "signed the police statement.",
        "Mehta told the court he was kept in a cell for three nights before he signed the "
        "statement.",
        "Mehta told the judge that the statement he signed in custody was written for him.",
    ],
)
def test_signed_statement_disowned(nlp: Language, sentence: str) -> None:
    assert "Arjun Mehta" in _retracted(nlp, sentence)
    assert "Arjun Mehta" in _confessed(nlp, sentence)


@pytest.mark.parametrize(
    "sentence",
    [
        # a witness's own statement: his evidence disowned, no one accused takes back
        "The witness, Sunil Rao, told the court he had signed whatever he was asked to sign.",
        # a bail bond, a lease: lawful papers
        "Mehta was held at the station for two days before he signed a bail bond.",
        "Mehta told the court that he signed the lease because the landlord asked him to.",
        # an officer says he signed willingly
        "Inspector Rao told the court that Mehta signed the statement willingly.",
        # the weather of the interview
        "The interview lasted four hours.",
        # he wanted to sign it: his own will
        "Mehta told the court he had signed whatever he wanted to sign.",
        # a span held told elsewhere than on the holding
        "Mehta told the court he was questioned before he signed the statement two days later.",
    ],
)
def test_signing_not_disowned(nlp: Language, sentence: str) -> None:
    assert "Arjun Mehta" not in _retracted(nlp, sentence)
    assert "Sunil Rao" not in _retracted(nlp, sentence)


@pytest.mark.xfail(
    strict=True,
    reason="signed to make the harm stop: a purpose clause ('only so that they would stop') "
    "tells the coercion with no word of it",
)
def test_signed_so_that_they_would_stop(nlp: Language) -> None:
    sentence = "Mehta told the court that he signed it only so that they would stop."
    assert "Arjun Mehta" in _retracted(nlp, sentence)


@pytest.mark.xfail(
    strict=True,
    reason="a typed statement given to him to sign after days without water: the giving is "
    "the police's ('given a typed statement to sign'), the signing an infinitive of purpose",
)
def test_given_a_statement_to_sign(nlp: Language) -> None:
    sentence = (
        "His lawyer said Mehta had been kept for two days without water and then given a "
        "typed statement in French, a language he reads poorly, to sign."
    )
    assert "Arjun Mehta" in _retracted(nlp, sentence)


@pytest.mark.xfail(
    strict=True,
    reason="an officer named with his rank ('Inspector Rao said') passes for the accused's "
    "side (``may_speak_for_the_accused`` reads the name, not its title): on the base already "
    "for 'kept without food for two days before he signed' and 'signed after three days in a "
    "cell'; the span held told on the holding inherits it",
)
def test_an_inspector_tells_the_span_held(nlp: Language) -> None:
    sentence = "Inspector Rao said Mehta had been held for two days before he signed the statement."
    assert "Arjun Mehta" not in _retracted(nlp, sentence)
