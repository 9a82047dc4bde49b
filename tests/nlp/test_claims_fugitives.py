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
        # going into a state of flight is being in it; its phrase ends with its object
        ("Farid Osei went into hiding after the robbery of the depot.", "Farid Osei"),
        ("The warden's nephew, Tomas Ruiz, slipped into hiding in the hills.", "Tomas Ruiz"),
        ("Kiran Dahal went on the run in May, the inspector said.", "Kiran Dahal"),
        ("Jin Park remains in hiding in Busan, his lawyer said.", "Jin Park"),
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
        "Mina Lal went into labour in the van on the way to the hospital.",
        "Ravi Das went into the house and locked the door.",
    ],
)
def test_no_one_named_out_of_reach_is_accused_by_it(nlp: Language, text: str) -> None:
    found = claims_of(nlp, text)
    assert not [c for c in found if c.kind == "accusation"], roles(found)
