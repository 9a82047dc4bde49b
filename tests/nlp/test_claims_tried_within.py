"""A statement tried in a trial within a trial (a voir dire), read as its maker's retraction
(``claims.tried_within``), on invented sentences - with its guards: a witness's statement
tried, an inner trial only announced, a statement whose owner is told but named by no one,
and "the statement" where the report accuses two and told no confession."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.tried_within import inner_trial_root
from tests.nlp.test_claims import accused_of


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the owner's statement admitted after one
        (
            "Okoth Odhiambo was charged with robbery. Odhiambo's caution statement was "
            "admitted after a trial-within-a-trial in February.",
            "Okoth Odhiambo",
        ),
        # "the statement of the first accused": an accused by his place in the dock
        (
            "Ousman Darboe was charged with fraud. The magistrate said the cautionary "
            "statement of the first accused had been admitted after a trial within a trial.",
            "Ousman Darboe",
        ),
        # "the statement" told again, after the report told his confession
        (
            "Kofi Asante and Yaw Mensah were charged with murder. Asante made a statement to "
            "the police after his arrest. After a voir dire, the judge admitted the statement.",
            "Kofi Asante",
        ),
        # excluded, the confession this sentence tells
        (
            "Chisomo Banda was charged with murder. In a ruling after a trial within a trial, "
            "the court excluded the confession police said they recorded from Banda.",
            "Chisomo Banda",
        ),
        # a participle clause, the only accused
        (
            "Tevita Fifita was charged with arson. The judge, having admitted the statement "
            "after a voir dire, failed to warn the jury.",
            "Tevita Fifita",
        ),
    ],
)
def test_tried_within(nlp: Language, text: str, who: str) -> None:
    assert accused_of("retraction", nlp, text) == {who}


@pytest.mark.parametrize(
    "text",
    [
        # a witness's statement
        "Ama Boateng was charged with theft. The statement of the complainant, Efua Mensah, "
        "was admitted after a voir dire.",
        # an inner trial announced, no statement tried yet
        "Ama Boateng was charged with theft. The trial within a trial will begin on Monday.",
        # an owner told whom no name stands for
        "Ama Boateng was charged with theft. The cook's statement was admitted after a voir dire.",
        # two accused, no confession told: whose "the statement" is is a guess
        "Kwesi Ofori and Ali Ben were charged with murder. After a voir dire, the judge "
        "admitted the statement.",
    ],
)
def test_nothing_tried(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


def test_inner_trial_root_is_a_prepositions_object(nlp: Language) -> None:
    phrases = legal().inner_trial_phrases
    doc = nlp("It was admitted after a trial-within-a-trial. The voir dire began on Monday.")
    roots = [inner_trial_root(t, phrases) for t in doc]
    assert [r.i for r in roots if r is not None] == [5]
