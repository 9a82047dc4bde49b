"""Retractions told by constructions read since retr56, on invented sentences: a statement
told by a contact relative of the police that the parser takes for a compound ("the statement
police had attributed to his client was extracted ...", "the admission police attributed to him
was never his") - the custodians' clause names whose it is by a "from" or "to" phrase, and the
predicate with no subject of its own says what it was; a gerund of disputing in a phrase of the
clause whose subject takes it back ("after months of disputing the statement police took from
him"), the contact relative split off as a clause of its own - each with its guards."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CHARGED = "Police charged Anwar Kabir with the arson. "
_CONFESSED = _CHARGED + "Kabir made a confessional statement before a magistrate in May. "


@pytest.mark.parametrize(
    "text",
    [
        # the custodians' clause names him by "to" or "from"; the predicate says coerced
        _CHARGED + "Kabir's advocate told the court that the statement police had attributed "
        "to his client was extracted at the police lines.",
        _CHARGED + "Kabir's advocate told the court that the statement police had attributed "
        "to him was extracted at the police lines.",
        # ... or not his, or not given freely
        _CHARGED + "Kabir told the court that the admission police had attributed to him was "
        "never his.",
        _CHARGED + "Kabir told the court that the statement police took from him was not his.",
        _CHARGED + "Kabir's counsel told the court that the statement police had attributed to "
        "his client was not voluntary.",
        # a gerund in a phrase of the clause: the clause's subject disputes
        _CHARGED + "Kabir had changed his plea to guilty after months of disputing the "
        "statement the police took from him in April.",
        _CHARGED + "Kabir had changed his plea to guilty after months of disputing the "
        "statement police took from him in April.",
        _CHARGED + "Kabir changed his plea when the trial opened, after weeks of disputing the "
        "statement police took from him.",
    ],
)
def test_statement_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == {"Anwar Kabir"}


@pytest.mark.parametrize(
    "text",
    [
        # the custodians' clause names another as its giver
        _CHARGED + "Kabir told the court that the statement police recorded from the "
        "shopkeeper was extracted by torture.",
        _CHARGED + "Kabir's advocate told the court that the statement police had attributed "
        "to the shopkeeper was extracted at the police lines.",
        _CHARGED + "Kabir told the court that the admission police had attributed to the "
        "shopkeeper was never his.",
        # nothing coerced, nor denied to be his
        _CHARGED + "Kabir's advocate told the court that the statement police had attributed "
        "to his client was read out in court.",
        _CHARGED + "Kabir told the court that the admission police had attributed to him was "
        "his first statement.",
        # an officer's word, no one's taking back
        _CHARGED + "The inspector told the court that the admission police had attributed to "
        "him was not his.",
        # a statement taken from another, disputed
        _CHARGED + "Kabir had changed his plea after months of disputing the statement police "
        "took from the shopkeeper in April.",
        # the gerund's doer a judge: no taking back of his own
        _CONFESSED + "The judge convicted him after rejecting the statement.",
    ],
)
def test_nothing_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()
