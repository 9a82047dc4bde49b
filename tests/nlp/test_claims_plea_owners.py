"""A confession taken back by a plea noun of the accused's side - "the defence claim that the
statement had been extracted under torture", "the argument of his lawyer that the statement
his client gave police was taken at two in the morning" - which a court turns down
("rejected", "dismissed") rather than a verb of saying tells (``nlp/claims/plea_owners.py``,
asked by ``claims.taken_back_nouns`` and ``claims.coerced``), on invented sentences in the
styles of wire copy, European and Latin-American courts and South-Asian reports. The
prosecution's argument, a witness's statement, or "the defence" where two confessed (whose?)
take nothing back."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.plea_owners import plea_clauses, plea_owner
from tests.nlp.test_claims import accused_of

_NAME = "Julien Marchal"
_CHARGED = "Prosecutors charged Julien Marchal, a delivery driver, over the invoice fraud. "
_CONFESSED = _CHARGED + "Marchal made a confession to police after his arrest. "

TAKEN_BACK = [
    # European: the lawyer's argument, the statement named by its giving to police
    _CHARGED + "The court rejected the argument of his lawyer that the statement his client "
    "gave police had been taken at two in the morning, without a lawyer.",
    # Latin-American: the lawyer's submission, owned after "of", his statement to police
    _CHARGED + "The tribunal dismissed the submission of his lawyer that his statement to "
    "police had been extracted under threats.",
    # wire copy: "the defence claim", the one person the report says confessed
    _CONFESSED + "The judge rejected the defence claim that the statement had been extracted "
    "under torture.",
    # South-Asian: "the defence's contention", the confession named in it
    _CONFESSED + "The bench turned down the defence's contention that the confession had "
    "been obtained through torture in police custody.",
    # South-Asian: "the plea of the defence", its "that" parsed as the passive's object
    _CONFESSED + "The court turned down the plea of the defence that the confessional "
    "statement was recorded under duress.",
    # wire copy: the contention of his counsel, the confession named in it
    _CHARGED + "The bench rejected the contention of his counsel that the confession was "
    "extracted through torture in police custody.",
]

NOT_TAKEN_BACK = [
    # the prosecution's argument: no side of his speaks
    _CONFESSED + "The judge rejected the prosecution argument that the statement had been "
    "extracted under torture.",
    # "the defence" where two confessed: whose statement, the report does not say
    _CHARGED + "Marchal and Bruno Lenoir made confessions to police after their arrest. The "
    "judge rejected the defence claim that the statement had been extracted under torture.",
    # the complainant's counsel: another side's contention
    _CHARGED + "The bench rejected the contention of the complainant's counsel that the "
    "confession was extracted through torture in police custody.",
    # the defence speaks of a witness's statement, not of the one who confessed
    _CONFESSED + "The judge rejected the defence argument that the witness's statement had "
    "been extracted under torture.",
    # a plea that says nothing of coercion
    _CONFESSED + "The judge rejected the defence claim that the statement had been recorded "
    "on the wrong date.",
]


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_a_plea_noun_of_his_side_takes_his_confession_back(nlp: Language, text: str) -> None:
    assert _NAME in accused_of("retraction", nlp, text)


@pytest.mark.parametrize("text", TAKEN_BACK)
def test_the_confession_the_plea_takes_back_is_told(nlp: Language, text: str) -> None:
    assert _NAME in accused_of("confession", nlp, text)


@pytest.mark.parametrize("text", NOT_TAKEN_BACK)
def test_no_retraction_from_another_side_or_an_unowned_plea(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


def test_the_plea_owner_is_the_defence_word_only(nlp: Language) -> None:
    doc = nlp("The judge rejected the prosecution argument that the defence claim was late.")
    nouns = legal().side_plea_nouns
    argument, claim = doc[5], doc[9]
    assert plea_owner(argument, nouns) is None
    owner = plea_owner(claim, nouns)
    assert owner is not None and owner.lower_ == "defence"
    assert plea_clauses(argument, nouns) == []


@pytest.mark.xfail(
    strict=True,
    reason="a plea that the statement was 'an officer's summary and not his words': the "
    "negation sits on the second predicate noun, not on the clause (``not_his_words`` asks "
    "the clause's own 'not'): not built",
)
def test_a_plea_that_the_statement_was_not_his_words(nlp: Language) -> None:
    text = (
        _CONFESSED + "The judge dismissed the defence argument that the confession was an "
        "officer's summary and not Marchal's words."
    )
    assert _NAME in accused_of("retraction", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="'the defence' as the subject of a verb of saying, for the one who confessed: the "
    "verb's reading tells the confession again with its taking back, and on a held-out set "
    "that moved where confessions were made (setting fell); left to a plea noun only",
)
def test_the_defence_as_a_verbs_subject(nlp: Language) -> None:
    text = _CONFESSED + "The defence argued that the statement had been taken without a lawyer."
    assert _NAME in accused_of("retraction", nlp, text)
