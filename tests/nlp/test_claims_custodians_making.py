"""A statement the accused's side calls the custodians' own making - "the confession
attributed to his client was a police story", "the confession was a paper the investigating
officer wrote" - is not his: a confession taken back (``not_his_words._custodians_making``,
asked by ``claims.coerced`` of a reported clause), on invented sentences in South-Asian,
East-African and Caribbean styles. An account called true, one another's relative wrote, a
witness's or complainant's statement, or the prosecutor's word take nothing back."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_NAME = "Naveed Akhtar"
_ARREST = "Police arrested Naveed Akhtar, a driver, over the theft. "
_CONFESSED = _ARREST + "Akhtar confessed to police after his arrest. "

TAKEN_BACK = [
    # South-Asian: the hung confession called a police story
    _ARREST + "His counsel submitted that the confession attributed to his client by the DSP "
    "was a police story.",
    # South-Asian: a paper the investigating officer wrote, quoted
    _ARREST + 'His counsel said the confession was "a paper the investigating officer wrote at '
    'the police station".',
    # East-African: a paper the police wrote
    _ARREST + "His advocate said the confession was a paper the police wrote at the station.",
    # Caribbean: his statement called a police story
    _CONFESSED + "His attorney told the court his statement was a police story.",
]

NOT_TAKEN_BACK = [
    # called true: his own
    _CONFESSED + "His lawyer said the statement was a true account.",
    # the prosecutor says it: no side of his speaks
    _CONFESSED + "The prosecutor said the statement was a paper the investigating officer wrote.",
    # a witness's or complainant's statement: another's evidence disputed
    _ARREST + "His lawyer said the statement of the witness was a police story.",
    _ARREST + "His lawyer said the complainant's statement was a police story.",
    # the inspector's story alone: whose account, not that it is not his (``retr42``)
    _CONFESSED + "His attorney told the court the statement was the inspector's story.",
    # a paper another wrote, no custodian
    _CONFESSED + "His lawyer said the statement was a paper his brother wrote.",
]


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_a_statement_called_the_custodians_making_is_taken_back(nlp: Language, text: str) -> None:
    assert _NAME in accused_of("retraction", nlp, text)


@pytest.mark.parametrize("text", NOT_TAKEN_BACK)
def test_no_retraction_of_an_own_or_anothers_statement(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


@pytest.mark.xfail(
    strict=True,
    reason="'the confession attributed to his client was a paper ...': the parser reads "
    "'attributed' as the reported clause's verb and leaves 'was' with no subject; not built",
)
def test_a_hung_confession_called_a_paper_the_officer_wrote(nlp: Language) -> None:
    text = (
        _ARREST + "His counsel said the confession attributed to his client was a paper the "
        "investigating officer wrote at the police station."
    )
    assert _NAME in accused_of("retraction", nlp, text)
