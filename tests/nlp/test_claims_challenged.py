"""A confession taken back by the accused's side challenging it ("his lawyer would challenge
the admissions", "the defence would object to the caution statement", "the statement would be
challenged": ``nlp/claims/challenged.py``), on invented sentences - with the guards: a
statement not challenged, a witness's statement a prosecutor challenges."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Peter Ochieng over the death of a guard. Ochieng's lawyer said the "
        "defence would object to the cautioned statement taken at the police station.",
        "Peter Ochieng was charged with the murder of a guard. He confessed to detectives a "
        "day after his arrest. His advocate told reporters the statement would be challenged.",
        "Police arrested Peter Ochieng over the death of a guard. The state said Ochieng had "
        "made admissions to the investigating officer. His lawyer, Ruth Wanjiru, said he would "
        "challenge the admissions at the trial.",
    ],
)
def test_a_statement_his_side_challenges_is_retracted(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == {"Peter Ochieng"}
    assert accused_of("confession", nlp, text) == {"Peter Ochieng"}


@pytest.mark.parametrize(
    "text",
    [
        # a statement the defence does not contest stands
        "Police arrested Peter Ochieng over the death of a guard. His lawyer did not challenge "
        "the statement he made to detectives.",
        # a prosecutor challenges a witness's statement: no one takes his own back
        "Peter Ochieng was charged with the murder of a guard. The prosecutor said she would "
        "challenge the statement of the witness Grace Akinyi.",
        # a challenge to a ruling, not to a statement
        "Peter Ochieng was charged with the murder of a guard. His lawyer said he would "
        "challenge the refusal of bail.",
    ],
)
def test_no_retraction_without_a_statement_of_his_challenged(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()
