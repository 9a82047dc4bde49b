"""Probes of a count that stands for those one step (or a claim of no step) made accused whom
the report never came to follow ("Two officers were charged ... Constable X and Sergeant Y
appeared ..., where they denied killing Z ... ordered that the two be remanded": the report
followed "officers", the group the charge took), asked only where no group followed fits the
count (``Counted._unfollowed_of_a_step``). Invented sentences in East African wire style."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import ruled_in_last_sentence

_OFFICERS = (
    "Two Ugandan police officers were charged with murder on Monday. Constable Peter Okello "
    "and Sergeant John Mugisha appeared before Justice Ruth Nabirye, where they denied "
    "killing Moses Kato. "
)


def test_a_count_stands_for_those_never_followed(nlp: Language) -> None:
    text = _OFFICERS + "Justice Nabirye ordered that the two be remanded at Luzira prison."
    assert ruled_in_last_sentence(nlp, text, "remanded") == {"Peter Okello", "John Mugisha"}


def test_a_count_they_do_not_fit_is_no_one(nlp: Language) -> None:
    text = _OFFICERS + "Justice Nabirye ordered that the three be remanded at Luzira prison."
    assert ruled_in_last_sentence(nlp, text, "remanded") == set()


def test_a_followed_group_of_the_count_comes_first(nlp: Language) -> None:
    text = (
        "Two guards were charged with theft on Monday. Prosecutors said Peter Okello and John "
        "Mugisha had taken the cash. The two were remanded in custody."
    )
    assert ruled_in_last_sentence(nlp, text, "remanded") == {"Peter Okello", "John Mugisha"}


@pytest.mark.xfail(
    strict=True,
    reason="a counted noun of another part of the case ('the two officers': role_nouns) is "
    "read by its own rule, not as a count of the unfollowed; unbuilt",
)
def test_a_counted_role_noun_for_those_never_followed(nlp: Language) -> None:
    text = _OFFICERS + "The two officers were remanded at Luzira prison until March 3."
    assert ruled_in_last_sentence(nlp, text, "remanded") == {"Peter Okello", "John Mugisha"}
