"""``subject_beyond_relative``: the pronoun object of a relative clause is the subject of the
clause the relative hangs in ("X was produced before M, who remanded him": X) - branch
out35."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims.relative_object import (
    patient_beyond_relative,
    relative_antecedent,
    subject_beyond_relative,
)
from tests.nlp.test_claims import claims_of, outcomes


def _beyond(nlp: Language, text: str) -> str | None:
    doc = nlp(text)
    pronoun = next(t for t in doc if t.lower_ == "him")
    subject = subject_beyond_relative(pronoun)
    return None if subject is None else subject.text


def test_the_subject_of_the_clause_the_relative_hangs_in(nlp: Language) -> None:
    text = "Salim Qazi was produced before Magistrate Nida Ali, who remanded him to jail."
    assert _beyond(nlp, text) == "Qazi"


def test_no_subject_beyond_an_object_pronoun_of_a_main_clause(nlp: Language) -> None:
    assert _beyond(nlp, "Magistrate Nida Ali remanded him to jail on Monday.") is None


def test_the_bound_accused_is_remanded_not_the_last_arrested(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Police arrested Salim Qazi and Faheem Dar on Monday. Constable Arif Lone was "
        "suspended and arrested on Tuesday. Salim was produced before Magistrate Nida Ali, "
        "who remanded him to three days' police custody.",
    )
    assert outcomes(found, "Salim Qazi") == {"remanded"}
    assert outcomes(found, "Arif Lone") == set()


def _patient(nlp: Language, text: str, word: str = "him") -> str | None:
    doc = nlp(text)
    pronoun = next(t for t in doc if t.lower_ == word)
    subject = patient_beyond_relative(pronoun)
    return None if subject is None else subject.text


def test_a_description_is_the_subject_beyond_the_relative(nlp: Language) -> None:
    # out63: the subject need not be a name; the pronoun is read as that subject is
    text = "The owner, 62, was produced before a sessions court, which handed him to police."
    assert _patient(nlp, text) == "owner"


def test_a_subject_shared_with_an_earlier_verb_of_a_coordination(nlp: Language) -> None:
    text = (
        "Demir was detained at his shop in Izmir on Saturday and taken before a magistrate "
        "on Sunday, who sent him to prison pending trial."
    )
    assert _patient(nlp, text) == "Demir"


def test_no_patient_where_the_clause_has_an_object_of_its_own(nlp: Language) -> None:
    # "Police produced X before M, who sent him": him is X, not the police
    text = "The police produced the driver before a magistrate, who sent him to jail."
    assert _patient(nlp, text) is None


def test_a_relative_hung_on_the_verb_stands_on_the_court(nlp: Language) -> None:
    doc = nlp(
        "Both were produced before the Jamalpur Chief Judicial Magistrate's Court on Friday, "
        "which sent them to jail."
    )
    clause = next(t for t in doc if t.lower_ == "sent")
    antecedent = relative_antecedent(clause)
    assert antecedent is not None and antecedent.text == "Court"  # never "Friday"
