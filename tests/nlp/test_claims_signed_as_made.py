"""A statement the accused's side says he signed because those who held him made him - "the
police made him sign the statement", "the SHO forced him to sign blank papers", "he signed it
because the investigating officer told him his brother would be next" - is his confession taken
back, made in custody (``signed_as_made``, read by ``CoercedStatements`` and
``TakenBackSettings``); never a signing for a reason of his own, nor another's made to sign.
Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of

_ARRESTED = "Police arrested Nawaz Bhatti over the killing of a milk seller in Pakpattan. "


def _claims(nlp: Language, text: str, kind: str) -> set[str | None]:
    return {
        c.setting
        for c in claims_of(nlp, _ARRESTED + text)
        if c.kind == kind
        and any(p.name == "Nawaz Bhatti" and p.role == "accused" for p in c.participants)
    }


@pytest.mark.parametrize(
    "told",
    [
        "Nawaz Bhatti told the court that the police made him sign the statement.",
        "Nawaz Bhatti told the court that the SHO had forced him to sign blank papers.",
        "In court, Nawaz Bhatti said officers had compelled him to sign the confession.",
        "Nawaz Bhatti told the court that he signed the statement because the SHO told him his "
        "brother would be arrested next.",
        "His lawyer said Nawaz Bhatti had signed the statement because investigators had taken "
        "his wife's phone.",
        "Nawaz Bhatti said he signed the confession because the police had kept his mother at "
        "the station.",
        "Nawaz Bhatti told the trial court he had signed the statement because the IO promised "
        "to release his son.",
    ],
)
def test_a_signing_the_custodians_caused_is_a_custodial_confession_taken_back(
    nlp: Language, told: str
) -> None:
    assert _claims(nlp, told, "retraction")
    assert _claims(nlp, told, "confession") == {"custodial"}


@pytest.mark.parametrize(
    "told",
    [
        # a reason of his own, or another's: no custody in it
        "Nawaz Bhatti told the court that he signed the lease because the owner asked him to.",
        "Nawaz Bhatti told the court that he signed the papers because the bank officer asked "
        "him to.",
        # a reason clause whose custodians did nothing
        "Nawaz Bhatti told the court that he signed the statement because the police had not "
        "come to his shop.",
        # a witness made to sign disowns his evidence, no confession of the accused's
        "Nawaz Bhatti told the court that the police made the witness sign the statement.",
        # nothing signed at all
        "Nawaz Bhatti told the court that the police did not make him sign anything.",
    ],
)
def test_no_taking_back_in_a_signing_of_his_own(nlp: Language, told: str) -> None:
    assert not _claims(nlp, told, "retraction")


def test_a_witness_who_signed_for_the_sho_takes_back_nothing_of_the_accused(
    nlp: Language,
) -> None:
    text = (
        "Prosecution witness Akram Shah told the court he signed the recovery memo because the "
        "SHO asked him to."
    )
    assert not _claims(nlp, text, "retraction")
    assert not _claims(nlp, text, "confession")


def test_an_it_that_stands_for_a_statement_named_before_is_not_made_custodial(
    nlp: Language,
) -> None:
    # near miss: "it" is the confession its sentence named, whose own phrases say where it
    # was made ("before the magistrate" may be where he disowned it): never custodial for
    # the SHO's threat alone
    text = (
        "In his statement under Section 342, Nawaz Bhatti disowned his confession before the "
        "magistrate, saying he signed it because the SHO threatened his son."
    )
    assert "custodial" not in _claims(nlp, text, "confession")


@pytest.mark.parametrize(
    "told",
    [
        # "since" after a signing in the perfect is a time's start, not a reason (rev81)
        "His lawyer said Nawaz Bhatti had signed three statements since the police arrested "
        "him in May.",
        "Nawaz Bhatti told the court he has signed two statements since officers of the CTD "
        "took him from his shop.",
        # "as" before a clause in the simple past is the while of the signing (rev81)
        "His lawyer said Nawaz Bhatti signed the statement as police officers looked on.",
        "Nawaz Bhatti told the court he signed the statement as the SHO stood at the door.",
    ],
)
def test_a_clause_of_time_is_no_reason_for_the_signing(nlp: Language, told: str) -> None:
    assert not _claims(nlp, told, "retraction")


@pytest.mark.parametrize(
    "told",
    [
        # the reasons "as" and "since" still tell, with a cause told as prior
        "His lawyer said Nawaz Bhatti signed the statement as the police had threatened his son.",
        "His lawyer said Nawaz Bhatti signed the statement since the police had threatened his "
        "son.",
    ],
)
def test_as_and_since_of_a_prior_cause_are_reasons(nlp: Language, told: str) -> None:
    assert _claims(nlp, told, "retraction")
    assert _claims(nlp, told, "confession") == {"custodial"}
