"""Retractions told by constructions read since retr37, on invented sentences: a lawyer's
"his client" who disowns or denies making the confession ("X's counsel filed an application
stating that his client disowns the confession"), and a statement told by a contact relative
of those who hold the accused whose predicate the parser split off ("the admission police
claimed he made during questioning was beaten out of him") - each with its guards: the same
grammar telling no taking back."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.lexicon.kinds import kinds_lexicon
from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.blank_signed import blank_signed
from corroborate.nlp.claims.hung_statement import hung_statement
from tests.nlp.test_claims import accused_of


@pytest.mark.parametrize(
    "text",
    [
        "Police charged Kiran Dhakal with the theft. Dhakal's counsel, Ujwal Shrestha, later "
        "filed an application stating that his client disowns the confession.",
        "Police charged Kiran Dhakal with the theft. Dhakal's lawyer said his client had "
        "denied making the confession.",
        "Police charged Kiran Dhakal with the theft. His counsel, Ujwal Shrestha, filed a "
        'petition stating that his client "disowns the so-called confession in full".',
    ],
)
def test_a_lawyers_client_disowns_the_confession(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == {"Kiran Dhakal"}


@pytest.mark.parametrize(
    "text",
    [
        # negated: the confession stands
        "Police charged Kiran Dhakal with the theft. Dhakal's counsel said his client has not "
        "disowned the confession.",
        # another's confession: no one takes his own back
        "Police charged Kiran Dhakal and Bishal Rai with the theft. Dhakal's counsel said his "
        "client disowns Rai's confession.",
        # a prosecutor names no client of his own
        "Police charged Kiran Dhakal with the theft. The prosecutor said his client disowns "
        "the confession.",
    ],
)
def test_no_client_takes_it_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Police charged Kiran Dhakal and Bishal Rai with the theft. Dhakal told the court that "
        "the admission police claimed he made during questioning was beaten out of him.",
        "Police charged Kiran Dhakal with the theft. Dhakal told the court that the confession "
        "police recorded was beaten out of him.",
        "Police charged Kiran Dhakal with the theft. Dhakal also told the court that the "
        "admission detectives said he made in custody was beaten out of him and that he had "
        "been asleep at home.",
    ],
)
def test_a_custodians_statement_said_coerced(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == {"Kiran Dhakal"}


@pytest.mark.parametrize(
    "text",
    [
        # another's statement, recorded from him
        "Police charged Kiran Dhakal with the theft. Dhakal told the court that the statement "
        "police recorded from the shopkeeper was false.",
        # nothing coerced said of it
        "Police charged Kiran Dhakal with the theft. Dhakal told the court that the confession "
        "police recorded was read out in court.",
        # the police's side says it
        "Police charged Kiran Dhakal with the theft. The inspector told the court that the "
        "admission police claimed he made was beaten out of him.",
    ],
)
def test_no_custodians_statement_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


def test_hung_statement_is_the_custodians_compound(nlp: Language) -> None:
    doc = nlp("Dhakal told the court that the confession police recorded was beaten out of him.")
    beaten = next(t for t in doc if t.lower_ == "beaten")
    found = hung_statement(beaten, legal(), kinds_lexicon().reporting_cues)
    assert found is not None and found.lower_ == "confession"
    plain = nlp("Dhakal told the court that the confession was beaten out of him.")
    beaten = next(t for t in plain if t.lower_ == "beaten")
    assert hung_statement(beaten, legal(), kinds_lexicon().reporting_cues) is None


@pytest.mark.parametrize(
    "text",
    [
        "Police charged Kiran Dhakal with the theft. Dhakal told the court that he signed blank "
        "papers at the district police office after officers threatened to arrest his father.",
        "Police charged Kiran Dhakal with the theft. Dhakal told the court that the papers "
        "produced as his statement were blank pages signed in custody.",
    ],
)
def test_blank_papers_signed_take_the_statement_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == {"Kiran Dhakal"}


@pytest.mark.parametrize(
    "text",
    [
        # negated: nothing signed blank
        "Police charged Kiran Dhakal with the theft. Dhakal told the court that he never "
        "signed blank papers.",
        # the police's side says it
        "Police charged Kiran Dhakal with the theft. The inspector told the court that Dhakal "
        "signed blank papers.",
        # no document of a statement
        "Police charged Kiran Dhakal with the theft. Dhakal told the court that he signed blank "
        "cheques for the contractor.",
    ],
)
def test_no_blank_papers_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


def test_blank_signed_wants_blank_documents(nlp: Language) -> None:
    doc = nlp("He signed blank papers and the visitors' register.")
    papers = next(t for t in doc if t.lower_ == "papers")
    register = next(t for t in doc if t.lower_ == "register")
    assert blank_signed(papers, legal())
    assert not blank_signed(register, legal())


@pytest.mark.parametrize(
    "text",
    [
        # what another wrote, read out to the giver
        "Kiran Dhakal confessed before a magistrate in May. Dhakal told the court that the "
        "magistrate only read out what the police had already written.",
        "Kiran Dhakal confessed before a magistrate in May. Dhakal told the court that the "
        "magistrate only read to him what the police had already written.",
        # signed on the spot another pointed to
        "Kiran Dhakal confessed to police in May. Dhakal testified that he only signed where "
        "the inspector pointed.",
    ],
)
def test_a_statement_read_or_signed_as_another_set_it(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == {"Kiran Dhakal"}


@pytest.mark.parametrize(
    "text",
    [
        # his own writing, read out
        "Kiran Dhakal confessed before a magistrate in May. Dhakal told the court that he read "
        "out what he had written.",
        # the police's side says it
        "Kiran Dhakal confessed before a magistrate in May. The inspector told the court that "
        "the magistrate read out what the police had written.",
        # a verb that tells takes "where" for a place
        "Kiran Dhakal confessed to police in May. Dhakal told the court where the inspector "
        "pointed the gun.",
        # the paper signed is named, and it is not the statement
        "Kiran Dhakal confessed to police in May. Dhakal told the court that he signed where "
        "the clerk pointed on the bail bond.",
    ],
)
def test_no_statement_set_by_another(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        "Police charged Tom Fenwick with manslaughter. At trial Fenwick backed away from his "
        'recorded interview, in which he had said "I pushed him".',
        "Police charged Tom Fenwick with manslaughter. At trial Fenwick resiled from his "
        "interview with detectives.",
    ],
)
def test_his_own_interview_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == {"Tom Fenwick"}


@pytest.mark.parametrize(
    "text",
    [
        # leaving an interview takes nothing back
        "Police charged Tom Fenwick with manslaughter. Fenwick withdrew from the interview "
        "after ten minutes.",
        # an interview not told as his own
        "Police charged Tom Fenwick with manslaughter. Fenwick backed away from the interview "
        "with the newspaper.",
        # negated
        "Police charged Tom Fenwick with manslaughter. Fenwick did not back away from his "
        "recorded interview.",
    ],
)
def test_no_interview_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


def test_what_others_seemed_to_want_said(nlp: Language) -> None:
    text = (
        "Tom Fenwick was found guilty of manslaughter in May. Fenwick confessed to detectives "
        "in January. He told the jury he had said what the detectives seemed to want."
    )
    assert accused_of("retraction", nlp, text) == {"Tom Fenwick"}


@pytest.mark.parametrize(
    "text",
    [
        # his own wanting
        "Tom Fenwick was found guilty of manslaughter in May. Fenwick confessed to detectives "
        "in January. He told the jury he had said what he seemed to want.",
        # nothing dictated
        "Tom Fenwick was found guilty of manslaughter in May. Fenwick confessed to detectives "
        "in January. He told the jury he had said what seemed to happen.",
    ],
)
def test_no_wanting_of_others(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()
