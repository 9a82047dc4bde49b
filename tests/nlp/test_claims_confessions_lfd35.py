"""lfd35's readings of a confession: the crime's workings granted in custody as another's act
("admitted during questioning that the agency had paid each ghost worker a salary",
``granted_workings.admits_others_doing``), the admitted "that" clause the parser takes for an
adverbial one ("admitted to officers while in custody that he had agreed to race",
``granted_workings.adverbial_that_clauses``), and a confession "at the opening of the trial"
set before the court (``kinds.judicial``). Near misses: the grant negated, a state, done to the
admitter by his custodians, a pronoun's doing that is not his, a witness's concession, the same
words said in court or to reporters; and strict xfails for lf35's classes no other open set
held (not built)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings

_OSEI = "Police arrested Farida Osei over the payroll fraud. "


@pytest.mark.parametrize(
    ("text", "name", "setting"),
    [
        # another's doing, active, granted during questioning (Ghana-style police copy)
        (_OSEI + "Inspector Kofi Mensah said Osei had admitted during questioning that the "
         "agency had paid each ghost worker a monthly salary.", "Farida Osei", "custodial"),
        # a counted doer, told by a press office (Central Asian wire copy)
        ("Police in Almaty detained Nurlan Abenov over the fuel theft. According to the "
         "police press office, Abenov admitted during questioning that the two drivers took "
         "diesel from the tankers every night.", "Nurlan Abenov", "custodial"),
        # a price asked is no charge laid: "charged each candidate" (Nepali police copy)
        ("Police arrested Suman Thapa over the exam cheating. Inspector Ram Karki said Thapa had "
         "admitted during interrogation that the institute had charged each candidate Rs "
         "500,000 for a pass.", "Suman Thapa", "custodial"),
        # a passive whose "by" phrase names the doer (Indian police copy)
        ("Police arrested Meera Nair over the fake bills. Inspector Arun Das said she had "
         "admitted during interrogation that the invoices were printed by a shop in Kochi.",
         "Meera Nair", "custodial"),
        # the "that" clause behind a "while" clause: two marks, one adverbial clause
        ("Police detained Pablo Ruiz, 24, after the crash. Ruiz admitted to officers while in "
         "custody at the police station that he and another driver had agreed to race.",
         "Pablo Ruiz", "custodial"),
        # the "that" clause opened by a phrase: "that | for three years she had signed"
        ("Prosecutors charged Jana Novak over the grant fraud. Novak admitted during "
         "questioning that for three years she had signed the claims without visiting the "
         "farms.", "Jana Novak", "custodial"),
        # at the opening or the start of the trial: at the trial
        ("Prosecutors charged Diego Ferreyra over the crash. Ferreyra admitted the facts at "
         "the opening of the trial.", "Diego Ferreyra", "judicial"),
        ("Prosecutors charged Diego Ferreyra over the crash. Ferreyra confessed at the start "
         "of his trial.", "Diego Ferreyra", "judicial"),
    ],
)  # fmt: skip
def test_granted_in_custody_and_trial_opening(
    nlp: Language, text: str, name: str, setting: str
) -> None:
    assert accused_of("confession", nlp, text) == {name}
    assert settings(nlp, text, name) == {setting}


@pytest.mark.parametrize(
    "text",
    [
        # the grant negated: nothing done
        _OSEI + "Inspector Kofi Mensah said Osei had admitted during questioning that the "
        "agency had never paid any ghost worker.",
        # a state, not a doing
        _OSEI + "Osei admitted during questioning that the car was her brother's.",
        # done to her by those who hold her: her custody, not the crime
        _OSEI + "Osei admitted during questioning that the police had beaten her.",
        # "they": whose doing? not hers by this reading
        _OSEI + "Osei admitted during questioning that they had paid the workers in cash.",
        # a crime laid on another accuses him and confesses nothing of her own
        _OSEI + "Osei admitted during questioning that the manager had killed the guard.",
        # one other person's deed, crime word or not: laid on him ("steal" is no crime word)
        _OSEI + "Osei admitted during questioning that the manager had stolen the money.",
        _OSEI + "Osei admitted during questioning that the invoices were signed by Kwame Asante.",
        _OSEI + "Osei admitted during questioning that the guard had been shot by the manager.",
        # a witness questioned concedes such things too
        _OSEI + "Police also questioned the bookkeeper, Ama Boateng, as a witness. Boateng "
        "admitted during questioning that the agency had paid the workers in cash.",
        # said in court: a concession, not a grant in custody
        "Prosecutors charged Farida Osei over the payroll fraud. Osei admitted in court that "
        "the agency had paid the workers in cash.",
        # told to reporters, not to those who hold her
        _OSEI + "Osei told reporters outside the court that the agency had paid the workers "
        "in cash.",
        # the adverbial "that" clause said to reporters while on bail
        "Police detained Pablo Ruiz after the crash. Ruiz admitted to reporters while on bail "
        "that he and another driver had agreed to race.",
    ],
)
def test_granted_in_custody_near_misses(nlp: Language, text: str) -> None:
    assert accused_of("confession", nlp, text) == set()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the relative "whose" on an accused's statement to the police (Slovenian wire copy)
        ("Prosecutors indicted Luka Zupan and Marko Kos over the beehive thefts. The judge "
         "turned to Zupan, whose statement to police placed Kos at both villages.",
         "Luka Zupan"),
        # ... to the gendarmerie (West African copy)
        ("Gendarmes arrested Kossi Amegah over the land sales. Amegah, whose statement to the "
         "gendarmerie named the buyers, remains in custody.", "Kossi Amegah"),
    ],
)  # fmt: skip
def test_whose_statement_to_police(nlp: Language, text: str, name: str) -> None:
    assert accused_of("confession", nlp, text) == {name}
    assert settings(nlp, text, name) == {"custodial"}


@pytest.mark.parametrize(
    "text",
    [
        # a witness's statement to police: she is accused of nothing
        "Prosecutors indicted Luka Zupan over the beehive thefts. The judge thanked a "
        "neighbour, Ana Kralj, whose statement to police placed Zupan at the village.",
        # a statement set nowhere: no custody, no court
        "Prosecutors indicted Luka Zupan over the beehive thefts. Zupan, whose statement "
        "was short, left the court without speaking.",
    ],
)
def test_whose_statement_near_misses(nlp: Language, text: str) -> None:
    assert accused_of("confession", nlp, text) == set()


@pytest.mark.xfail(
    strict=True,
    reason="lf35-only class (no other open set misses it): 'the young man' standing for the "
    "accused named in the sentence before - not built",
)
def test_young_man_stands_for_the_accused(nlp: Language) -> None:
    text = (
        "The driver of the sedan, Pablo Ruiz, was detained at the scene. Police said the young "
        "man admitted to officers that he had raced the other car."
    )
    assert accused_of("confession", nlp, text) == {"Pablo Ruiz"}


def test_the_accused_in_an_officials_quote(nlp: Language) -> None:
    # Read since lfa35: "the accused" inside a quotation is never its speaker (speaker_focus).
    text = (
        "A cashier has been detained. The 41-year-old, identified by the prosecution as Omar "
        "Haddad, had worked at the branch for years. Colonel Salem Al Marri said an audit "
        'found the vault short. "The accused confessed during questioning that he took the '
        'cash over ten weeks," the colonel said.'
    )
    assert accused_of("confession", nlp, text) == {"Omar Haddad"}


@pytest.mark.xfail(
    strict=True,
    reason="lf35-only class: 'the statement of X, recorded by a magistrate under Section 183' "
    "(a participle on the statement, no giving verb) - not built",
)
def test_statement_of_x_recorded_by_magistrate(nlp: Language) -> None:
    text = (
        "Police arrested Ravi Gowda over the deaths. A key document is the statement of Ravi "
        "Gowda, recorded by a magistrate under Section 183 of the BNSS in May."
    )
    assert accused_of("confession", nlp, text) == {"Ravi Gowda"}
