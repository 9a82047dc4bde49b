"""The dead of a report are not its accused (``nlp/claims/the_dead.py``): an arrest or an
accusation told as background to the death of the one held or blamed, on invented
sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.records import Claim
from tests.nlp.test_claims import claims_of, roles


def _accused(found: list[Claim]) -> set[str]:
    return {p.name for c in found for p in c.participants if p.role == "accused"}


def test_one_held_who_was_found_dead_is_no_accused(nlp: Language) -> None:
    # the unnamed one of the first sentence is named in the second, as a lede's one
    found = claims_of(
        nlp,
        "A vegetable seller detained on suspicion of burglary was found dead in the Saddar "
        "police lockup on Monday. Rashid Mehmood, 30, had sold vegetables in the Saddar "
        "market for a decade.",
    )
    assert "Rashid Mehmood" not in _accused(found), roles(found)


def test_one_picked_up_and_declared_dead_is_no_accused(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Kamran Iqbal, 27, a tailor of Model Town, had been picked up from his home on "
        "Friday night and was declared dead at the district hospital the next morning.",
    )
    assert "Kamran Iqbal" not in _accused(found), roles(found)


def test_one_blamed_and_beaten_to_death_is_no_accused(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Police arrested eleven men after a shopkeeper accused of insulting a shrine was "
        "beaten to death by a crowd in Daska. The shopkeeper, Tariq Javed, had run the shop "
        "for a decade.",
    )
    assert "Tariq Javed" not in _accused(found), roles(found)


def test_one_wanted_who_was_killed_in_an_encounter_stays_accused(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Javed Lund, who was wanted by police in 14 robbery cases, was killed in an "
        "encounter with police in Orangi Town on Tuesday.",
    )
    assert "Javed Lund" in _accused(found), roles(found)


def test_one_held_for_a_murder_who_died_stays_accused(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Shakeel Baig, who had been arrested for the murder of his neighbour, died in "
        "hospital on Sunday.",
    )
    assert "Shakeel Baig" in _accused(found), roles(found)


def test_one_held_who_was_sentenced_to_death_stays_accused(nlp: Language) -> None:
    # "to death" here is the penalty, not a death
    found = claims_of(
        nlp, "Ravi Sharma, who was arrested in 2019, was sentenced to death on Monday."
    )
    arrested = {p.name for c in found if c.kind == "arrest" for p in c.participants}
    assert "Ravi Sharma" in arrested, roles(found)
