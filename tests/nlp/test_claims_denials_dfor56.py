"""The grammar dfor56 added to denials spoken for an accused by someone else: a defence title
in apposition to the lawyer's name that names the client ("Y, counsel for the cashier, said
her client ...", "Y, the cashier's lawyer, ..."), a participle of acting for set off between
the lawyer and his verb ("Y, appearing for X, said ...", ``Counsel._acting_for``), a bare
"the lawyer" who speaks of a description ("The driver never ..., the lawyer said",
``SpokenFor._spoken_for``), an adjective of being there negated ("was not present at the
warehouse", ``contact_denied.denies_being_at``) and an order refused ("had never told his
staff to use force", ``not_the_doer.denies_ever_doing``). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_TWO = "Police arrested cashier Corin Vasey and driver Pell Brady on Monday. "
_VICTIM = "Police said the shopkeeper, Tam Ruse, was robbed. "
_NAMED = "Brady's lawyer, Olan Reed, spoke after the hearing. "


def test_an_apposed_counsel_for_a_description_speaks_for_its_client(nlp: Language) -> None:
    text = _TWO + "Imke Dorsey, counsel for the cashier, told the court her client was innocent."
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_an_apposed_lawyer_owned_by_a_description_speaks_for_it(nlp: Language) -> None:
    text = _TWO + "Imke Dorsey, the cashier's lawyer, told the court her client was innocent."
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_an_apposed_counsel_for_a_victim_speaks_for_no_accused(nlp: Language) -> None:
    text = (
        _TWO + _VICTIM + "Imke Dorsey, counsel for the shopkeeper, told the court her client "
        "was innocent."
    )
    assert accused_of("denial", nlp, text) == set()


def test_a_participle_of_appearing_for_set_off_after_the_name(nlp: Language) -> None:
    text = _TWO + "Olan Reed, appearing for Brady, said his client was innocent."
    assert accused_of("denial", nlp, text) == {"Pell Brady"}


def test_a_titled_lawyer_appearing_for_a_description(nlp: Language) -> None:
    text = (
        _TWO + "Defence counsel Olan Reed, appearing for the driver, argued his client had "
        "never been near the warehouse."
    )
    assert accused_of("denial", nlp, text) == {"Pell Brady"}


def test_a_participle_set_off_with_no_one_acted_for(nlp: Language) -> None:
    # "speaking to reporters" names no client; two accused, so "his client" is no one
    text = _TWO + "Olan Reed, speaking to reporters, said his client was innocent."
    assert accused_of("denial", nlp, text) == set()


def test_appearing_for_the_complainant_speaks_for_no_accused(nlp: Language) -> None:
    text = _TWO + "Olan Reed, appearing for the complainant, said his client was innocent."
    assert accused_of("denial", nlp, text) == set()


def test_not_present_at_the_scene_is_denied_for_the_client(nlp: Language) -> None:
    text = _TWO + "Brady's lawyer said his client was not even present at the warehouse."
    assert accused_of("denial", nlp, text) == {"Pell Brady"}


def test_not_present_for_a_ruling_is_no_place(nlp: Language) -> None:
    text = _TWO + "Brady's lawyer said his client was not present for the ruling."
    assert accused_of("denial", nlp, text) == set()


def test_not_present_at_his_own_house_is_no_scene(nlp: Language) -> None:
    text = _TWO + "Brady's lawyer said his client was not present at his house."
    assert accused_of("denial", nlp, text) == set()


def test_never_telling_the_staff_to_do_it_is_an_order_refused(nlp: Language) -> None:
    text = _TWO + "Brady's lawyer said his client had never told his staff to use force."
    assert accused_of("denial", nlp, text) == {"Pell Brady"}


def test_never_telling_what_was_so_is_no_order(nlp: Language) -> None:
    text = _TWO + "Brady's lawyer said his client never told anyone he was at the warehouse."
    assert accused_of("denial", nlp, text) == set()


def test_never_told_to_do_it_is_no_order_given(nlp: Language) -> None:
    text = _TWO + "Brady's lawyer said his client was never told to open the crates."
    assert accused_of("denial", nlp, text) == set()


def test_a_bare_lawyer_named_before_speaks_of_the_description(nlp: Language) -> None:
    text = _TWO + _NAMED + "The driver never told any loader to open the crates, the lawyer said."
    assert accused_of("denial", nlp, text) == {"Pell Brady"}


def test_a_bare_lawyer_with_no_one_named_before_speaks_for_no_one(nlp: Language) -> None:
    text = _TWO + "The driver never told any loader to open the crates, the lawyer said."
    assert accused_of("denial", nlp, text) == set()
