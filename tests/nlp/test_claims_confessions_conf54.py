"""conf54's constructions of a confession told with where it was made somewhere the reader did
not look, on invented sentences, with their guards: a phrase the parser hangs on the admitted
gerund ("X admitted printing the cards during interrogation": ``admission_phrases.gerund_phrases``)
or on the passive verb of saying the admission is the infinitive of ("X, during his
interrogation, is said to have admitted ...": ``admission_phrases.said_phrases``); a statement
noun the police attribute to its owner by a relative clause ("the statement the police
attributed to X", "... to his client": ``placed_setting._custodians_clause`` and
``PlacedStatements``); and a statement noun whose passive relative clause of saying holds its
giving ("the statement he is said to have made during questioning":
``placed_setting.giving_clauses``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings

_ONE = "Rafiq Soomro was charged with fraud. "


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        (_ONE + "Soomro admitted printing the cards during interrogation.", "custodial"),
        (_ONE + "Soomro admitted forging the receipts under caution.", "custodial"),
        (
            _ONE + "Soomro admitted printing the cards in his statement before the magistrate.",
            "judicial",
        ),
    ],
)
def test_phrase_on_the_admitted_gerund_sets_the_admission(
    nlp: Language, text: str, setting: str
) -> None:
    assert settings(nlp, text, "Rafiq Soomro") == {setting}


@pytest.mark.parametrize(
    "text",
    [
        # where the deed was done, or when: no setting of questioning or of a court's record
        _ONE + "Soomro admitted printing the cards in his shop.",
        _ONE + "Soomro admitted printing the cards before the raid.",
    ],
)
def test_deeds_own_phrase_sets_no_admission(nlp: Language, text: str) -> None:
    # conf96: a gerund admitted bare is its admitter's confession (``claims/admitted_deed``),
    # so the admission stands; the deed's own phrase still sets it in no custody and no court
    assert settings(nlp, text, "Rafiq Soomro") <= {"unknown"}


@pytest.mark.parametrize(
    "text",
    [
        _ONE + "Soomro, during his interrogation, is said to have admitted printing the cards.",
        _ONE + "During interrogation, Soomro is alleged to have admitted printing the cards.",
    ],
)
def test_phrase_on_passive_saying_sets_its_admission(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Rafiq Soomro") == {"custodial"}


def test_active_saying_keeps_its_phrase(nlp: Language) -> None:
    # the police's own telling at a press conference: where they said it, not where he did
    # (lfcd21: what the police tell their suspect admitted he told them, custodial, as
    # "police said X had confessed" is - never the press conference's "public")
    text = _ONE + "At a press conference, the police said Soomro admitted printing the cards."
    assert settings(nlp, text, "Rafiq Soomro") == {"custodial"}


@pytest.mark.parametrize(
    "text",
    [
        _ONE + "The court relied on the statement the police attributed to Soomro.",
        _ONE + "His lawyer, Imran Shah, said the statement the police attributed to his client "
        "was taken in a hospital ward.",
    ],
)
def test_statement_the_police_attribute_is_custodial(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Rafiq Soomro") == {"custodial"}


@pytest.mark.parametrize(
    "text",
    [
        # the prosecution is no custodian, and a negated attribution attributes nothing
        _ONE + "The court relied on the statement the prosecution attributed to Soomro.",
        _ONE + "The court relied on the statement the police did not attribute to Soomro.",
    ],
)
def test_statement_not_attributed_by_the_police_confesses_nothing(nlp: Language, text: str) -> None:
    assert "Rafiq Soomro" not in accused_of("confession", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        _ONE + "The judge excluded the statement Soomro is said to have made during questioning.",
        _ONE + "The judge excluded the statement he is said to have made during questioning.",
        _ONE + "The judge excluded the admission Soomro was alleged to have made to the police.",
    ],
)
def test_statement_said_to_be_made_in_custody_is_its_givers(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Rafiq Soomro") == {"custodial"}


@pytest.mark.parametrize(
    "text",
    [
        # another's statement, and one said to be made at a wedding
        _ONE + "The judge excluded the statement the constable is said to have made during "
        "questioning.",
        _ONE + "The judge excluded the statement Soomro is said to have made at the wedding.",
    ],
)
def test_statement_said_to_be_made_elsewhere_or_by_another(nlp: Language, text: str) -> None:
    assert "Rafiq Soomro" not in accused_of("confession", nlp, text)
