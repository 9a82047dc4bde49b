"""Unit tests of the out50 readings: "them" in a relative clause stands for the list the
clause it hangs in acted on, never the relative's own antecedent (``listed_before``); and
the accused a court's reported words told of is the he or she the next sentence sends to
prison (``court_told``; the construction cases are in ``ruling_constructions.json``,
family "told by the court"); and a past participle the parser joined to the participle of a
passive's police agent is that passive's next predicate (``passive_beyond_agent``).
Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims.hung_subject import passive_beyond_agent
from corroborate.nlp.claims.listed_objects import listed_before
from tests.nlp.test_claims import claims_of, outcomes


def _them(nlp: Language, text: str) -> list[str]:
    doc = nlp(text)
    them = next(t for t in doc if t.lower_ == "them")
    return [t.text for t in listed_before(them)]


def test_them_in_a_relative_clause_is_the_list_produced(nlp: Language) -> None:
    text = (
        "The three men in custody - Amir Khan, Bilal Javed and Omar Tariq - were produced "
        "before judge Nasreen Lodhi, who handed them over to police on five-day remand."
    )
    assert _them(nlp, text) == ["Khan", "Javed", "Tariq"]


def test_them_in_a_relative_clause_is_never_its_antecedent(nlp: Language) -> None:
    text = (
        "Amir Khan and Bilal Javed complained to magistrates Nasreen Lodhi and Sana Rauf, "
        "who sent them to jail."
    )
    assert _them(nlp, text) == []
    found = claims_of(nlp, text)
    assert outcomes(found, "Nasreen Lodhi") == outcomes(found, "Sana Rauf") == set()


def test_them_after_a_list_handed_to_a_relative_antecedent(nlp: Language) -> None:
    text = (
        "Police handed Amir Khan and Bilal Javed to magistrate Nasreen Lodhi, who sent them "
        "to jail on judicial remand."
    )
    assert _them(nlp, text) == ["Khan", "Javed"]
    found = claims_of(nlp, text)
    assert outcomes(found, "Amir Khan") == outcomes(found, "Bilal Javed") == {"remanded"}


def test_a_participle_after_the_police_agent_is_the_passive_s_next(nlp: Language) -> None:
    doc = nlp(
        "Danish Latif was taken into custody by police waiting in the corridor and later "
        "sent to jail by a magistrate."
    )
    sent = next(t for t in doc if t.lower_ == "sent")
    taken = passive_beyond_agent(sent)
    assert taken is not None and taken.lower_ == "taken"
    doc = nlp("Danish Latif was attacked by youths wielding knives and later jailed.")
    assert passive_beyond_agent(next(t for t in doc if t.lower_ == "jailed")) is None
