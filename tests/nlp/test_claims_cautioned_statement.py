"""A statement taken under caution with an owner of its own ("the judge admitted X's warn and
caution statement", "the cautioned statement of X") is X's confession, made in custody
(``Nouns._cautioned_statement``, ``legal.caution_words``); a statement with no such mark, or
a caution statement owned by no one, is none. Sentences and names are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.readings import analysis_of, settings_of

_TRIAL = "Brian Mwale and Kelvin Zulu are jointly charged with the murder of a guard in Ndola. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            _TRIAL + "The judge later admitted Mwale's warn and caution statement, rejecting "
            "his claim that it was obtained by torture.",
            "Brian Mwale",
        ),
        (
            _TRIAL + "The court admitted the cautioned statement of Ahmad Razali after a trial "
            "within a trial.",
            "Ahmad Razali",
        ),
    ],
)
def test_an_owned_caution_statement_is_a_custodial_confession(
    nlp: Language, text: str, name: str
) -> None:
    assert settings_of(analysis_of(nlp, text), "confession", name) == {"custodial"}


def test_a_plain_statement_is_no_confession(nlp: Language) -> None:
    # guard: a statement with no caution mark may be anyone's account
    text = _TRIAL + "The judge later admitted Mwale's statement as evidence."
    assert settings_of(analysis_of(nlp, text), "confession", "Brian Mwale") == set()
