"""Statements told again as the confessions a report has named: "Two of the men have given
confessional statements ... X and Y gave their statements under Section 164 before a
magistrate" (``Settings._recorded_as_confession``: "their statements" of the kind told);
before whom a statement was given, read by the words after its participle where the parser
loses the phrase ("the statements given before the magistrate had been extracted ...":
``claims.given_before``); and "they" after a confession of two or more, where the report
follows one other accused (``Pronouns._confessors_just_before``). Sentences and names are
invented."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.readings import analysis_of, settings_of

_LEDE = (
    "Three of the five men arrested over the murder of a grocer in Comilla have given "
    "confessional statements before a court. "
)


def test_their_statements_after_a_lede_of_confessional_statements(nlp: Language) -> None:
    text = _LEDE + (
        "Habib Mollah, Selim Sarkar and Tareq Bepari, all workers at a dyeing mill, gave their "
        "statements under Section 164 before Judicial Magistrate Rehana Parvin on Monday, the "
        "court inspector said."
    )
    analysis = analysis_of(nlp, text)
    assert settings_of(analysis, "confession", "Habib Mollah") == {"judicial"}
    assert settings_of(analysis, "confession", "Tareq Bepari") == {"judicial"}


def test_her_statement_with_no_confession_told_is_no_confession(nlp: Language) -> None:
    # guard: a victim or witness records a Section 164 statement too
    text = (
        "Police arrested two men over the assault of a schoolgirl in Comilla. The girl's "
        "mother, Rehana Begum, gave her statement under Section 164 before a magistrate."
    )
    assert settings_of(analysis_of(nlp, text), "confession", "Rehana Begum") == set()


def test_the_statements_given_before_the_magistrate_are_judicial(nlp: Language) -> None:
    text = (
        "Police arrested Habib Mollah over the murder of a grocer. The court acquitted Selim "
        "Sarkar. At the trial both Tareq Bepari and Nurul Amin retracted their confessions. "
        "They told the tribunal that the statements given before the magistrate had been "
        "extracted after they were beaten during remand."
    )
    analysis = analysis_of(nlp, text)
    assert settings_of(analysis, "confession", "Tareq Bepari") == {"judicial"}
    assert settings_of(analysis, "confession", "Nurul Amin") == {"judicial"}
    assert settings_of(analysis, "confession", "Selim Sarkar") == set()


def test_they_after_one_confessor_is_not_bound_to_him(nlp: Language) -> None:
    # guard: one confessor is no "they"
    text = (
        "The court acquitted Selim Sarkar. At the trial Tareq Bepari retracted his confession. "
        "They told the tribunal that the statements given before the magistrate had been "
        "extracted."
    )
    analysis = analysis_of(nlp, text)
    assert settings_of(analysis, "confession", "Tareq Bepari") != {"custodial"}
