"""A relative clause whose verb is singular describes only the conjunct it hangs on, not a
whole co-ordination (``nlp/claims/relative_number.py``); invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of, roles


def _acquitted(nlp: Language, text: str) -> set[str]:
    return {
        p.name
        for c in claims_of(nlp, text)
        if c.kind == "ruling" and c.outcome == "acquitted"
        for p in c.participants
        if p.role == "accused"
    }


@pytest.mark.parametrize(
    "text",
    [
        # the clause hung on "wife", the first item
        "Pemberton's wife, Alison Pemberton, and son, Rhys Pemberton, who was acquitted at "
        "the first trial, sat in the back row of the gallery.",
        # the clause hung on the last name, a conjunct of the first
        "Mensah's wife, Akosua Mensah, and son, Kofi Mensah, who was acquitted at the first "
        "trial, sat in the back row and left without speaking to reporters.",
    ],
)
def test_a_singular_clause_after_two_relatives_is_the_nearest_s(nlp: Language, text: str) -> None:
    cleared = _acquitted(nlp, text)
    assert not any(n in cleared for n in ("Alison Pemberton", "Akosua Mensah")), roles(
        claims_of(nlp, text)
    )
    assert cleared & {"Rhys Pemberton", "Kofi Mensah"}, roles(claims_of(nlp, text))


def test_a_plural_clause_on_a_coordination_is_everyone_s(nlp: Language) -> None:
    text = (
        "Rupert Vane and Colin Marsh, who were acquitted of the robbery last year, left the "
        "court together."
    )
    assert _acquitted(nlp, text) == {"Rupert Vane", "Colin Marsh"}
