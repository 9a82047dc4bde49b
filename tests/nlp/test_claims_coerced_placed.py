"""A confession the report placed before a court, said coerced in a later sentence by a pronoun
or a bare "his statement", is that judicial confession - the coercion clause tells how it was
got, not a second confession made in custody (``coerced_placed``). Invented sentences and
names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of


def settings_of(nlp: Language, text: str, name: str) -> set[str | None]:
    """The settings of every confession the text's claims hold against ``name``."""
    return {
        c.setting
        for c in claims_of(nlp, text)
        if c.kind == "confession"
        and any(p.name == name and p.role == "accused" for p in c.participants)
    }


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (  # Urdu-press English: "it", the retraction's clause of saying
            "Police arrested Zubair Ahmed for the murder of a tailor in Sahiwal. Zubair Ahmed "
            "recorded his confession before a judicial magistrate. At the trial, Zubair Ahmed "
            "retracted it, saying it had been beaten out of him by the police.",
            "Zubair Ahmed",
        ),
        (  # Bangladeshi district copy: counsel, "the statement", in remand
            "Detectives arrested Shafiqul Islam over the killing of a grocer in Jessore. "
            "Shafiqul Islam gave a confessional statement before a metropolitan magistrate. "
            "His lawyer told the court the statement had been extracted under torture in remand.",
            "Shafiqul Islam",
        ),
        (  # Nepali English: the surname resiles from "his statement", "under police pressure"
            "Police arrested Bikash Thapa over the death of a trekker in Pokhara. Bikash "
            "Thapa confessed before the district judge. Thapa later resiled from his "
            "statement, claiming it was made under police pressure.",
            "Bikash Thapa",
        ),
        (  # Indian legal news: "the confession", given under torture by the police
            "The police arrested Ravi Kumar for the murder of a moneylender in Meerut. Ravi "
            "Kumar's confession was recorded by a magistrate under Section 164. Ravi Kumar "
            "told the court that the confession had been given under torture by the police.",
            "Ravi Kumar",
        ),
    ],
)
def test_a_placed_confession_said_coerced_stays_judicial(
    nlp: Language, text: str, name: str
) -> None:
    assert settings_of(nlp, text, name) - {"unknown"} == {"judicial"}


def test_a_confession_to_the_police_told_as_well_keeps_its_custody(nlp: Language) -> None:
    # guard: the report told a confession to the police too; "the statement" may be that one
    text = (
        "Police arrested Yasir Khan for the killing of a guard in Quetta. Yasir Khan first "
        "confessed to the CTD. Yasir Khan later confessed before a judicial magistrate. At the "
        "trial Yasir Khan said the statement had been beaten out of him by the CTD."
    )
    assert settings_of(nlp, text, "Yasir Khan") >= {"custodial", "judicial"}


def test_a_statement_placed_by_its_own_phrase_keeps_its_custody(nlp: Language) -> None:
    # guard: the statement names its own place ("made to the CTD"): not the court's one
    text = (
        "Police arrested Zubair Ahmed for the murder of a tailor in Sahiwal. Zubair Ahmed "
        "recorded his confession before a judicial magistrate. Zubair Ahmed later told the court "
        "that the statement he had made to the CTD had been extracted under torture."
    )
    assert "custodial" in settings_of(nlp, text, "Zubair Ahmed")


def test_a_co_accused_who_never_confessed_in_court_keeps_custody(nlp: Language) -> None:
    # guard: another accused's judicial confession places nothing of his
    text = (
        "Police arrested Adnan Shah and Faisal Butt over a bank robbery in Gujranwala. Adnan "
        "Shah recorded his confession before a judicial magistrate. Faisal Butt told the court "
        "his statement had been extracted under torture by the police."
    )
    assert "judicial" not in settings_of(nlp, text, "Faisal Butt")
    assert settings_of(nlp, text, "Adnan Shah") == {"judicial"}


def test_a_witness_said_coerced_moves_no_confession(nlp: Language) -> None:
    # guard: a witness's statement said coerced is no confession of the accused's
    text = (
        "Police arrested Kamran Iqbal for the murder of a shopkeeper in Okara. Kamran Iqbal "
        "recorded his confession before a magistrate. A witness, Tariq Mehmood, told the court "
        "his own statement had been extracted under torture."
    )
    assert settings_of(nlp, text, "Kamran Iqbal") == {"judicial"}
    assert settings_of(nlp, text, "Tariq Mehmood") == set()


def test_a_statement_only_tendered_in_court_keeps_its_custody(nlp: Language) -> None:
    # guard: a statement tendered at an inquiry was made elsewhere; its sentence places no
    # confession before a court by its words, so the lock-ups stay where it was got
    text = (
        "Police arrested Lennox Greene over the killing of a boatman in Linden. During the "
        "inquiry, Greene's confession statement was tendered through the investigating rank, "
        "Corporal Dean Alleyne. Greene's attorney objected, telling the court that the "
        'statement had been "beaten out of" his client in the Linden police lock-ups.'
    )
    assert "custodial" in settings_of(nlp, text, "Lennox Greene")
