"""A speaker the report gives the prosecution's part speaks for no accused
(``SpokenFor._for_another_side``): "Prosecutor Y, who represents the state, said X had been
at home" is evidence, not X's denial; an accused officer's own title does not silence him.
Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_ARRESTED = (
    "ELDORET: Police on Monday arrested herder Daniel Otieno Ouma over the killing of two "
    "traders at a cattle market. "
)


def test_a_titled_prosecutor_placing_the_accused_at_home_is_no_denial(nlp: Language) -> None:
    text = _ARRESTED + (
        "Prosecutor Mary Wanjiru, who represents the state, said Ouma had been at home throughout."
    )
    assert accused_of("denial", nlp, text) == set()


def test_counsel_appearing_for_the_prosecution_is_no_denial(nlp: Language) -> None:
    text = _ARRESTED + (
        "State counsel Mary Wanjiru, appearing for the prosecution, said Ouma had been in "
        "Nakuru on the day of the killing before returning."
    )
    assert accused_of("denial", nlp, text) == set()


def test_a_lawyer_appearing_for_the_crown_is_no_denial(nlp: Language) -> None:
    text = _ARRESTED + (
        "Mary Wanjiru, appearing for the Crown, told the court Ouma had been in Nakuru on the "
        "day of the killing before he drove back."
    )
    assert accused_of("denial", nlp, text) == set()


def test_an_advocate_who_represents_the_accused_still_denies(nlp: Language) -> None:
    # guard: an acting clause for the accused is the defence
    text = _ARRESTED + (
        "Advocate Paul Wekesa, who represents Ouma, said his client had been at home throughout."
    )
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


def test_an_accused_inspector_denies_for_himself(nlp: Language) -> None:
    # guard: a police title on one the report accuses is no other side
    text = (
        "ELDORET: Police on Monday arrested Inspector John Kiprop over the killing of two "
        "traders at a cattle market. Inspector Kiprop told reporters he had nothing to do with "
        "the killing."
    )
    assert accused_of("denial", nlp, text) == {"John Kiprop"}
