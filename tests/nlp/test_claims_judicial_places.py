"""``judicial_place``: custody or a lock-up a court holds people in, by a judicial
adjective of its own (branch out35)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.judicial_places import custody_noun, custody_owner, judicial_place
from tests.nlp.test_claims import claims_of, outcomes


def _place_after_in(nlp: Language, text: str) -> bool:
    doc = nlp(text)
    prep = next(t for t in doc if t.lower_ in ("in", "to") and t.dep_ in ("prep", "dative"))
    obj = next(c for c in prep.children if c.dep_ == "pobj")
    return judicial_place(obj, legal())


@pytest.mark.parametrize(
    ("text", "judicial"),
    [
        ("Wasim Gill has been in the judicial lock-up since March.", True),
        ("Wasim Gill has been in judicial custody since March.", True),
        ("The magistrate sent Wasim Gill to the judicial lockup.", True),
        ("Wasim Gill has been in police custody since March.", False),
        ("Wasim Gill spent a night in the lock-up.", False),
        ("Wasim Gill has been in judicial service since 2010.", False),
    ],
)
def test_only_custody_or_a_lockup_called_judicial(nlp: Language, text: str, judicial: bool) -> None:
    assert _place_after_in(nlp, text) is judicial


def test_being_in_the_judicial_lockup_is_a_remand(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Police arrested Wasim Gill and Naveed Gill in May. Naveed, who was picked up from "
        "a bus stand, has been in the judicial lock-up since.",
    )
    assert outcomes(found, "Naveed Gill") == {"remanded"}
    assert outcomes(found, "Wasim Gill") == set()


@pytest.mark.parametrize(
    ("text", "arrests", "custody"),
    [
        ("The court kept Dara Moravec in detention.", False, True),
        ("The court kept Dara Moravec in custody.", False, True),
        ("The court kept Dara Moravec in his custody.", False, False),  # someone's own
        ("The court kept Dara Moravec in house arrest.", True, True),
        ("The court kept Dara Moravec in house arrest.", False, False),  # arrests not asked
        ("The court kept Dara Moravec in a flat.", True, False),
    ],
)
def test_custody_noun(nlp: Language, text: str, arrests: bool, custody: bool) -> None:
    """``custody_noun`` (mnd76): the custody-or-arrest test the court measure, court
    detention and court supervision readers share."""
    doc = nlp(text)
    noun = next(c for t in doc if t.lower_ == "in" for c in t.children if c.dep_ == "pobj")
    assert custody_noun(noun, legal(), arrests=arrests) is custody


@pytest.mark.parametrize(
    ("text", "owned"),
    [
        ("The judge left Tomas Ferreyra in the custody of his uncle.", True),
        ("The judge left Tomas Ferreyra in his grandmother's custody.", True),
        ("The judge left Tomas Ferreyra in fourteen days' custody.", False),  # a length
        ("The judge left Tomas Ferreyra in judicial custody.", False),
    ],
)
def test_custody_owner(nlp: Language, text: str, owned: bool) -> None:
    """``custody_owner`` (mnd77): whose custody it is, the test that ``Custody``,
    ``Rulings`` and ``court_placed`` share - an "of" phrase or a possessor, not a length."""
    doc = nlp(text)
    noun = next(c for t in doc if t.lower_ == "in" for c in t.children if c.dep_ == "pobj")
    assert any(custody_owner(c) for c in noun.children) is owned
