"""Names that stand where an accused would and accuse no one (prec48), on invented sentences:
a place that modifies the noun of one unnamed person or thing ("a Lurgan man",
``one_member.modifies_an_unnamed``), a dateline that writes its day first ("Kerewan, 4 June -",
``nlp.datelines``), a body the sentence gives an investigator's part, whatever clause the
parse hangs it on (``SentenceDrafts._no_body_on_the_case``), and the prosecution's side named
as a party ("the State", ``ledger.link._on_the_bench``). Each with a near miss that still
names its accused."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.datelines import datelines
from tests.ledger.invented import accused_names
from tests.nlp.test_claims import accused_of, claims_of


def _all_accused(nlp: Language, text: str) -> set[str]:
    return {p.name for c in claims_of(nlp, text) for p in c.participants if p.role == "accused"}


def test_a_place_before_one_unnamed_man_is_no_accused(nlp: Language) -> None:
    assert _all_accused(nlp, "The jury has found a Lurgan man guilty of arson.") == set()
    assert _all_accused(nlp, "A court has found a Douglas man guilty of fraud.") == set()


def test_a_name_found_guilty_is_still_the_accused(nlp: Language) -> None:
    assert "Peter Lurgan" in accused_of(
        "ruling", nlp, "The jury has found Peter Lurgan guilty of arson.", "convicted"
    )


def test_the_name_apposed_to_a_placed_man_is_the_accused(nlp: Language) -> None:
    text = "Police arrested a Hamilton landlord, Peter Vance, on Monday."
    assert _all_accused(nlp, text) == {"Peter Vance"}


def test_a_dateline_with_the_day_first_is_a_dateline() -> None:
    assert len(datelines("Kerewan, 4 June - A trader has been charged with fraud.")) == 1
    assert len(datelines("Kerewan, 4 June 2025 - A trader has been charged.")) == 1


def test_a_name_and_an_age_is_no_dateline() -> None:
    assert datelines("Kerewan Jallow, 42 - a trader - was charged with fraud.") == []


def test_a_charge_under_a_day_first_dateline_accuses_no_place(nlp: Language) -> None:
    text = (
        "Kerewan, 4 June - A trader and a clerk have been charged at the Kerewan "
        "Magistrates' Court with forgery."
    )
    assert "Kerewan" not in _all_accused(nlp, text)


def test_a_police_office_that_tells_the_arrest_is_not_arrested(nlp: Language) -> None:
    text = (
        "Police have arrested a cook over the theft of a tourist's camera last week, the "
        "Regional Police Office, Pokhara said on Monday."
    )
    assert "Regional Police Office" not in _all_accused(nlp, text)


def test_an_officer_arrested_is_still_the_accused(nlp: Language) -> None:
    assert "Tom Hale" in accused_of("arrest", nlp, "Inspector Tom Hale was arrested on Friday.")


def test_the_state_as_a_party_is_never_accused(nlp: Language) -> None:
    accused = accused_names(
        nlp,
        "The High Court convicted Joseph Banda of murder on Monday. The judge said the State"
        " had proved its case beyond reasonable doubt.",
    )
    assert "Joseph Banda" in accused
    assert "State" not in accused


def test_a_group_whose_name_ends_in_state_stays_a_party(nlp: Language) -> None:
    accused = accused_names(
        nlp, "The Northern Free State claimed responsibility for the bombing of the bridge."
    )
    assert "Northern Free State" in accused


def test_a_surname_before_a_man_may_still_tell_the_man(nlp: Language) -> None:
    text = "Kevin Lurgan was arrested in May. A jury has found a Lurgan man guilty of arson."
    assert "Kevin Lurgan" in accused_of("ruling", nlp, text, "convicted")


def test_a_force_named_by_its_acronym_that_investigates_is_no_doer(nlp: Language) -> None:
    text = "His client had been assaulted by CID officers before he was taken to the Magistrate."
    assert "CID" not in _all_accused(nlp, text)
