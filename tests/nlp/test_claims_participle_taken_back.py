"""A relative clause of taking back the parser hangs inside a participle's phrase on the
statement ("the admission attributed to X, which he had disowned", "the admissions made in his
police interview, which Mr X later repudiated"): the clause is the statement's, climbed to
through the participle (``TakingBack._relative_taken_back``). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CONVICTED = "Asif Mehmood was convicted of the murder of a shopkeeper in Mardan. "
_JAILED = "Kevin Doyle was jailed for the murder of a publican in Athlone. "


def test_admission_attributed_to_him_which_he_disowned(nlp: Language) -> None:
    text = _CONVICTED + (
        "The court said the police station admission attributed to Asif Mehmood, which he had "
        "disowned at every stage, carried no weight."
    )
    assert accused_of("retraction", nlp, text) == {"Asif Mehmood"}


def test_hyphened_police_station_is_custody(nlp: Language) -> None:
    # "police-station" as one word names custody as "police station" does
    text = _CONVICTED + (
        "The court said the police-station admission attributed to Asif Mehmood, which he had "
        "disowned at every stage, carried no weight."
    )
    assert accused_of("retraction", nlp, text) == {"Asif Mehmood"}


def test_admissions_made_in_interview_which_he_repudiated(nlp: Language) -> None:
    text = _JAILED + (
        "The appeal court said the admissions made in his third police interview, which Mr "
        "Doyle later repudiated at trial, should have been excluded."
    )
    assert accused_of("retraction", nlp, text) == {"Kevin Doyle"}


def test_lawyer_who_challenged_the_recorded_statement_takes_nothing_back(
    nlp: Language,
) -> None:
    # guard: the one who disputes the statement is counsel, not its maker
    text = _CONVICTED + (
        "The court relied on the statement recorded at the police station, which defence "
        "lawyer Imran Qureshi challenged at every hearing."
    )
    assert accused_of("retraction", nlp, text) <= {"Asif Mehmood"}
    assert "Imran Qureshi" not in accused_of("confession", nlp, text)
