"""set53's construction of a custodial confession told by time: a confession whose own verb,
or a statement whose own clause of giving, is set "after his arrest", "after being arrested"
or "after he was arrested" was made in custody (``claims.held_since.after_arrest``), with its
guards: a setting the clause names wins ("confessed before the magistrate two days after his
arrest" stays judicial), an arrest that follows the confession or is another's, or a time
before the arrest, sets nothing, and a denial is never custodial."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims_confessions_conf35 import settings

_ONE = "Rafiq Soomro, 41, was charged with theft. "


@pytest.mark.parametrize(
    "text",
    [
        _ONE + "Soomro confessed to the theft after his arrest, the prosecutor said.",
        _ONE + "Soomro admitted the theft after his arrest, the prosecutor said.",
        _ONE + "After his arrest, Soomro confessed to the theft.",
        _ONE + "Soomro confessed after being arrested.",
        _ONE + "Soomro confessed to the theft after he was arrested.",
        _ONE + "Soomro owned up to the theft following his detention, the court heard.",
        # a statement noun's own clause of giving
        _ONE + "The judgment turned on the statement Soomro made after his arrest.",
    ],
)
def test_confession_after_arrest_is_custodial(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Rafiq Soomro") == {"custodial"}


@pytest.mark.parametrize(
    "text",
    [
        # a setting the clause names wins
        _ONE + "Soomro confessed before the magistrate two days after his arrest.",
        _ONE + "Soomro made a statement before the magistrate after his arrest.",
        _ONE + "The judge relied on the statement Soomro made before the magistrate two days "
        "after his arrest.",
    ],
)
def test_named_court_outranks_the_time(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Rafiq Soomro") == {"judicial"}


@pytest.mark.parametrize(
    "text",
    [
        # the arrest follows the confession; another's arrest; a time before it
        _ONE + "Soomro was arrested after he confessed to his wife.",
        _ONE + "Soomro confessed after the arrest of his brother.",
        _ONE + "Soomro confessed to the theft before his arrest.",
    ],
)
def test_no_custody_from_another_time(nlp: Language, text: str) -> None:
    assert "custodial" not in settings(nlp, text, "Rafiq Soomro")


def test_denial_after_arrest_is_no_confession(nlp: Language) -> None:
    text = _ONE + "Soomro denied the charge after his arrest."
    assert settings(nlp, text, "Rafiq Soomro") == set()
