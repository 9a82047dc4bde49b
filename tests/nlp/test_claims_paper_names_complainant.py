"""A charge paper that names someone in another part than the accused's.

Found while probing acc102's naming verbs (forty-fifth session), not yet measured on the
court sets: "The FIR names the victim's brother, X, as the complainant" makes X accused,
because the paper-naming list reader (``NameLists._paper_naming``) takes every name after
"names" as charged and never asks the item's "as" phrase which part the paper gives it. A
ledger that lists the complainant as accused is the defect the project exists to avoid, so
these are pinned as strict xfails until a reader of the "as" part is built and measured."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of


def _roles(nlp: Language, text: str, name: str) -> set[str]:
    return {p.role for c in claims_of(nlp, text) for p in c.participants if p.name == name}


def test_the_papers_accused_stay_accused(nlp: Language) -> None:
    text = (
        "Police registered an FIR against Imran Dasti and Naveed Sial for the murder. "
        "The FIR names the victim's brother, Tariq Bhatti, as the complainant."
    )
    assert "accused" in _roles(nlp, text, "Imran Dasti")
    assert "accused" in _roles(nlp, text, "Naveed Sial")


@pytest.mark.xfail(strict=True, reason="a paper's 'as the complainant' item read as charged")
def test_complainant_the_paper_names_is_not_accused(nlp: Language) -> None:
    text = (
        "Police registered an FIR against Imran Dasti and Naveed Sial for the murder. "
        "The FIR names the victim's brother, Tariq Bhatti, as the complainant."
    )
    assert "accused" not in _roles(nlp, text, "Tariq Bhatti")


@pytest.mark.xfail(strict=True, reason="the 'as' part of each item of a paper's list unread")
def test_each_item_takes_its_own_part(nlp: Language) -> None:
    text = (
        "The FIR names the victim's brother, Tariq Bhatti, as the complainant and "
        "Imran Dasti as the main accused."
    )
    assert "accused" not in _roles(nlp, text, "Tariq Bhatti")
    assert "accused" in _roles(nlp, text, "Imran Dasti")
