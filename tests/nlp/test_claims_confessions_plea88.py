"""plea88: the accused punished on his own admission before the court - a sentence or
conviction passed "under a plea agreement" ("X was given a suspended sentence under a plea
agreement", ``PleaBargains._punished_by_bargain``), a plea bargain made or carried out ("X
entered into a plea bargain", "X returned the money under a plea bargain"), and a finite
clause of time whose pronoun subject is the one punished ("X was fined after he accepted the
charge", ``punished_admission``) - is a confession before the court (judicial). With its
guards: a bargain refused or only offered, a denial, another's admission, an admission set
in custody, a plea of not guilty. Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import confession_settings as settings

_ARRESTED = "Police arrested Dev Rana in March. "


@pytest.mark.parametrize(
    "sentence",
    [
        # Georgia, the Baltics, the Balkans: a plea agreement approved with the sentence
        "Dev Rana has been given a two-year suspended sentence under a plea agreement.",
        "Dev Rana was sentenced in May to three years under a plea agreement with the "
        "prosecutor's office.",
        "The city court gave Dev Rana a suspended sentence under a plea deal.",
        # the one sentenced told later, as a witness
        "The driver, Dev Rana, who received a suspended sentence under a plea agreement last "
        "year, testified for the prosecution.",
        "Dev Rana, who was convicted in January under a plea agreement, gave evidence.",
        # wire: a plea bargain made or carried out
        "Dev Rana entered into a plea bargain with the anti-graft bureau.",
        "Dev Rana returned Rs 40 million under a plea bargain approved by the court.",
        # Nepal: the court's sentence on the charge accepted before it
        "The court also sentenced Dev Rana to eight years in prison after he accepted the "
        "charge of robbery.",
        "Dev Rana was fined Rs 5,000 after he accepted the charge.",
        # Latin America: the abbreviated procedure
        "Dev Rana was sentenced to 20 months after he admitted the facts in an abbreviated "
        "procedure.",
        "Dev Rana was jailed for two years after she admitted the theft.",
    ],
)
def test_punished_on_his_own_admission_is_a_judicial_confession(
    nlp: Language, sentence: str
) -> None:
    assert "judicial" in settings(nlp, _ARRESTED + sentence, "Dev Rana")


@pytest.mark.parametrize(
    "sentence",
    [
        "Dev Rana was sentenced to four years after he rejected a plea deal.",
        "Dev Rana was offered a plea deal but was convicted by a jury.",
        "Dev Rana was fined after he denied the charge.",
        "Dev Rana pleaded not guilty and was sentenced to four years.",
        "Dev Rana was sentenced to four years after refusing an abbreviated procedure.",
    ],
)
def test_no_admission_of_his_own_is_no_confession(nlp: Language, sentence: str) -> None:
    assert settings(nlp, _ARRESTED + sentence, "Dev Rana") == set()


def test_another_admission_is_not_his(nlp: Language) -> None:
    text = _ARRESTED + "Dev Rana was jailed after Ram Oli admitted the theft under a plea deal."
    assert settings(nlp, text, "Dev Rana") == set()


def test_an_admission_to_police_stays_custodial(nlp: Language) -> None:
    text = _ARRESTED + "Dev Rana was jailed for two years after he admitted the theft to police."
    assert settings(nlp, text, "Dev Rana") == {"custodial"}


@pytest.mark.xfail(
    strict=True,
    reason="not built: a court's bail or custody order after the charge accepted is not "
    "a punishment; 'police released him after he confessed' reads alike",
)
def test_bail_after_the_charge_accepted(nlp: Language) -> None:
    text = _ARRESTED + "The court released Dev Rana on bail after he accepted the charge."
    assert settings(nlp, text, "Dev Rana") == {"judicial"}


@pytest.mark.xfail(
    strict=True,
    reason="not built: a procedure accepted, responsibility accepted or a settlement "
    "reached is told by no admitting verb the reader takes",
)
@pytest.mark.parametrize(
    "sentence",
    [
        "Dev Rana was sentenced to four years after accepting an abbreviated procedure.",
        "Dev Rana was jailed for four years after he accepted responsibility.",
        "Dev Rana was sentenced to four years after reaching a settlement with the prosecution.",
    ],
)
def test_procedure_or_responsibility_accepted(nlp: Language, sentence: str) -> None:
    assert "judicial" in settings(nlp, _ARRESTED + sentence, "Dev Rana")
