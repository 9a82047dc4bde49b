"""conf84: an admission told as what an agreement or settlement with the prosecution holds
(``PleaBargains._admitted_in_settlement``) - a relative clause on the agreement or on the
prosecution it is made with, the participle of making it, or the agreement as the admission's
phrase - is a confession made in court (judicial), whatever it names; with its guards (an
admission negated, a clause of time, one only refused). Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of
from tests.nlp.test_claims import confession_settings as settings

_CHARGED = "Prosecutors in Kaunas charged Tomas Petraitis with stealing tractors. "


@pytest.mark.parametrize(
    "sentence",
    [
        # a relative clause on the agreement
        "Petraitis signed an agreement in which he admitted his guilt.",
        # a relative clause on the prosecution the agreement is made with
        "Petraitis concluded an agreement with the prosecutors in which he admitted his guilt.",
        # a settlement agreed to, its content a gerund with "acknowledged"
        "Petraitis agreed to a settlement in which he acknowledged selling the tractors.",
        # the participle of making a plea agreement, its content naming no crime word
        "Petraitis had concluded a plea agreement with the prosecution in March, admitting that "
        "he drove the lorry.",
        # the participle of entering into one
        "Petraitis entered into an agreement with the prosecutor, admitting that he hid the "
        "tractors in a barn.",
        # the settlement as the admission's phrase
        "Petraitis admitted his guilt under a settlement with prosecutors.",
    ],
)
def test_an_admission_in_an_agreement_is_judicial(nlp: Language, sentence: str) -> None:
    assert settings(nlp, _CHARGED + sentence, "Tomas Petraitis") == {"judicial"}


@pytest.mark.parametrize(
    "sentence",
    [
        # negated: nothing admitted
        "Petraitis signed an agreement in which he admitted no wrongdoing.",
        "Petraitis signed an agreement in which he did not admit his guilt.",
        # settled without admitting anything
        "Petraitis signed an agreement with the prosecutor without admitting his guilt.",
        # a relative clause of time, not what the agreement holds
        "Petraitis remembered the day on which he admitted that he drove the lorry.",
        # the participle of a verb that makes no agreement
        "Petraitis refused an agreement with the prosecutor, admitting only that he drove "
        "the lorry.",
    ],
)
def test_no_admission_in_an_agreement(nlp: Language, sentence: str) -> None:
    assert "judicial" not in settings(nlp, _CHARGED + sentence, "Tomas Petraitis")


def test_a_settlement_admission_is_no_conviction(nlp: Language) -> None:
    """The court has still to approve an agreement with no plea noun: the admission in it is a
    confession, not a guilty plea the court convicts on."""
    text = _CHARGED + "Petraitis signed an agreement in which he admitted his guilt."
    assert "Tomas Petraitis" in accused_of("confession", nlp, text)
    assert not any(c.kind == "ruling" and c.outcome == "convicted" for c in claims_of(nlp, text))
