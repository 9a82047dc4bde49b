"""Those the police search for, or have not traced, stand accused
(``nlp/claims/sought.py``), on invented sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.records import Claim
from tests.nlp.test_claims import claims_of, roles


def _accused(found: list[Claim]) -> set[str]:
    return {p.name for c in found for p in c.participants if p.role == "accused"}


def test_one_the_police_are_searching_for_is_accused(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Police are still searching for Mohammed Sadiq Khan, the owner of the clinic, who "
        "fled after the raid.",
    )
    assert "Mohammed Sadiq Khan" in _accused(found), roles(found)


def test_one_not_traced_since_the_raid_is_accused(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The clinic's owner, Dr Anil Kapoor Mehta, has not been traced since the raid on Tuesday.",
    )
    assert {"Anil Kapoor Mehta", "Dr Anil Kapoor Mehta"} & _accused(found), roles(found)


def test_one_the_family_is_searching_for_is_no_accused(nlp: Language) -> None:
    found = claims_of(
        nlp, "His family is still searching for Mohammed Sadiq Khan, who went missing in May."
    )
    assert "Mohammed Sadiq Khan" not in _accused(found), roles(found)
