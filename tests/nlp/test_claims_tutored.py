"""A statement told as another's words, with no word of coercion (``claims.tutored``): the
giver signed or said what others put before him, told him to say or wanted to hear - said by
the accused, or quoted by his lawyer, it takes his confession back. Invented sentences and
names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CHARGED = "Ravi Mehta was arrested in March and charged with the murder of a shopkeeper. "


def test_signed_what_the_officers_put_before_him(nlp: Language) -> None:
    text = (
        _CHARGED
        + "At his trial Mehta told the court he had signed what the officers put before him."
    )
    assert accused_of("retraction", nlp, text) == {"Ravi Mehta"}


def test_told_them_what_they_wanted_to_hear(nlp: Language) -> None:
    text = _CHARGED + '"I told them what they wanted to hear so they would let me sleep," he said.'
    assert accused_of("retraction", nlp, text) == {"Ravi Mehta"}


def test_signed_whatever_was_put_before_him(nlp: Language) -> None:
    # the relative passive: whoever put it before him, it was not he
    text = _CHARGED + (
        "Mehta, who had told the court in June that he signed whatever was put before him, "
        "did not speak when the verdict was read."
    )
    assert accused_of("retraction", nlp, text) == {"Ravi Mehta"}


def test_the_police_told_me_what_to_say(nlp: Language) -> None:
    text = (
        _CHARGED + '"The police told me what to say in front of the cameras," Mehta told the court.'
    )
    assert accused_of("retraction", nlp, text) == {"Ravi Mehta"}


def test_said_what_he_saw_is_his_own_account(nlp: Language) -> None:
    # guard: what he said was his own - no one else set the words
    text = _CHARGED + "Mehta told the court he had said what he saw that night."
    assert accused_of("retraction", nlp, text) == set()


def test_a_detective_tells_what_the_accused_wanted(nlp: Language) -> None:
    # guard: the police speak, and the one who set the words is the accused himself
    text = _CHARGED + "A detective told the court that Mehta had signed what he wanted to sign."
    assert accused_of("retraction", nlp, text) == set()
