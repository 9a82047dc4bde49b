"""A statement that is a confession by where it was made, told only as what a court weighs or a
lawyer attacks: "the judge relied on X's statement under Section 164", "the police-station
admission attributed to X", "his client's statement before the magistrate was extracted"
(``claims.placed_setting``, ``PlacedStatements``), and "his client" in "X, whose lawyer told
the court ..." (``Counsel._whose_lawyer``). Sentences and names are invented."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.readings import analysis_of, settings_of

_ARREST = "Police arrested Rashid Mehmood over the murder of a watchman in Sahiwal last year. "


def test_a_statement_under_section_164_is_a_judicial_confession(nlp: Language) -> None:
    text = _ARREST + "The judge relied on Mehmood's statement under Section 164 and a pistol."
    assert settings_of(analysis_of(nlp, text), "confession", "Rashid Mehmood") == {"judicial"}


def test_an_admission_attributed_to_him_at_a_police_station(nlp: Language) -> None:
    text = _ARREST + (
        "The bench said the police-station admission attributed to Mehmood carried no weight."
    )
    assert settings_of(analysis_of(nlp, text), "confession", "Rashid Mehmood") == {"custodial"}


def test_his_admission_to_the_investigators(nlp: Language) -> None:
    text = _ARREST + "The prosecutor read out Mehmood's admission to the investigators."
    assert settings_of(analysis_of(nlp, text), "confession", "Rashid Mehmood") == {"custodial"}


def test_a_statement_recorded_in_police_custody_by_its_participle(nlp: Language) -> None:
    # the participle that gives the statement, then where: "recorded in police custody"
    text = _ARREST + "The court set aside Mehmood's statement recorded in police custody."
    assert settings_of(analysis_of(nlp, text), "confession", "Rashid Mehmood") == {"custodial"}


def test_a_statement_made_in_court_by_its_participle_is_no_confession(nlp: Language) -> None:
    # "made in court" names no place where the law records a confession: his answer, maybe
    text = _ARREST + "The court noted Mehmood's statement made in court last week."
    assert settings_of(analysis_of(nlp, text), "confession", "Rashid Mehmood") == set()


def test_his_clients_statement_before_the_magistrate_whose_lawyer(nlp: Language) -> None:
    text = _ARREST + (
        "Mehmood, whose lawyer had argued that his client's statement before the magistrate "
        "was taken after a week of beatings in police custody, looked at the floor."
    )
    assert settings_of(analysis_of(nlp, text), "confession", "Rashid Mehmood") == {"judicial"}


def test_a_statement_before_the_magistrate_said_extracted_is_judicial(nlp: Language) -> None:
    # where it was made, not how it is said to have been got
    text = _ARREST + (
        "His lawyer said Mehmood's statement before the magistrate was extracted under torture."
    )
    assert settings_of(analysis_of(nlp, text), "confession", "Rashid Mehmood") == {"judicial"}


def test_a_witness_statement_before_the_magistrate_is_no_confession(nlp: Language) -> None:
    # guard: a witness records a statement before a magistrate too
    text = _ARREST + (
        "The watchman's brother, Tariq Nadeem, saw the shooting. The judge relied on Nadeem's "
        "statement before the magistrate."
    )
    assert settings_of(analysis_of(nlp, text), "confession", "Tariq Nadeem") == set()


def test_a_statement_to_the_court_is_no_confession(nlp: Language) -> None:
    # guard: an accused's statement to the court answers the charge as often as not
    text = _ARREST + "The judge said Mehmood's statement to the court was consistent."
    assert settings_of(analysis_of(nlp, text), "confession", "Rashid Mehmood") == set()


def test_in_his_statement_to_the_police_the_verb_decides(nlp: Language) -> None:
    # guard: a statement that frames what he said is no confession of itself
    text = _ARREST + "Mehmood, in his statement to the police, maintained he had been at home."
    assert settings_of(analysis_of(nlp, text), "confession", "Rashid Mehmood") == set()
