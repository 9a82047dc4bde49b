"""An arrest told with its charge negated ("detained without charge") is custody with no
charge: its outcome is ``HELD_WITHOUT_CHARGE``, not "arrested"; invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims import find_claims
from corroborate.nlp.mentions import find_mentions
from corroborate.records import HELD_WITHOUT_CHARGE


def arrest_outcomes(nlp: Language, text: str, name: str) -> set[str | None]:
    doc = nlp(text)
    found, _ = find_claims(doc, find_mentions(doc))
    return {
        c.outcome
        for c in found
        if c.kind == "arrest"
        and any(p.name == name and p.role == "accused" for p in c.participants)
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ms Perl said that 19 workers of the Harbour Union had been detained without charge.",
         "Harbour Union"),
        ("Police detained Omar Lind without charge on Friday.", "Omar Lind"),
        ("Omar Lind was detained without charges for a month.", "Omar Lind"),
    ],
)  # fmt: skip
def test_detained_without_charge(nlp: Language, text: str, name: str) -> None:
    assert arrest_outcomes(nlp, text, name) == {HELD_WITHOUT_CHARGE}


@pytest.mark.parametrize(
    "text",
    [
        "Police detained Omar Lind on Friday.",
        # what is missing is a warrant, not a charge: an arrest as any other
        "Omar Lind was detained without a warrant.",
    ],
)
def test_an_arrest_with_no_charge_negated(nlp: Language, text: str) -> None:
    assert arrest_outcomes(nlp, text, "Omar Lind") == {"arrested"}
