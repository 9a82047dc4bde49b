"""A statement one the report accuses takes back as his own by a verb that only takes one's
own back ("resiled from", "retracted", "repudiated") stands as his retraction though where he
made it is untold (``AnswerVerbs._own_taken_back``), and a free relative of his own telling is
what he takes back ("resiled from what he had told the headman": ``TakingBack._what_he_told``).
Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_SENTENCED = (
    "A sessions court sentenced Imran Latif to life imprisonment for the murder of a farmer. "
)


def test_resiled_from_what_he_told_the_headman(nlp: Language) -> None:
    text = _SENTENCED + (
        "Latif, too, resiled in his final statement from what he allegedly told the headman, "
        "and said he had been at the cattle fair."
    )
    assert accused_of("retraction", nlp, text) == {"Imran Latif"}


def test_repudiated_his_statement_untold_where(nlp: Language) -> None:
    text = _SENTENCED + "At the trial Latif repudiated his statement."
    assert accused_of("retraction", nlp, text) == {"Imran Latif"}


def test_a_witness_retracting_his_statement_is_no_accused(nlp: Language) -> None:
    # guard: one the report does not accuse takes back a witness's statement
    text = _SENTENCED + "A witness, Sajid Rana, later retracted his statement."
    assert accused_of("retraction", nlp, text) == set()


def test_not_retracted_is_no_retraction(nlp: Language) -> None:
    # guard: the statement stands
    text = _SENTENCED + "Latif has not retracted his statement."
    assert accused_of("retraction", nlp, text) == set()


def test_a_petition_withdrawn_is_no_retraction(nlp: Language) -> None:
    # guard: "it" taken back by one the report accuses may be anything he filed
    text = _SENTENCED + "Latif filed a bail petition in May but later withdrew it."
    assert accused_of("retraction", nlp, text) == set()
