"""conf50's constructions of a custodial confession told as a statement noun and where it was
made, on invented sentences, with their guards: a place of the police's right after the noun
("X's admission at the police station", "his admission in police custody": custodial only,
``placed_setting._PLACED``), and a phrase of place on the noun's own clause of giving ("the
admission X made at the police station": read as the verb of giving's own phrases,
``placed_setting._clause_setting``); and the clause of giving a relative clause of saying on
the noun holds ("the disclosure the police claimed he made during interrogation":
``placed_setting.giving_clauses``), whose subject, a pronoun too, is the statement's owner."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings

_ONE = "Rafiq Soomro was charged with murder. "


@pytest.mark.parametrize(
    "text",
    [
        _ONE + "The judge did not rely on Soomro's admission at the police station.",
        _ONE + "The judge relied on his admission in police custody.",
        _ONE + "The judge relied on the admission Soomro made at the police station.",
        _ONE + "The court did not rely on the statement Soomro gave at the police station.",
    ],
)
def test_statement_placed_at_the_police_confesses_in_custody(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Rafiq Soomro") == {"custodial"}


@pytest.mark.parametrize(
    "text",
    [
        # the trial's reading of it, and a press conference: no place of the police's
        _ONE + "The judge did not rely on Soomro's statement at the trial.",
        _ONE + "Soomro's statement at the press conference was brief.",
        # a witness's statement at the police station is no confession of the accused
        _ONE + "The judge read the statement the constable gave at the police station.",
    ],
)
def test_statement_placed_elsewhere_confesses_nothing(nlp: Language, text: str) -> None:
    assert "Rafiq Soomro" not in accused_of("confession", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        _ONE + "The judge relied on the disclosure the police claimed he made during "
        "interrogation.",
        _ONE + "The judge relied on the disclosure the police claimed Soomro made during "
        "interrogation.",
    ],
)
def test_statement_said_to_be_made_in_custody_confesses_there(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Rafiq Soomro") == {"custodial"}


def test_statement_said_to_be_made_elsewhere_confesses_nothing(nlp: Language) -> None:
    # the clause of giving sets it at a wedding: no place of the police's or a court's
    text = _ONE + "The judge relied on the disclosure the police claimed Soomro made at the "
    text += "wedding."
    assert "Rafiq Soomro" not in accused_of("confession", nlp, text)
