"""A statement that is a confession by where its own clause of giving says it was made, past
the words right after the noun: "a warning statement X made to detectives after his arrest",
"the disclosure attributed to him in police custody", "the admission attributed to X by the
SIT" (``claims.placed_setting._clause_setting``, ``PlacedStatements``); a counsel's "was a
creation of the investigating agency" takes it back (``kinds.coercion``); an admission "at a
hearing" and of manslaughter is made in court (``kinds.judicial``, ``pleaded_nouns``).
Sentences and names are invented."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.readings import analysis_of, settings_of

_ARREST = "Police arrested Themba Dube over the death of a cashier at a filling station. "


def test_a_statement_he_made_to_detectives_is_custodial(nlp: Language) -> None:
    text = _ARREST + "The state will rely on a warning statement Dube made to detectives in May."
    assert settings_of(analysis_of(nlp, text), "confession", "Themba Dube") == {"custodial"}


def test_a_statement_he_gave_to_a_titled_officer_is_custodial(nlp: Language) -> None:
    # the rank before the officer's name is the custodian ("Detective Sergeant")
    text = _ARREST + (
        "The defence objected to the statement Dube gave to Detective Sergeant Lindiwe Nkosi "
        "after his arrest."
    )
    assert settings_of(analysis_of(nlp, text), "confession", "Themba Dube") == {"custodial"}


def test_a_disclosure_attributed_to_him_in_police_custody(nlp: Language) -> None:
    text = _ARREST + "The disclosure attributed to Dube in police custody was set aside."
    assert settings_of(analysis_of(nlp, text), "confession", "Themba Dube") == {"custodial"}


def test_an_admission_attributed_to_him_by_the_sit(nlp: Language) -> None:
    text = _ARREST + "The court weighed the admission attributed to Dube by the SIT."
    assert settings_of(analysis_of(nlp, text), "confession", "Themba Dube") == {"custodial"}


def test_a_witness_statement_made_to_detectives_is_no_confession(nlp: Language) -> None:
    # a witness gives a statement to detectives too: only one the report accuses confesses
    text = _ARREST + "The state will rely on a statement Grace Mokoena made to detectives."
    assert settings_of(analysis_of(nlp, text), "confession", "Grace Mokoena") == set()


def test_counsel_calling_it_a_creation_of_the_agency_takes_it_back(nlp: Language) -> None:
    text = _ARREST + (
        "His counsel contended that the admission attributed to Dube by the JIT was a "
        "creation of the investigating agency."
    )
    found = analysis_of(nlp, text)
    assert settings_of(found, "confession", "Themba Dube") == {"custodial"}
    assert settings_of(found, "retraction", "Themba Dube")


def test_an_admission_at_a_hearing_is_judicial(nlp: Language) -> None:
    text = _ARREST + "Dube had admitted the robbery at a hearing in March, but denied murder."
    assert settings_of(analysis_of(nlp, text), "confession", "Themba Dube") == {"judicial"}


def test_admitting_manslaughter_is_a_plea_in_court(nlp: Language) -> None:
    found = analysis_of(nlp, _ARREST + "Dube, 41, of Rose Street, admitted manslaughter.")
    assert settings_of(found, "confession", "Themba Dube") == {"judicial"}
    assert any(
        c.kind == "ruling"
        and c.outcome == "convicted"
        and any(p.name == "Themba Dube" for p in c.participants)
        for c in found.claims
    )
