"""Retractions told by constructions read since retr68, on invented sentences: the accused's
side asks a court to keep his statement out of evidence ("asked the judge to set aside the
record of his police interview", "asked the court to exclude the confession he made at the
police station") or argues it may not be used ("argued that the admission recorded by police
was inadmissible"). A prosecutor who asks a witness's statement excluded, a judge who rules
a statement inadmissible, a side that does not ask, a statement no setting or confession
makes his, a police officer who denies torture, a hostile witness and an accused who denies
the charge having confessed nothing take nothing back; a co-accused's own request takes back
only his own."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_DELGADO = "Police arrested Omar Delgado, 31, over the warehouse fire. "
_ASANTE = "Efua Asante, a cashier, was charged with fraud on Monday. "
_PAIR = "Police charged Omar Delgado and Kofi Mensah over the warehouse fire. "


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # counsel asks: the record of a custodian's interview, set aside
        (
            _DELGADO + "His lawyer, Anna Price, has asked the judge to set aside the record of "
            "his first police interview.",
            "Omar Delgado",
        ),
        # counsel asks: the confession, told where it was made, excluded
        (
            _DELGADO + "His lawyer, Anna Price, asked the court to exclude the confession he "
            "made at the police station.",
            "Omar Delgado",
        ),
        # counsel argues: the admission the police recorded may not be used
        (
            _DELGADO + "His lawyer, Anna Price, argued that the admission recorded by police "
            "was inadmissible.",
            "Omar Delgado",
        ),
        # the accused herself moves the court; her caution statement thrown out
        (
            _ASANTE + "Asante moved the court to throw out her caution statement.",
            "Efua Asante",
        ),
        # paraphrase: urged, suppress, her statement to detectives
        (
            _ASANTE + "Her advocate, Kwame Boateng, urged the magistrate to suppress the "
            "statement she gave to detectives.",
            "Efua Asante",
        ),
        # a co-accused's own lawyer: only his client takes it back
        (
            _PAIR + "Mensah's lawyer asked the court to exclude the confession Mensah made at "
            "the police station.",
            "Kofi Mensah",
        ),
    ],
)
def test_exclusion_sought(nlp: Language, text: str, who: str) -> None:
    assert accused_of("retraction", nlp, text) == {who}


@pytest.mark.parametrize(
    "text",
    [
        # the prosecution asks a witness's statement excluded
        _DELGADO + "The prosecutor, Mark Hale, asked the court to exclude the statement of "
        "the watchman.",
        # a judge rules it so on her own: the court's ruling, no side asking
        _DELGADO + "Judge Ruth Mills ruled the statement inadmissible.",
        # a judge says the accused's own confession was inadmissible: no side of his argues it
        _DELGADO + "Judge Ruth Mills said the confession Delgado made at the police station "
        "was inadmissible.",
        # a prosecutor, or a police officer, asks the accused's statement set aside
        _DELGADO + "The prosecutor asked the court to set aside the confession Delgado made at "
        "the police station.",
        _DELGADO + "Inspector Paul Reyes asked the court to exclude the statement Delgado gave "
        "at the police station.",
        # the side does not ask
        _DELGADO + "His lawyer, Anna Price, did not ask the court to exclude the confession "
        "he made at the police station.",
        # not inadmissible, argued by the prosecution
        _DELGADO + "The prosecutor argued that the admission recorded by police was not "
        "inadmissible.",
        # a statement no setting or told confession makes his confession
        _DELGADO + "His lawyer, Anna Price, asked the court to set aside his statement.",
        # the press's interview is no statement to the police
        _DELGADO + "His lawyer asked the judge to set aside the record of his television "
        "interview.",
        # a police officer denies torture
        _DELGADO + "Inspector Paul Reyes denied that Delgado had been beaten in custody.",
        # a witness who turned hostile
        _DELGADO + "A witness, Rosa Lind, turned hostile and told the court she had seen nothing.",
        # an accused who denies the charge, having confessed nothing
        _DELGADO + "Delgado denied the charge and asked the court to grant him bail.",
    ],
)
def test_nothing_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()
