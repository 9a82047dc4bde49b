"""A verdict told by coordinated nouns whose owner the parser hangs on the last of them -
"upheld the five-year term and Rs2 million fine awarded in May to X", "upheld the sentence
and the fine imposed on X" - is on that owner (``Owners._conjuncts_owners``, asked by
``Rulings`` where the first noun has none of its own). Sentences invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of, roles

_CASE = "A crash killed six pupils in Vehari last year. "


@pytest.mark.parametrize(
    ("text", "owner"),
    [
        (
            _CASE + "Additional Sessions Judge Imran Bhatti upheld the five-year term and Rs2 "
            "million fine awarded in May to Karim Dasti by Judicial Magistrate Asma Khalid.",
            "Karim Dasti",
        ),
        (
            _CASE + "The court upheld the sentence and the fine imposed in March on Imtiaz "
            "Ahmed Khan.",
            "Imtiaz Ahmed Khan",
        ),
    ],
)
def test_a_verdict_kept_is_on_the_last_conjuncts_owner(
    nlp: Language, text: str, owner: str
) -> None:
    assert accused_of("ruling", nlp, text, "upheld") == {owner}


def test_the_judges_keep_their_part(nlp: Language) -> None:
    text = (
        _CASE + "Additional Sessions Judge Imran Bhatti upheld the five-year term and Rs2 "
        "million fine awarded in May to Karim Dasti by Judicial Magistrate Asma Khalid."
    )
    found = roles(claims_of(nlp, text))
    assert "accused" not in found["Imran Bhatti"] and "accused" not in found["Asma Khalid"]


def test_a_noun_with_its_own_owner_keeps_it(nlp: Language) -> None:
    # the conviction is Dasti's; the acquittal beside it is another's, never his
    text = (
        _CASE + "Police arrested Karim Dasti and Nadeem Qasim. The court upheld the conviction "
        "of Karim Dasti and the acquittal of Nadeem Qasim."
    )
    assert accused_of("ruling", nlp, text, "upheld") == {"Karim Dasti"}


@pytest.mark.xfail(
    strict=True,
    reason="an acquittal upheld as the conjunct of a conviction upheld ('upheld the conviction "
    "of X and the acquittal of Y') is not read for Y",
)
def test_an_acquittal_kept_beside_a_conviction(nlp: Language) -> None:
    text = (
        _CASE + "Police arrested Karim Dasti and Nadeem Qasim. The court upheld the conviction "
        "of Karim Dasti and the acquittal of Nadeem Qasim."
    )
    assert accused_of("ruling", nlp, text, "acquitted") == {"Nadeem Qasim"}
