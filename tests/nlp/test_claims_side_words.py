"""Words of denying said by the accused's side, given to the one the side is tied to
(``claims.side_words``): "His lawyer, Y, said his client had never dealt in ...", "X's
counsel, Y, said ...", "Y, X's lawyer, said ...", "His wife, Z, said her husband had never
...", '"My client never went near ...," his lawyer, Y, said' - and near misses: the victim's
brother and wife, a prosecutor, "did not deny", and a side that speaks of no accused.
Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_HELD = "Police in Sahiwal arrested Tariq Javed on Monday for selling adulterated ghee. "
_KILLED = "Police in Bogura arrested Rasel Mia for killing a grocer. "


def test_his_lawyer_named_in_apposition(nlp: Language) -> None:
    text = _HELD + "His lawyer, Kamran Naqvi, said his client had never dealt in ghee."
    assert accused_of("denial", nlp, text) == {"Tariq Javed"}


def test_the_accuseds_counsel_named_in_apposition(nlp: Language) -> None:
    text = _HELD + "Javed's counsel, Kamran Naqvi, said his client had never dealt in ghee."
    assert accused_of("denial", nlp, text) == {"Tariq Javed"}


def test_the_name_first_then_the_side(nlp: Language) -> None:
    text = _HELD + "Kamran Naqvi, Javed's lawyer, said his client had never dealt in ghee."
    assert accused_of("denial", nlp, text) == {"Tariq Javed"}


def test_his_wife_named_in_apposition(nlp: Language) -> None:
    text = _HELD + "His wife, Rukhsana Bibi, said her husband had never dealt in ghee."
    assert accused_of("denial", nlp, text) == {"Tariq Javed"}


def test_his_brother_on_the_van(nlp: Language) -> None:
    text = _HELD + "His brother, Asif Javed, said the van had never stopped at the depot."
    assert accused_of("denial", nlp, text) == {"Tariq Javed"}


def test_a_quotation_before_the_named_lawyer(nlp: Language) -> None:
    text = _HELD + '"My client never went near that depot," his lawyer, Kamran Naqvi, said.'
    assert accused_of("denial", nlp, text) == {"Tariq Javed"}


def test_the_victims_brother_denies_for_no_accused(nlp: Language) -> None:
    text = _KILLED + "The grocer's brother, Sohel Rana, said the police had never visited the shop."
    assert accused_of("denial", nlp, text) == set()


def test_the_victims_wife_on_the_accused(nlp: Language) -> None:
    text = _KILLED + "The grocer's wife, Shirin Akter, said Mia had never apologised."
    assert accused_of("denial", nlp, text) == set()


def test_a_prosecutor_says_never(nlp: Language) -> None:
    text = _KILLED + "Prosecutor Abdul Hannan said the accused had never shown remorse."
    assert accused_of("denial", nlp, text) == set()


def test_a_lawyer_who_did_not_deny(nlp: Language) -> None:
    text = _KILLED + "His lawyer, Abdul Hannan, said his client did not deny being at the shop."
    assert accused_of("denial", nlp, text) == set()


def test_a_lawyer_clearing_the_firm(nlp: Language) -> None:
    text = (
        "Police arrested Tariq Javed, a driver for Indus Dairy Ltd, for selling adulterated "
        "ghee. His lawyer, Kamran Naqvi, said the company had never sold loose ghee."
    )
    assert accused_of("denial", nlp, text) == set()


def test_a_lawyer_on_the_prosecutions_deed(nlp: Language) -> None:
    # what the other side never did clears no one
    text = _HELD + "His lawyer, Kamran Naqvi, said the prosecution had never tested the ghee."
    assert accused_of("denial", nlp, text) == set()


def test_a_lawyer_on_his_clients_character(nlp: Language) -> None:
    text = _HELD + "His lawyer, Kamran Naqvi, said his client had never been in trouble before."
    assert accused_of("denial", nlp, text) == set()


def test_a_lawyer_putting_his_client_away_from_the_place(nlp: Language) -> None:
    text = _HELD + "His lawyer, Kamran Naqvi, said his client had never been to the godown."
    assert accused_of("denial", nlp, text) == {"Tariq Javed"}
