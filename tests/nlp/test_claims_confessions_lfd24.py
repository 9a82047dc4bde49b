"""lfd24's construction of a confession: an admission in custody told by the perfect gerund
("During questioning X admitted to having sold the cable": the parser tags the participle and
hangs "having" on it as an auxiliary, ``own_admissions._gerund``), read as the plain gerund
("admitted selling the cable") is. Near misses: an admission to having done something with no
custody told, and a witness or a victim who admits to having done something in custody."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings

_LEDE = "Police in Gdynia arrested Tomasz Kowalczyk, 38, over the theft of copper cable. "


@pytest.mark.parametrize(
    "text",
    [
        _LEDE + "During questioning, Kowalczyk admitted to having cut the cable.",
        _LEDE + "During questioning, Kowalczyk admitted having sold the cable to a scrap dealer.",
        _LEDE + "During interrogation Kowalczyk admitted to having met the buyers and having "
        "sold them the cable.",
        _LEDE + "The inspector said that during interrogation Kowalczyk admitted to having "
        "loaded the drums onto his van.",
    ],
)  # fmt: skip
def test_perfect_gerund_admitted_in_custody(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Tomasz Kowalczyk") == {"custodial"}


@pytest.mark.parametrize(
    "text",
    [
        # no custody told: an admission to having met someone is no confession by itself
        _LEDE + "Kowalczyk admitted to having met the buyers at a cafe.",
        # a witness, or a victim, admits his own doings in custody too
        _LEDE + "The depot guard admitted during questioning to having left the gate open.",
        _LEDE + "Detectives said the victim admitted to having left the gate open.",
    ],
)
def test_perfect_gerund_no_confession(nlp: Language, text: str) -> None:
    assert "Tomasz Kowalczyk" not in accused_of("confession", nlp, text)
    assert accused_of("confession", nlp, text) == set()
