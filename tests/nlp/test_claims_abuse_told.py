"""Coercion told by the order of two acts, with no word of coercion (``claims.abuse_told``): a
statement signed only after harm done to its giver ("he signed his statement only after
detectives punched him", "after being beaten"), or harm done before he made it ("officers had
kicked him before he made it") - said by the accused, or held by his claim that a court
rejects. Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CHARGED = "Declan Moran was charged with the robbery of a bank in Naas. "


def test_signed_only_after_he_was_punched(nlp: Language) -> None:
    text = _CHARGED + (
        "At his trial Moran told the court that he signed his statement only after detectives "
        "punched him in the stomach."
    )
    assert accused_of("retraction", nlp, text) == {"Declan Moran"}


def test_signed_after_being_beaten(nlp: Language) -> None:
    text = _CHARGED + "Moran told the jury he had signed the statement after being beaten."
    assert accused_of("retraction", nlp, text) == {"Declan Moran"}


def test_claim_of_a_kicking_before_he_made_it(nlp: Language) -> None:
    text = _CHARGED + (
        "He confessed to detectives after his arrest. The judge rejected his claim that "
        "officers had kicked him before he made it."
    )
    assert accused_of("retraction", nlp, text) == {"Declan Moran"}


def test_the_confession_he_made_told_in_the_same_sentence(nlp: Language) -> None:
    # whose claim: the one a relative clause says made the confession the sentence told
    text = _CHARGED + (
        "The judge admitted a confession Moran made to detectives, rejecting his claim that "
        "officers had kicked him before he made it."
    )
    assert accused_of("retraction", nlp, text) == {"Declan Moran"}


def test_signed_after_tea_is_no_coercion(nlp: Language) -> None:
    # guard: what came before the signing did him no harm
    text = _CHARGED + (
        "Moran told the court that he signed his statement after detectives had given him tea."
    )
    assert accused_of("retraction", nlp, text) == set()


def test_detectives_tell_of_the_order_of_questioning(nlp: Language) -> None:
    # guard: the police speak, of no harm
    text = _CHARGED + (
        "Detectives told the court that Moran signed his statement after they had questioned him."
    )
    assert accused_of("retraction", nlp, text) == set()


def test_harm_denied_before_he_signed(nlp: Language) -> None:
    # guard: the harm negated
    text = _CHARGED + (
        "Moran told the court that officers had not struck him before he signed the statement."
    )
    assert accused_of("retraction", nlp, text) == set()
