"""Unit tests of the out34 readers of an outcome shared or granted: the list an earlier
clause names (``listed_objects``), a request a court grants in the same sentence
(``request_granted``), and the echo clause "as does Y" (``as_did``). Invented sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.listed_objects import listed_before
from corroborate.nlp.claims.request_granted import granting_verb
from tests.nlp.test_claims import claims_of, outcomes


def test_them_after_a_list_is_the_list(nlp: Language) -> None:
    doc = nlp("The judge charged Amir Khan and Bilal Javed and sent them to jail on remand.")
    them = next(t for t in doc if t.lower_ == "them")
    assert [t.text for t in listed_before(them)] == ["Khan", "Javed"]


def test_them_with_no_list_before_it_is_no_list(nlp: Language) -> None:
    doc = nlp("The judge heard the case and sent them to jail on remand.")
    them = next(t for t in doc if t.lower_ == "them")
    assert listed_before(them) == []


def test_two_lists_before_them_tell_nothing(nlp: Language) -> None:
    doc = nlp(
        "The judge charged Amir Khan and Bilal Javed with the murders of Sana Rauf and "
        "Omar Tariq and sent them to jail on remand."
    )
    them = next(t for t in doc if t.lower_ == "them")
    assert listed_before(them) == []


def test_a_request_granted_by_a_court_is_found(nlp: Language) -> None:
    doc = nlp("The prosecutor asked the court to remand both men, which the magistrate granted.")
    asked = next(t for t in doc if t.lemma_ == "ask")
    granted = granting_verb(asked, legal(), lambda v: True)
    assert granted is not None and granted.lemma_ == "grant"


def test_a_request_refused_or_granted_by_no_court_is_not(nlp: Language) -> None:
    doc = nlp("The prosecutor asked the court to remand both men, which the magistrate refused.")
    asked = next(t for t in doc if t.lemma_ == "ask")
    assert granting_verb(asked, legal(), lambda v: True) is None
    doc = nlp("The prosecutor asked the court to remand both men, which the police granted.")
    asked = next(t for t in doc if t.lemma_ == "ask")
    assert granting_verb(asked, legal(), lambda v: False) is None


def test_as_did_shares_the_outcome_and_a_lawyer_expecting_it_gets_none(nlp: Language) -> None:
    found = claims_of(nlp, "Nadia Shah was acquitted of fraud, as was her cousin Imran Shah.")
    assert outcomes(found, "Imran Shah") == {"acquitted"}
    found = claims_of(nlp, "Nadia Shah was acquitted, as her lawyer Imran Shah had predicted.")
    assert outcomes(found, "Imran Shah") == set()


def test_a_list_inside_another_verb_is_not_them(nlp: Language) -> None:
    doc = nlp(
        "The court convicted the Mehras for killing their son Arjun and Sunil and sent "
        "them to prison."
    )
    them = next(t for t in doc if t.lower_ == "them")
    assert listed_before(them) == []
