"""Claims a noun tells (``nlp/claims/nouns.py``): whom a charge owned by its person accuses,
on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of


@pytest.mark.parametrize(
    "text, name",
    [
        ("Wade Larkin's accessory charge was stayed by the Crown in March.", "Wade Larkin"),
        ("Prosecutors dropped Lia Moreno's fraud charges in June.", "Lia Moreno"),
        ("The judge adjourned Amit Roy's trial until May.", "Amit Roy"),
    ],
)
def test_the_owner_of_a_charge_is_accused(nlp: Language, text: str, name: str) -> None:
    assert name in accused_of("accusation", nlp, text)


@pytest.mark.parametrize(
    "text, name",
    [
        # a complaint's owner filed it
        ("Lisa Ward's complaint was registered at the station.", "Lisa Ward"),
        # a trial asked for is no trial brought
        ("The family demanded Juan Ortiz's trial.", "Juan Ortiz"),
        # "his" is the man accused, not the name nearest it
        (
            "A man accused of killing apprentice baker Liam Hart with a punch has been found "
            "not guilty of manslaughter at his second trial.",
            "Liam Hart",
        ),
    ],
)
def test_the_owner_of_a_complaint_or_a_trial_asked_for_is_not(
    nlp: Language, text: str, name: str
) -> None:
    assert name not in accused_of("accusation", nlp, text)
