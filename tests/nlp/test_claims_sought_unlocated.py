"""One the police looked for and did not come upon - "X could not be found at his house", "X
was not found when the team reached the village", "X has not been seen since the raid" -
stands accused as one "not traced" does (``nlp/claims/sought.py``, ``_looked_for``), on
invented sentences; never a verdict ("not found guilty"), an alibi in the past ("was not seen
at the scene"), a missing victim or a body; and the wordings of flight this branch read but
did not build, as strict xfails."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.records import Claim
from tests.nlp.test_claims import claims_of, roles


def _accused(found: list[Claim]) -> set[str]:
    return {p.name for c in found for p in c.participants if p.role == "accused"}


_UNLOCATED = {
    # locating verbs, any tense, with or without where they looked
    "A team has been sent to Gaya, but Munna Singh was not found at his house.": "Munna Singh",
    "That officer, customs inspector Hari Raj Adhikari, who assessed the consignments, has not "
    "reported for duty since the arrests and could not be found at his quarters in Dhunche.": (
        "Hari Raj Adhikari"
    ),
    "The broker, Tariq Aziz, could not be located when officers reached his office.": (
        "Tariq Aziz"
    ),
    "A fifth man, the owner's driver Jagdish Meena, who ferried the cartons, was not found.": (
        "Jagdish Meena"
    ),
    # seeing, in the perfect
    "The route supervisor, Anil Kale, 38, has not been seen at his home since the audit "
    "began, police said.": "Anil Kale",
    # (not "..., was declared a proclaimed offender": that phrase accuses him on its own)
    "Salman Qadri, a clerk of the cooperative, has not been seen since February.": "Salman Qadri",
    "The contractor, Pema Dorji, has not been seen in his village since March.": "Pema Dorji",
}


@pytest.mark.parametrize("text", sorted(_UNLOCATED))
def test_one_looked_for_and_not_found_is_accused(nlp: Language, text: str) -> None:
    found = claims_of(nlp, text)
    assert _UNLOCATED[text] in _accused(found), roles(found)


_NOT_SUSPECTS = {
    # a verdict: "found" with a complement
    "Kamran Ali was not found guilty of the murder.": "Kamran Ali",
    "The judge said Farooq Lodhi had not been found fit to stand trial.": "Farooq Lodhi",
    # the past of seeing: an alibi, not a flight
    "Kamran Ali was not seen at the scene, the witness said.": "Kamran Ali",
    # active: the court, the teller, found or saw no one
    "The court had not found any evidence against Kamran Ali.": "Kamran Ali",
    "Rehana Bibi told the court she had not seen who fired.": "Rehana Bibi",
    # a missing victim: a victim word on the subject, or a crime done to them since
    "The victim, Sana Bibi, has not been seen since Friday.": "Sana Bibi",
    "The girl, Sana Bibi, has not been seen since she was abducted last month.": "Sana Bibi",
    "The girl, Sana Bibi, has not been traced since she was abducted last month.": "Sana Bibi",
    # a body is no one looked for
    "The body of Rafiq Ahmed has not been found.": "Rafiq Ahmed",
}


@pytest.mark.parametrize("text", sorted(_NOT_SUSPECTS))
def test_no_suspect_in_a_verdict_an_alibi_or_a_missing_victim(nlp: Language, text: str) -> None:
    found = claims_of(nlp, text)
    assert _NOT_SUSPECTS[text] not in _accused(found), roles(found)


@pytest.mark.xfail(
    strict=True,
    reason="acc86: a bare 'is also wanted' with no offence, law or warrant in its phrase "
    "(lf22's shape, one case): 'wanted' alone is everyday too ('wanted at the desk')",
)
def test_one_also_wanted_with_no_offence_is_accused(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "A third person, Gopal Thapa, who carried the cans to shops on a cart, is also wanted "
        "after neighbours told police he filled them from a canal.",
    )
    assert "Gopal Thapa" in _accused(found), roles(found)


@pytest.mark.xfail(
    strict=True,
    reason="acc86: 'shown as absconding' in a charge sheet (lf17, lf23; one miss): a "
    "flight told by the verb of showing's 'as' phrase, not read",
)
def test_one_shown_as_absconding_is_accused(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The chargesheet names the owner, the manager Ravi Salve and the broker, Sunita Pawar, "
        "who is shown as absconding.",
    )
    assert "Sunita Pawar" in _accused(found), roles(found)


@pytest.mark.xfail(
    strict=True,
    reason="acc86: 'has been out of contact since' (lf5, one case): no verb of finding",
)
def test_one_out_of_contact_since_the_probe_is_accused(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Ram Prasad, a cousin of the ward chair, has been out of contact since the "
        "investigation began.",
    )
    assert "Ram Prasad" in _accused(found), roles(found)


# What the reading still takes for a search and should not: a missing person whose report
# tells no crime done to them in the same clause. No open set holds one (every named subject
# of the 19 "not found" / "not seen since" sentences of the open sets is accused in its gold).
_MISSING_NOT_SUSPECTS = {
    "The body of Rafiq Ahmed, who had not been seen since Friday, was recovered from a canal.": (
        "Rafiq Ahmed"
    ),
    "Rafiq Ahmed had not been seen since he left for work on Friday, his brother said.": (
        "Rafiq Ahmed"
    ),
}


@pytest.mark.xfail(
    strict=True,
    reason="acc86: a missing person told only by an ordinary leaving or a body found later "
    "is read as one the police look for; no open set holds the shape",
)
@pytest.mark.parametrize("text", sorted(_MISSING_NOT_SUSPECTS))
def test_a_missing_person_with_no_crime_told_is_no_suspect(nlp: Language, text: str) -> None:
    found = claims_of(nlp, text)
    assert _MISSING_NOT_SUSPECTS[text] not in _accused(found), roles(found)
