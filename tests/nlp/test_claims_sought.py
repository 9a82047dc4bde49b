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


def test_one_being_sought_is_accused(nlp: Language) -> None:
    """A passive verb of seeking with no agent but the law: "X is being sought"."""
    found = claims_of(
        nlp,
        'A fourth man, Marcus Noel, also known as "Bounty", is being sought, and police '
        "are asking for help.",
    )
    assert "Marcus Noel" in _accused(found), roles(found)
    found = claims_of(nlp, "Daniel Okafor is being hunted by detectives after the shooting.")
    assert "Daniel Okafor" in _accused(found), roles(found)


def test_one_sought_by_others_than_the_law_is_not_accused(nlp: Language) -> None:
    found = claims_of(nlp, "Ana Silva is being sought by the club as its new coach.")
    assert "Ana Silva" not in _accused(found), roles(found)


def test_one_whose_part_the_law_probes_is_accused(nlp: Language) -> None:
    """ "looking into the role of X", "probing Y's involvement", "Z's role is being
    examined": whose part in the case the law investigates is a suspect."""
    texts = {
        "Investigators are also looking into the role of Shahid Qureshi, manager of the "
        "bank branch.": "Shahid Qureshi",
        "Police are probing the role of Ruth Adebayo in the fraud.": "Ruth Adebayo",
        "Detectives are investigating Omar Bello's involvement.": "Omar Bello",
        "Kofi Mensah's role is being examined.": "Kofi Mensah",
    }
    for text, name in texts.items():
        found = claims_of(nlp, text)
        assert name in _accused(found), (text, roles(found))


def test_a_part_probed_by_others_than_the_law_accuses_no_one(nlp: Language) -> None:
    found = claims_of(nlp, "The committee is examining the role of Ana Silva in the reforms.")
    assert "Ana Silva" not in _accused(found), roles(found)


def test_a_probe_only_announced_accuses_no_one(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Varma's wife, Rekha Varma, has not been named. Police said her role would be examined.",
    )
    assert "Rekha Varma" not in _accused(found), roles(found)
