"""The grammar dfor54 added to denials spoken for an accused by someone else: a deed refused
down to its least part under a plain "not" ("her client had not taken a single coin", "he did
not sell any land", ``none_of_it.denies_any_of_it``), a place one was never near
("had never been near the warehouse") or never inside "in his life"
(``contact_denied.denies_being_at``), and an office of the case that is never the one a
lawyer speaks for ("the prosecution had not produced a single witness",
``SpokenFor._spoken_for``); and "knew nothing of" the thing (``no_part.denies_knowing``).
Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_TWO = "Police arrested cashier Corin Vasey and driver Pell Brady on Monday. "


def test_a_single_coin_not_taken_is_denied_for_the_client(nlp: Language) -> None:
    text = _TWO + "Vasey's lawyer, Imke Dorsey, said her client had not taken a single coin."
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_a_description_that_entered_not_a_single_one(nlp: Language) -> None:
    text = _TWO + "Vasey's lawyer said the cashier had not entered a single one of the invoices."
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_any_thing_not_sold_is_denied_for_the_brother(nlp: Language) -> None:
    text = _TWO + "Brady's brother, Olan Brady, said the driver did not sell any land."
    assert accused_of("denial", nlp, text) == {"Pell Brady"}


def test_anything_not_stolen_is_denied_for_the_client(nlp: Language) -> None:
    text = _TWO + "His lawyer told the court that Brady did not steal anything."
    assert accused_of("denial", nlp, text) == {"Pell Brady"}


def test_a_plain_not_with_no_count_denies_nothing(nlp: Language) -> None:
    # "did not attend the meeting" may tell one occasion missed
    text = _TWO + "Vasey's lawyer said her client did not attend the meeting."
    assert accused_of("denial", nlp, text) == set()


def test_one_of_several_is_no_count_to_nothing(nlp: Language) -> None:
    text = _TWO + "Vasey's lawyer said her client had not sold one of the cars."
    assert accused_of("denial", nlp, text) == set()


def test_what_is_to_come_is_no_deed_refused(nlp: Language) -> None:
    text = _TWO + "Vasey's wife said the family would not accept any compromise."
    assert accused_of("denial", nlp, text) == set()


def test_a_line_not_read_is_no_deed_refused(nlp: Language) -> None:
    # a statement signed unread is a retraction's reading, not a denial of the deed
    text = _TWO + "Vasey's lawyer said her client had not read one line of the statement."
    assert accused_of("denial", nlp, text) == set()


def test_the_prosecution_is_never_the_one_spoken_for(nlp: Language) -> None:
    text = _TWO + "Vasey's lawyer said the prosecution had not produced a single witness."
    assert accused_of("denial", nlp, text) == set()


def test_one_the_report_accuses_of_nothing_is_cleared_of_nothing(nlp: Language) -> None:
    text = (
        _TWO + "The shopkeeper's brother, Ode Lark, said Lark had not taken a single coin "
        "from anyone."
    )
    assert accused_of("denial", nlp, text) == set()


def test_never_been_near_the_scene_is_denied_for_the_client(nlp: Language) -> None:
    text = _TWO + "Vasey's lawyer said her client had never been near the warehouse."
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_never_inside_in_his_life_is_denied_for_the_client(nlp: Language) -> None:
    text = _TWO + "Brady's lawyer said his client had never been inside that garage in his life."
    assert accused_of("denial", nlp, text) == {"Pell Brady"}


def test_never_in_trouble_in_his_life_denies_nothing(nlp: Language) -> None:
    text = _TWO + "Brady's lawyer said his client had never been in trouble in his life."
    assert accused_of("denial", nlp, text) == set()


def test_knowing_nothing_of_the_thing_is_denied_for_the_client(nlp: Language) -> None:
    text = _TWO + "Vasey's lawyer said her client knew nothing of the parcels in the van."
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_knowing_nothing_of_no_thing_denies_nothing(nlp: Language) -> None:
    # a bare "knew nothing" names no thing not known
    text = _TWO + "Vasey's lawyer said her client knew nothing."
    assert accused_of("denial", nlp, text) == set()


def test_a_witness_knowing_nothing_clears_no_one(nlp: Language) -> None:
    text = _TWO + "The depot manager, Ode Lark, said he knew nothing of the parcels."
    assert accused_of("denial", nlp, text) == set()


def test_the_prosecution_never_doing_a_deed_is_no_denial_for_the_client(nlp: Language) -> None:
    # read for the client before: a description counsel speaks of stood for the client
    text = _TWO + "Vasey's lawyer said the prosecution had never questioned the trader."
    assert accused_of("denial", nlp, text) == set()
