"""A paper signed unread where the "not" sits on the verb the reading completes ("signed papers
he was not allowed to read", "a statement he was never permitted to read") or where the name
was signed "on" the paper ("signed his name on pages he could not read"): a confession taken
back (``unread_statement``). And the ledger keeps the custodial setting the same sentence
reads for the statement (``build._allegation`` prefers a read setting to the unknown one the
signed paper stands for). Invented sentences and names; near misses: a paper he was allowed
to read, a negated reading of something signed by no one, a name written (not signed)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.ledger.invented import invented_ledger
from tests.nlp.test_claims import accused_of

_CHARGED = "Police charged Arun Pathak with stealing a tractor in May. "
_ARRESTED = "Police arrested Arun Pathak over the theft of a tractor. "


@pytest.mark.parametrize(
    "told",
    [
        "Pathak said he had signed his name on pages he could not read.",
        "In court Pathak said he signed a statement he was never permitted to read.",
        "His lawyer told the court that the statement police attribute to Pathak was taken at "
        "midnight and that he signed papers he was not allowed to read.",
    ],
)
def test_a_paper_signed_unread_by_the_governing_not_is_taken_back(nlp: Language, told: str) -> None:
    assert accused_of("retraction", nlp, _CHARGED + told) == {"Arun Pathak"}


@pytest.mark.parametrize(
    "told",
    [
        "Pathak said he had signed a statement he was allowed to read.",
        "Pathak said he was not allowed to read the newspaper.",
        "Pathak said he wrote his name on pages he could not read.",
    ],
)
def test_a_paper_read_or_not_signed_takes_nothing_back(nlp: Language, told: str) -> None:
    assert accused_of("retraction", nlp, _CHARGED + told) == set()


def test_the_custodial_setting_of_the_same_sentence_is_kept(nlp: Language) -> None:
    text = _ARRESTED + (
        "His lawyer told the court that the statement police attribute to Pathak was taken at "
        "midnight and that he signed papers he was not allowed to read."
    )
    ledger, _ = invented_ledger(nlp, text)
    settings = [e.setting for a in ledger.allegations for e in a.events if e.kind == "confession"]
    assert settings == ["custodial"]
