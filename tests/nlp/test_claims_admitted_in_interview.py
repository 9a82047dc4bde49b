"""An admission made where the police hold the accused, told round about: "his recorded
interview with FBI agents, in which he admitted placing the call" (the parser hangs the "in
which" clause on the phrase's last noun; ``Settings._where_which`` reads the phrase from the
noun it is on), and a second co-ordinated content clause that tells his own deed ("admitted
during questioning that the alarm had sounded and that he had switched it off",
``OwnAdmissions._admits_own_deed_told_there``), or his own part ("admitted his involvement",
``OwnAdmissions._own_part``). Sentences and names are invented."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.readings import analysis_of, settings_of

_CHARGED = "Police charged Wade Morton over a hoax call that led to a death. "


def test_an_interview_with_agents_in_which_he_admitted(nlp: Language) -> None:
    text = _CHARGED + (
        "His lawyers asked the judge to throw out his recorded interview with FBI agents, in "
        "which he allegedly admitted placing the call."
    )
    assert settings_of(analysis_of(nlp, text), "confession", "Wade Morton") == {"custodial"}


def test_an_interview_with_a_reporter_in_which_he_admitted_is_not_custodial(
    nlp: Language,
) -> None:
    text = _CHARGED + (
        "His lawyers asked the judge to throw out his recorded interview with a reporter, in "
        "which he allegedly admitted placing the call."
    )
    assert "custodial" not in settings_of(analysis_of(nlp, text), "confession", "Wade Morton")


def test_his_own_deed_in_a_second_coordinated_clause(nlp: Language) -> None:
    text = _CHARGED + (
        "Morton admitted during questioning that the alarm had sounded twice and that he had "
        "switched it off."
    )
    assert settings_of(analysis_of(nlp, text), "confession", "Wade Morton") == {"custodial"}


def test_coordinated_clauses_of_others_deeds_confess_nothing(nlp: Language) -> None:
    text = _CHARGED + (
        "Morton admitted during questioning that the alarm had sounded twice and that the "
        "manager had switched it off."
    )
    assert settings_of(analysis_of(nlp, text), "confession", "Wade Morton") == set()


_ARRESTED = "Police arrested Joseph Mwale over the killing of a guard at a copper mine. "


def test_his_own_part_admitted_under_interrogation(nlp: Language) -> None:
    # "his role", "his involvement": his part in what the questions are about
    text = _ARRESTED + "During interrogation Mwale admitted his involvement, police said."
    assert settings_of(analysis_of(nlp, text), "confession", "Joseph Mwale") == {"custodial"}


def test_his_role_in_something_named_that_is_no_crime(nlp: Language) -> None:
    text = _ARRESTED + "Mwale admitted his role in the club at a press conference."
    assert settings_of(analysis_of(nlp, text), "confession", "Joseph Mwale") == set()
