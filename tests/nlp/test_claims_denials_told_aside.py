"""Denials the accused's side tells aside from a verb of denying: an accusation made out of
enmity ("implicated out of rivalry", ``Answers._by_rivals``), what the accused will prove
("would prove at the trial that he was in Nakuru", ``Answers._proved_by_the_side``), a tie
refused to the deed a pronoun points back to ("I had nothing to do with it"). Invented
sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_ARRESTED = (
    "ELDORET: Police on Monday arrested herder Daniel Otieno Ouma over the killing of two "
    "traders at a cattle market. "
)


def test_implicated_out_of_rivalry_told_by_a_father(nlp: Language) -> None:
    text = _ARRESTED + "His father, Peter Ouma, claimed his son had been implicated out of rivalry."
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


def test_named_because_of_an_old_enmity(nlp: Language) -> None:
    text = _ARRESTED + (
        "His sister said he had been named in the FIR because of an old enmity between the "
        "families."
    )
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


def test_implicated_at_the_behest_of_rivals(nlp: Language) -> None:
    text = _ARRESTED + '"I have been implicated at the behest of my rivals," Ouma told reporters.'
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


def test_police_telling_of_a_rivalry_deny_nothing(nlp: Language) -> None:
    # guard: the police are no side of the accused
    text = _ARRESTED + (
        "Police said Ouma had been named in the FIR because of a long rivalry between the families."
    )
    assert accused_of("denial", nlp, text) == set()


def test_a_crime_done_out_of_rivalry_clears_no_one(nlp: Language) -> None:
    # guard: the passive is no accusation
    text = _ARRESTED + "His father said the traders had been attacked out of rivalry."
    assert accused_of("denial", nlp, text) == set()


def test_he_would_prove_he_was_elsewhere(nlp: Language) -> None:
    text = _ARRESTED + (
        "His lawyer said Ouma would prove at the trial that he was in Nakuru on the day of the "
        "killing."
    )
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


def test_what_the_police_claimed_is_no_alibi(nlp: Language) -> None:
    # guard: a verb of saying whose subject is another party
    text = _ARRESTED + (
        "His lawyer said the police had claimed he was in Nakuru on the day of the killing."
    )
    assert accused_of("denial", nlp, text) == set()


def test_nothing_to_do_with_it_in_a_quote(nlp: Language) -> None:
    text = _ARRESTED + '"I had nothing to do with it," Ouma said.'
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


def test_nothing_to_do_with_this_said_inside_a_quote_after_a_colon(nlp: Language) -> None:
    text = _ARRESTED + (
        'Ouma, free on bail since March, told reporters outside: "I said from the start that I '
        'had nothing to do with this. The court will see the truth."'
    )
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


def test_a_son_says_his_father_had_nothing_to_do_with_it(nlp: Language) -> None:
    text = _ARRESTED + "Ouma's son, Peter Ouma, said his father had nothing to do with it."
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


def test_a_witness_with_nothing_to_do_with_it_denies_nothing(nlp: Language) -> None:
    # guard: a tie refused to "it" clears only one the report accuses already
    text = _ARRESTED + '"I have nothing to do with it," said a trader, John Kamau.'
    assert accused_of("denial", nlp, text) == set()


def test_counsel_titled_by_an_abbreviation_speaks_for_the_client(nlp: Language) -> None:
    # the title's full stop ends no sentence (``segmentation._after_a_title``): "her client"
    # is still told by "Manalo's counsel"
    text = (
        "ANGELES CITY - Police on Monday arrested tricycle driver Rodel Manalo over the killing "
        "of a barangay councilor. Manalo's counsel, Atty. Liza Santos of the public attorney's "
        "office, said her client had nothing to do with the killing."
    )
    assert accused_of("denial", nlp, text) == {"Rodel Manalo"}


def test_called_out_as_he_was_led_away(nlp: Language) -> None:
    # a phrasal verb of saying (``speaking_phrasal_verbs``) reports the quote after the colon
    text = _ARRESTED + (
        'Ouma, who did not testify, called out as he was led away: "I am not the one who killed '
        'those men."'
    )
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


def test_calling_out_names_denies_nothing(nlp: Language) -> None:
    # guard: "called out" with an object reports no clause
    text = _ARRESTED + "The judge called out the names of the witnesses who had not come."
    assert accused_of("denial", nlp, text) == set()


def test_called_out_parsed_under_the_quote(nlp: Language) -> None:
    # the parser may hang the verb of saying under the quote's root (``_quote_made_its_head``)
    text = (
        "ELDORET: The High Court on Friday convicted Daniel Otieno Ouma and Paul Kiprop of the "
        "murder of a guard. Kiprop, who did not give evidence, called out as he was led away: "
        '"I am not the one who killed that man."'
    )
    assert accused_of("denial", nlp, text) == {"Paul Kiprop"}


_ACQUITTED = (
    "ELDORET: The High Court on Friday acquitted herder Daniel Otieno Ouma of the murder of a "
    "guard. "
)


def test_the_jury_accepted_his_alibi(nlp: Language) -> None:
    # an alibi noun (``alibi_nouns``) is its owner's denial, as a claim of being elsewhere
    text = _ACQUITTED + (
        "The jury accepted his alibi, which was supported by his mother and two neighbours."
    )
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


def test_an_alibi_rejected_is_still_his_alibi(nlp: Language) -> None:
    text = _ACQUITTED + "Ouma's alibi was rejected by the prosecutor as an afterthought."
    assert accused_of("denial", nlp, text) == {"Daniel Otieno Ouma"}


def test_a_neighbours_own_alibi_denies_nothing_for_the_accused(nlp: Language) -> None:
    # guard: "his own" in what a neighbour says is the neighbour's
    text = (
        _ACQUITTED + "A neighbour, John Kamau, said his own alibi had been checked by detectives."
    )
    assert accused_of("denial", nlp, text) == set()


def test_alibis_checked_with_no_owner_deny_nothing(nlp: Language) -> None:
    text = _ACQUITTED + "Police said they had checked the alibi of every man in the village."
    assert accused_of("denial", nlp, text) == set()
