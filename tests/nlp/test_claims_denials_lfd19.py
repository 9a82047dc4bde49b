"""The grammar lfd19 added to the denial reader: one said to be no culprit - a copula whose
predicate is a noun of one a crime makes, refused by its own "not" ("he is not a thief") or set
against another noun by a "not" ("my brother is a businessman, not a thief", "a clerk and not a
smuggler": ``not_the_doer.denies_being_the_doer``), and a deed whose object is "nothing" with
no "not" ("he escorted nothing and collected nothing", "I took nothing":
``none_of_it.denies_any_of_it``). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_ARRESTED = "Police arrested Corin Vasey over the theft of diesel from the depot on Monday. "
_LYNCHED = (
    "Police arrested Corin Vasey over the beating to death of Omar Tahir, whom a crowd had "
    "accused of stealing a goat. "
)


def test_a_businessman_not_a_thief_said_by_the_brother(nlp: Language) -> None:
    text = _ARRESTED + 'His brother, Ravel Vasey, said: "My brother is a businessman, not a thief."'
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_a_clerk_not_a_smuggler_before_its_speaker(nlp: Language) -> None:
    text = _ARRESTED + '"He was a clerk, not a smuggler," said his brother, Ravel Vasey.'
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_a_clerk_and_not_a_smuggler_told_by_the_lawyer(nlp: Language) -> None:
    text = _ARRESTED + "Vasey's lawyer said his client was a clerk and not a smuggler."
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_he_is_not_a_thief(nlp: Language) -> None:
    text = _ARRESTED + 'His brother, Ravel Vasey, said: "He is not a thief."'
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_one_culprit_for_another_refuses_nothing(nlp: Language) -> None:
    # guard: the first noun owns a crime of its own
    text = _ARRESTED + 'His brother, Ravel Vasey, said: "He is a thief, not a robber."'
    assert accused_of("denial", nlp, text) == set()


def test_not_a_suspect_tells_a_standing(nlp: Language) -> None:
    # guard: a standing in the case, no deed refused
    text = _ARRESTED + 'His brother, Ravel Vasey, said: "He is not a suspect any more."'
    assert accused_of("denial", nlp, text) == set()


def test_a_farmer_not_a_thief_said_of_the_dead_man(nlp: Language) -> None:
    # guard: the victim's brother clears the victim, whom no one accuses here
    text = _LYNCHED + '"He was a farmer, not a thief," said his brother, Ravel Tahir.'
    assert accused_of("denial", nlp, text) == set()


def test_escorted_nothing_and_collected_nothing(nlp: Language) -> None:
    text = _ARRESTED + 'Vasey told the court that he "escorted nothing and collected nothing".'
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_my_client_took_nothing(nlp: Language) -> None:
    text = _ARRESTED + "Vasey's lawyer said his client took nothing from the depot."
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_i_took_nothing(nlp: Language) -> None:
    text = _ARRESTED + '"I took nothing from that depot," Vasey said.'
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_a_plea_that_changed_nothing_is_no_deed(nlp: Language) -> None:
    # guard: the subject is a thing
    text = _ARRESTED + "His lawyer said the plea changed nothing."
    assert accused_of("denial", nlp, text) == set()


def test_nothing_to_hide_and_nothing_seen_are_not_the_deed(nlp: Language) -> None:
    # guards: a state ("have"), a verb of seeing, a modal of what is to come
    for said in ("I have nothing to hide", "I saw nothing", "I will take nothing from them"):
        text = _ARRESTED + f'"{said}," Vasey said.'
        assert accused_of("denial", nlp, text) == set(), said


_COUNSEL = "Vasey's lawyer, Imke Dorsey, told the jury the interview had been unfair. "


def test_not_knowing_told_by_the_lawyer_named_by_surname(nlp: Language) -> None:
    text = _ARRESTED + _COUNSEL + '"He never knew what was inside it," Ms Dorsey said.'
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_not_knowing_inside_the_kin_s_own_quotation(nlp: Language) -> None:
    # a he inside his mother's own quotation is never the mother
    text = _ARRESTED + 'His mother, Imke Vasey, said: "He did not know what was in the drums."'
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_the_lawyer_s_own_not_knowing_told_outside_a_quotation(nlp: Language) -> None:
    # guard: "she" outside a quotation may be the lawyer herself
    text = _ARRESTED + _COUNSEL + "Dorsey said she did not know where the drums had gone."
    assert accused_of("denial", nlp, text) == set()


def test_not_knowing_told_by_a_shopkeeper(nlp: Language) -> None:
    # guard: one who speaks for no side
    text = _ARRESTED + "A shopkeeper, Imke Dorsey, said Vasey never knew what was in the drums."
    assert accused_of("denial", nlp, text) == set()


def test_a_driver_who_had_no_way_of_knowing(nlp: Language) -> None:
    text = (
        _ARRESTED + "His lawyer said Vasey was a hired driver who had no way of knowing what "
        "was in the drums he carried."
    )
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_no_way_to_know_told_in_a_quotation(nlp: Language) -> None:
    text = _ARRESTED + '"He had no way to know what was in the drums," his lawyer said.'
    assert accused_of("denial", nlp, text) == {"Corin Vasey"}


def test_no_way_to_pay_is_no_knowing(nlp: Language) -> None:
    # guard: a means of another thing
    text = _ARRESTED + "His lawyer said Vasey had no way to pay the fine."
    assert accused_of("denial", nlp, text) == set()
