"""Retractions told by constructions read since ret88, on invented sentences: "it" taken
back in the sentence that tells the taker giving or recording his confession before it ("X,
who gave a confessional statement before a magistrate, has since filed a petition
withdrawing it", "X made a confessional statement in May, but in June he applied to the
court to withdraw it"), and a phrasal taking back tried ("tried to take back his
confession", "his confession, which he had tried to take back at trial": "back" parsed as
an adverb). Near misses: "it" that may stand for another thing the sentence names (a bail
petition, an application), "it" not taken back, taken back by a prosecutor, a witness's
statement, a taking back refused or never tried, a car taken back."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_DELGADO = "Police arrested Omar Delgado, 31, over the warehouse fire. "
_ASANTE = "Police arrested Efua Asante over the payroll fraud. "


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the giving in a relative clause on the taker; the taking back by his paper
        (
            _DELGADO + "Delgado, who made a confessional statement before a magistrate after "
            "his arrest, has since filed a petition withdrawing it.",
            "Omar Delgado",
        ),
        # the giving in the first conjunct; the taking back asked of the court
        (
            _DELGADO + "Delgado made a confessional statement before a magistrate in May, but "
            "in June he applied to the court to withdraw it.",
            "Omar Delgado",
        ),
        # recorded by the taker himself; gave, with an application
        (
            _ASANTE + "Asante, who recorded a confessional statement under Section 164, later "
            "filed a petition withdrawing it.",
            "Efua Asante",
        ),
        (
            _DELGADO + "Delgado, who gave a confessional statement after his arrest, has filed "
            "an application withdrawing it.",
            "Omar Delgado",
        ),
        # a phrasal taking back, tried: the attempt is the taking back
        (
            _DELGADO + "Delgado tried to take back his confession at trial.",
            "Omar Delgado",
        ),
        (
            _DELGADO + "The judge said his confession to detectives, which he had tried to take "
            "back at trial, was credible.",
            "Omar Delgado",
        ),
        # a paper that seeks the taking back is filed: the seeking is not only asked for
        (
            _DELGADO + "Delgado filed a petition seeking to withdraw his confessional statement.",
            "Omar Delgado",
        ),
    ],
)
def test_taken_back_in_the_sentence_of_the_confession(nlp: Language, text: str, who: str) -> None:
    assert accused_of("retraction", nlp, text) == {who}


@pytest.mark.parametrize(
    "text",
    [
        # "it" may be the bail petition the sentence names before it
        _DELGADO + "Delgado, who made a confessional statement before a magistrate, filed a "
        "bail petition and later withdrew it.",
        _DELGADO + "Delgado, who gave a confessional statement after his arrest, has filed a "
        "bail application and then withdrawn it.",
        # another thing withdrawn by name
        _DELGADO + "Delgado made a confessional statement before a magistrate and applied for "
        "bail, but later withdrew the application.",
        # not taken back
        _DELGADO + "Delgado made a confessional statement before a magistrate, but he has not "
        "withdrawn it.",
        _DELGADO + "Delgado made a confessional statement before a magistrate and said he "
        "would not withdraw it.",
        # taken back by a prosecutor, not by the one who confessed
        _DELGADO + "Delgado made a confessional statement before a magistrate, and prosecutor "
        "Anna Price later withdrew it.",
        # a witness's statement
        _DELGADO + "A witness, Rosa Lind, gave a statement before a magistrate but later "
        "withdrew it.",
        _DELGADO + "A witness, Rosa Lind, tried to take back her statement at trial.",
        # a taking back refused, never tried, or only planned
        _DELGADO + "The judge said his confession to detectives, which he had refused to take "
        "back at trial, was credible.",
        _DELGADO + "The judge said his confession to detectives, which he never tried to take "
        "back, was credible.",
        _DELGADO + "Delgado plans to take back his confession at trial.",
        # a car taken back
        _DELGADO + "The judge said the car, which he had tried to take back from the dealer, "
        "was stolen.",
    ],
)
def test_nothing_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


@pytest.mark.xfail(
    strict=True,
    reason="not built: the parser hangs 'to withdraw it' on 'moved', "
    "not on the application, which is then another thing 'it' may stand for",
)
def test_an_application_moved_to_withdraw_it(nlp: Language) -> None:
    text = (
        _ASANTE + "Asante, who recorded a confessional statement under Section 164, later "
        "moved an application to withdraw it."
    )
    assert accused_of("retraction", nlp, text) == {"Efua Asante"}


@pytest.mark.xfail(
    strict=True,
    reason="not built: the lawyer's paper takes back 'it' for his "
    "client only where the client's confession is named, not 'it'",
)
def test_his_lawyers_petition_withdrawing_it(nlp: Language) -> None:
    text = (
        _DELGADO + "Delgado gave a confessional statement after his arrest and his lawyer, "
        "Anna Price, has filed a petition withdrawing it."
    )
    assert accused_of("retraction", nlp, text) == {"Omar Delgado"}
