"""Flight from the law as an accusation (``nlp/claims/fugitives.py``), on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of, roles


@pytest.mark.parametrize(
    "text, name",
    [
        (
            "Police said the ring was led by one Zarif Khosa alias Moti, who is still at large "
            "and thought to be in Quetta.",
            "Zarif Khosa",
        ),
        (
            "The verdict relied on the call records of the broker Pemba Sherpa, who remains at "
            "large and against whom the case stays open.",
            "Pemba Sherpa",
        ),
        (
            "Kwame Boateng Asante, named in the indictment, remains a fugitive.",
            "Kwame Boateng Asante",
        ),
        ("Harilal Sahu, who has evaded arrest since March, owns the warehouse.", "Harilal Sahu"),
        ("The third defendant, Lionel Varga, is on the run, prosecutors said.", "Lionel Varga"),
    ],
)
def test_someone_out_of_the_laws_reach_is_accused(nlp: Language, text: str, name: str) -> None:
    found = claims_of(nlp, text)
    assert any(
        c.kind == "accusation"
        and any(p.name == name and p.role == "accused" for p in c.participants)
        for c in found
    ), [(c.kind, c.participants) for c in found]


@pytest.mark.parametrize(
    "text",
    [
        "The killers of Rafiq Soomro remain at large, his brother Anwar Soomro said.",
        "Minister Tahira Lund evaded the question about the missing files.",
        "Ranjit Oberoi is no longer at large after his arrest in Pune.",
    ],
)
def test_no_one_named_out_of_reach_is_accused_by_it(nlp: Language, text: str) -> None:
    found = claims_of(nlp, text)
    assert not [c for c in found if c.kind == "accusation"], roles(found)
