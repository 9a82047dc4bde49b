"""What lfa38 found in lf38 and did not build, each a class no other open set holds (strict
xfails: each must fail until it is built); invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims import find_claims
from corroborate.nlp.mentions import find_mentions


def _accused(nlp: Language, text: str) -> set[str]:
    doc = nlp(text)
    found, _ = find_claims(doc, find_mentions(doc))
    return {p.name for c in found for p in c.participants if p.role == "accused"}


@pytest.mark.xfail(
    strict=True,
    reason="the parser hangs 'as X' on the noun of the phrase before it ('identified through "
    "the camera of a bakery as X'), not on 'identified': lf38 only (lf24, lf35 write 'identified "
    "by police as X')",
)
def test_suspects_identified_through_a_camera_as_named_people(nlp: Language) -> None:
    text = (
        "Police said the suspects were identified through the CCTV camera of a nearby bakery "
        "as Constable Nadeem Akhtar Rind, posted at the city police station, and his friend "
        "Sajid Memon."
    )
    assert {"Nadeem Akhtar Rind", "Sajid Memon"} <= _accused(nlp, text)
