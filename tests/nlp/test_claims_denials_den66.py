"""The accused's firm cleared by the accused's side, den66: "X's lawyer said the company held a
valid licence" after "X, managing director of Y Pvt Ltd". What clears a business, said by the
side of the accused the report tells as its head, is his denial
(``firm_heads.FirmHeads._heads_of_firm``); a full set of trading papers held is a clearing
(``firm_heads.held_full_papers``). Invented sentences and names, in several countries' words;
paraphrases that must read and near misses that must not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_MOMBASA = (
    "Police arrested Otieno Wekesa, 52, managing director of Pwani Cargo Ltd, over the dumping "
    "of chemical drums in Tudor Creek. "
)
_LAHORE = "Police arrested Tariq Mehmood, owner of Mehmood Rice Mills, over hoarding flour. "
_PUNE = (
    "The court remanded Nikhil Deshpande, director of Deshpande Tutorials Pvt Ltd, after two "
    "pupils were hurt when a ceiling fell. "
)
_TEMA = (
    "Police arrested Kwame Asante, the chief executive of Volta Scrap Ltd, over stolen rail "
    "tracks. "
)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (_MOMBASA + "Wekesa's lawyer said the company held a valid licence.", "Otieno Wekesa"),
        (
            _MOMBASA + "Wekesa's lawyer, Ruth Achieng, told the court that the firm had never "
            "dumped any drums.",
            "Otieno Wekesa",
        ),
        (
            _LAHORE + "Mehmood's son, Bilal, said the company had all the necessary approvals.",
            "Tariq Mehmood",
        ),
        (
            _PUNE + "Deshpande's brother said the company held every permission required.",
            "Nikhil Deshpande",
        ),
        (_TEMA + "Asante told reporters the company had every permit it needed.", "Kwame Asante"),
        (_TEMA + "His lawyer said Asante held a valid licence to deal in scrap.", "Kwame Asante"),
    ],
)
def test_the_firm_cleared_by_the_heads_side_clears_the_head(
    nlp: Language, text: str, who: str
) -> None:
    assert who in accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a bystander, the state, the prosecution: no one of the accused's side
        _MOMBASA + "A county spokesman said the company held a valid licence.",
        _MOMBASA + "The prosecutor said the company held a valid licence for another site.",
        # the court's word, and a victim's kin
        _MOMBASA + "Magistrate Ann Mutua said the company held a valid licence.",
        _PUNE + "The injured pupil's father said the company held every permission required.",
        # the firm's other officer, named as such: speaks for no accused
        (
            "Police arrested Otieno Wekesa over stolen fuel from a depot run by Pwani Cargo Ltd. "
            "The company's manager, Joseph Kamau, said the company held every permit."
        ),
        # the accused is no head of the business, only works for it
        (
            "Police arrested Otieno Wekesa, a driver for Pwani Cargo Ltd, over the dumping of "
            "chemical drums. Wekesa's lawyer said the company had never dumped any drums."
        ),
        # a paper held bare, or none held
        _MOMBASA + "Wekesa's lawyer said the company had a licence.",
        _MOMBASA + "Wekesa's lawyer said the company had no valid licence.",
    ],
)
def test_no_denial_for_a_firm_cleared_by_another(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == set()
