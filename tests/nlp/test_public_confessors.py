"""Who a confession made in public keeps as accused (``claims.public_confessors``): the
subject of the clause the confession is told in, never the one who tells of it from a clause
above ("He said some of the men had been shown on television confessing"). Invented
sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_TAKEN = "Gunmen seized the publisher Oskar Venn outside his shop in March. "


def test_one_first_told_as_a_victim_confesses_on_television(nlp: Language) -> None:
    text = _TAKEN + "He re-emerged in a televised confession in May."
    assert accused_of("confession", nlp, text) == {"Oskar Venn"}


@pytest.mark.parametrize(
    "told",
    [
        "He said some of the men had later been shown on television confessing to crimes.",
        "He alleged that detainees were being forced to confess on camera.",
    ],
)
def test_the_teller_of_a_televised_confession_is_no_confessor(nlp: Language, told: str) -> None:
    assert "Oskar Venn" not in accused_of("confession", nlp, _TAKEN + told)
