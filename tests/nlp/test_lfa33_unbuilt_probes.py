"""Probes of what lfa33 counted in lf33's misses and did not build (invented sentences), each
a strict xfail with its reason: the class was held by lf33 alone among the open sets, or is
another branch's, so a rule for it would be a rule for one article. A fix shows up as XPASS."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of, outcomes

_HELD = "Police arrested a shopkeeper, Imran Ali, and his nephew, Bilal Ahmed, over a theft. "


def test_police_custody_granted_to_the_produced(nlp: Language) -> None:
    """Built by out102 (``Custody._custody_to_custodians``): custody granted with no owner."""
    text = (
        _HELD + "Both were produced before a magistrate, who granted police custody for five days."
    )
    assert outcomes(claims_of(nlp, text), "Bilal Ahmed") == {"remanded"}


@pytest.mark.xfail(
    strict=True,
    reason="'X secured bail from the court' tagged as a noun phrase (JJ 'secured'): lf33 only",
)
def test_bail_secured_by_its_subject(nlp: Language) -> None:
    text = (
        "Police filed a case against a rice trader, Kamal Uddin, over the hoarding. "
        "Kamal Uddin secured bail from the High Court last week."
    )
    assert "bail" in outcomes(claims_of(nlp, text), "Kamal Uddin")


# out90 built it: a personal pronoun on the bail's own "for" (Punishments._received)
def test_bail_obtained_by_counsel_for_him(nlp: Language) -> None:
    text = (
        "Police have nominated a landowner, Ghulam Rasool Dogar, in the murder of a farmer. "
        "His counsel obtained interim pre-arrest bail for him from an Additional Sessions Judge."
    )
    assert "bail" in outcomes(claims_of(nlp, text), "Ghulam Rasool Dogar")


@pytest.mark.xfail(
    strict=True,
    reason="'Y did not appear. The court declared him a proclaimed offender': him is the last "
    "accused, not the new subject (a wider focus rule cost held-out outcomes before; "
    "acc86's absconders)",
)
def test_proclaimed_offender_after_a_named_absentee(nlp: Language) -> None:
    text = (
        "The court acquitted the munshi, Imdad Ali Memon, of the robbery. Nazir Ahmed Shaikh "
        "did not appear at any stage of the trial. The court declared him a proclaimed offender."
    )
    assert outcomes(claims_of(nlp, text), "Nazir Ahmed Shaikh") == {"proclaimed_offender"}
