"""A relative clause in the active perfect (``nlp.claims.perfect_relative``): "X, who had
accused the mayor of bribery" - X accused, charged or condemned; X is not whom it was done
to. Passive relatives and objects named in the clause stay as they were. Sentences and names
are invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims.perfect_relative import done_by_its_relative
from tests.nlp.test_claims import accused_of, claims_of


@pytest.mark.parametrize(
    ("text", "doer"),
    [
        ("The prosecutor, Lena Varga, who had accused the mayor of fraud, resigned.", "Lena Varga"),
        ("Inspector Oren Tabb, who has charged dozens of smugglers, spoke on Monday.", "Oren Tabb"),
        ("Nobody would repudiate council members, like Ada Korr, who had condemned gambling.",
         "Ada Korr"),
    ],
)  # fmt: skip
def test_the_doer_of_a_perfect_relative_is_not_its_patient(
    nlp: Language, text: str, doer: str
) -> None:
    found = claims_of(nlp, text)
    assert not any(p.name == doer and p.role == "accused" for c in found for p in c.participants)


def test_the_object_named_in_the_clause_stays_accused(nlp: Language) -> None:
    text = "The senator, Ada Korr, who had accused Piet Lanning of fraud, resigned."
    assert accused_of("accusation", nlp, text) == {"Piet Lanning"}


@pytest.mark.parametrize(
    ("text", "accused"),
    [
        ("Piet Lanning, who had been convicted of fraud, was freed in June.", "Piet Lanning"),
        ("Piet Lanning and Oren Tabb, who were arrested in May, were freed.", "Oren Tabb"),
    ],
)
def test_a_passive_relative_is_still_about_its_noun(nlp: Language, text: str, accused: str) -> None:
    assert any(
        p.name == accused and p.role == "accused"
        for c in claims_of(nlp, text)
        for p in c.participants
    )


@pytest.mark.parametrize(
    ("text", "perfect"),
    [
        ("The senator, Ada Korr, who had accused the mayor of fraud, resigned.", True),
        ("The senator, Ada Korr, who had been accused of fraud, resigned.", False),
        ("The senator, Ada Korr, who was accused of fraud, resigned.", False),
    ],
)
def test_only_the_active_perfect_is_read(nlp: Language, text: str, perfect: bool) -> None:
    verb = next(t for t in nlp(text) if t.lower_ == "accused")
    assert done_by_its_relative(verb) is perfect
