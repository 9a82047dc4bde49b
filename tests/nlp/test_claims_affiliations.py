"""An organisation is accused only when the text accuses it, not when it names someone's
affiliation, and a people is never one party (``nlp.claims.naming``: ``no_party``,
``_members``, ``counted_members``), on sentences written for these tests (invented names)."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims import find_claims
from corroborate.nlp.mentions import find_mentions
from corroborate.records import Participant
from tests.nlp.test_claims import claims_of, outcomes


def _accused(nlp: Language, text: str) -> list[Participant]:
    doc = nlp(text)
    found, _ = find_claims(doc, find_mentions(doc))
    return [p for c in found for p in c.participants if p.role == "accused"]


def test_an_organisation_before_counted_men_names_a_group_of_its_members(nlp: Language) -> None:
    """ "all the 16 Coastal Guard men": the men are ruled on, as a group of the force's
    members; the force itself is not the accused."""
    accused = _accused(
        nlp, "The court acquitted all the 16 Coastal Guard men in the dock riot case."
    )
    assert [(p.name, p.members) for p in accused] == [("Coastal Guard", "men")]


def test_the_group_however_the_parser_hangs_the_acronym(nlp: Language) -> None:
    """ "the 18 Harbour Security Force (HSF) men" parsed with "men" in apposition to the
    name and the acronym to it: still the men, and neither the force nor its acronym."""
    text = (
        "The appeals court upheld a verdict acquitting all the 18 Harbour Security Force (HSF) "
        "men in the 1991 dock riot in Northern Province."
    )
    accused = _accused(nlp, text)
    assert [(p.name, p.members) for p in accused] == [("Harbour Security Force", "men")]


def test_uncounted_personnel_of_a_force_stay_a_group(nlp: Language) -> None:
    """No list names them: the report's accused are the force's personnel, as a group."""
    text = (
        "All 18 accused Harbour Security Force (HSF) personnel in the dock riot case were "
        "acquitted by a district court on Monday."
    )
    accused = _accused(nlp, text)
    assert {(p.name, p.members) for p in accused} == {("Harbour Security Force", "personnel")}


def test_a_counted_group_a_later_list_names_is_those_people(nlp: Language) -> None:
    """ "acquitting all the 18 HSF men ... Those acquitted include X, Y and Z": the ruling
    is theirs, and the group (and "they" resolved to it) is no party of its own."""
    text = (
        "The appeals court upheld a verdict acquitting all the 18 Harbour Security Force (HSF) "
        "men in the 1991 dock riot in Northern Province and sentenced them to life. They were "
        "accused of killing nine dock workers. Those acquitted include Karim Dad, Salim Baig "
        "and Omar Tariq."
    )
    found = claims_of(nlp, text)
    assert not [p for c in found for p in c.participants if p.members]
    for name in ("Karim Dad", "Salim Baig", "Omar Tariq"):
        assert outcomes(found, name) == {"acquitted", "sentenced"}


def test_a_counted_group_no_list_names_stays_a_group(nlp: Language) -> None:
    """The group is dropped only where a list names its members: "13 workers of the X"
    convicted stay a group the audit counts for their party."""
    accused = _accused(nlp, "The court convicted 13 workers of the Harbour Party on Friday.")
    assert [(p.name, p.members) for p in accused] == [("Harbour Party", "workers")]


def test_the_organisation_a_leader_belongs_to_is_his_affiliation(nlp: Language) -> None:
    """ "X, a leader of the banned militant organisation Y": Y is named as X's
    organisation, and "militant" describes it there; the accusation is of no one."""
    text = (
        "The court asked Karim Dad, a leader of the banned militant organisation Harbour "
        "Front, to submit his statement."
    )
    assert "Harbour Front" not in {p.name for p in _accused(nlp, text)}


def test_an_organisation_described_as_militant_on_its_own_is_accused(nlp: Language) -> None:
    """The same words as the subject of an accusation accuse the organisation."""
    text = "The banned militant organisation Harbour Front was accused of the bombing."
    assert "Harbour Front" in {p.name for p in _accused(nlp, text)}


def test_a_people_in_apposition_to_the_accused_is_no_party(nlp: Language) -> None:
    """ "The four suspects, all ethnic Kurds, were charged": a people said of the accused
    (read as the claims read a people anywhere), never one party."""
    for text in (
        "The four suspects, all ethnic Kurds, were charged with helping the gunmen.",
        "The two defendants — both ethnic Albanians, one of whom is a Greek citizen — were "
        "accused of hiding the gunmen.",
    ):
        assert _accused(nlp, text) == [], text


def test_a_member_of_an_organisation_is_still_accused_by_name(nlp: Language) -> None:
    """Guards: "X, a leader of the Y, was convicted" convicts X; "Y worker X" arrests X."""
    text = "Karim Dad, a leader of the Harbour Front, was convicted of the bombing."
    assert {p.name for p in _accused(nlp, text)} == {"Karim Dad"}
    text = "Police arrested Harbour Party worker Salim Dar on Monday."
    assert {p.name for p in _accused(nlp, text)} == {"Salim Dar"}


def test_an_organisation_after_members_of_answers_in_its_own_clause(nlp: Language) -> None:
    """ "members of the X, which has denied any involvement": the relative clause is the
    organisation's own; naming its members does not make it their affiliation only."""
    text = (
        "The campaign against the law has also included members of the Harbour government, "
        "which has strongly denied any involvement in the bombing."
    )
    found = claims_of(nlp, text)
    assert any(
        c.kind == "denial" and any(p.name == "Harbour government" for p in c.participants)
        for c in found
    )
