"""The fellow items of a list one of whom a claim makes the accused
(``nlp/claims/list_fellows.py``), on invented sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.records import Claim
from tests.nlp.test_claims import claims_of, outcomes, roles


def _accused(found: list[Claim], kind: str) -> set[str]:
    return {p.name for c in found if c.kind == kind for p in c.participants if p.role == "accused"}


def test_an_item_before_an_alias_and_a_description_confesses_too(nlp: Language) -> None:
    # the parser reads "alias" as a verb whose object heads the rest of the list
    found = claims_of(
        nlp,
        "Boatman Abul Bashar alias Bashar Majhi and crew member Rafiqul Islam gave "
        "confessional statements under Section 164 before a magistrate on Monday.",
    )
    assert {"Boatman Abul Bashar", "Rafiqul Islam"} <= _accused(found, "confession"), roles(found)


def test_items_after_a_plural_description_tagged_a_verb_are_charged(nlp: Language) -> None:
    # "constables" is tagged a verb, which ends the parse's list
    found = claims_of(
        nlp,
        "The judge indicted former SHO Tariq Mahmood Gondal, ASI Nadeem Anwar and constables "
        "Shakeel Ahmed and Rizwan Haider alias Billa.",
    )
    assert {"Shakeel Ahmed", "Rizwan Haider"} <= _accused(found, "charge"), roles(found)


def test_a_gapped_ruling_sentences_each_item_to_its_term(nlp: Language) -> None:
    found = claims_of(
        nlp, "The court sentenced Rashid Lashari to death and Bilal Shah to life imprisonment."
    )
    assert outcomes(found, "Bilal Shah") == {"sentenced"}, roles(found)


def test_a_gapped_passive_ruling_with_a_description(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "Imran Jatoi was sentenced to life imprisonment, and warder Akbar Ali Mahar to seven "
        "years.",
    )
    assert outcomes(found, "Akbar Ali Mahar") == {"sentenced"}, roles(found)


def test_a_victim_after_the_term_is_no_gapped_item(nlp: Language) -> None:
    found = claims_of(
        nlp, "The court sentenced Kamran Ali to death for the murder of Bilal Shah in 2019."
    )
    assert "Bilal Shah" not in _accused(found, "ruling"), roles(found)


def test_the_speaker_after_a_list_is_no_item_of_it(nlp: Language) -> None:
    found = claims_of(
        nlp, "Police arrested Tariq Bhatti and Salman Gujjar, Inspector Zahid Warraich said."
    )
    assert "Zahid Warraich" not in _accused(found, "arrest"), roles(found)


def test_an_owner_apposed_to_an_item_is_no_item(nlp: Language) -> None:
    found = claims_of(
        nlp, "The court acquitted Shanti Devi Rana, Hari Bahadur Rana's sister-in-law."
    )
    assert "Hari Bahadur Rana" not in _accused(found, "ruling"), roles(found)


def test_a_complainant_in_the_list_is_no_fellow(nlp: Language) -> None:
    found = claims_of(
        nlp, "Judge Amna Sial acquitted Tariq Bhatti and complainant Salman Gujjar wept."
    )
    assert "Salman Gujjar" not in _accused(found, "ruling"), roles(found)


def test_an_item_named_with_its_alias_is_one_person(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The judge indicted Kamal Hossain, Rezaul Karim alias Tota Mia, Selim Reza and "
        "Jamal Uddin after rejecting their discharge petitions.",
    )
    charged = _accused(found, "charge")
    assert not {"Rezaul Karim", "Tota Mia"} <= charged, charged


def test_a_chargesheet_set_off_by_a_long_phrase_names_its_list(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The police chargesheet, filed in March before the court of the Chief Judicial "
        "Magistrate, names Dr Sinha, broker Ravi Tiwari, agent Sunil Yadav alias Pappu and "
        "nurse Rekha Chauhan under the Act.",
    )
    charged = _accused(found, "charge")
    assert {"Sinha", "Ravi Tiwari", "Sunil Yadav", "Rekha Chauhan"} <= charged, charged
    assert "Judicial Magistrate" not in charged, charged


def test_an_organisation_ner_cut_after_an_office_is_no_fellow(nlp: Language) -> None:
    # NER types the tail of the organisation's name a person; its first word stands
    # between that "name" and the "of" of the office before it
    found = claims_of(
        nlp,
        "Sohel Rana, former general secretary of the hall unit of Jatiya Yuva Mancha, and "
        "Tareq Aziz alias Tutul got the death penalty.",
    )
    names = _accused(found, "ruling")
    assert {"Sohel Rana", "Tareq Aziz"} <= names, roles(found)
    assert not any("Mancha" in n for n in names), names
