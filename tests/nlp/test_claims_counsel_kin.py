"""A relative owned by someone the reader cannot name ("the owner's brother, X") who rejects
the allegations speaks for his kin's side, so X stays no accused (the kin branch of
``Answering._answerers``); invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of, roles


def test_a_relative_rejecting_the_allegations_is_no_accused(nlp: Language) -> None:
    text = (
        "Police have booked the mill owner and his two sons for the killing. The owner's "
        "cousin, Nadir Hussain Gondal, a member of the traders' union, rejected the "
        "allegations."
    )
    assert "Nadir Hussain Gondal" not in accused_of("denial", nlp, text), roles(
        claims_of(nlp, text)
    )


def test_a_relative_denying_a_deed_of_his_own_still_denies(nlp: Language) -> None:
    text = "The victim's cousin, Nadir Hussain Gondal, denied killing him."
    assert "Nadir Hussain Gondal" in accused_of("denial", nlp, text), roles(claims_of(nlp, text))
