"""A court's order told as a small clause with a bare participle: "the court ordered X
remanded in custody", "ordered X freed on bail", "rejected the petition and ordered him sent
to jail". The parser takes "X remanded" for a past tense with X its doer (X made the court)
or leaves the participle no doer; the one the order names undergoes it
(``passive_forms.undergone``) and whoever orders it does it (``passive_forms.order_of``,
``Courts._done_by``), with the order's own conjuncts as the steps beside it
(``Punishments._jailed_untried``). Invented sentences; the negatives keep the judge, the
complainant, the police, a convict and a co-accused given bail off the remand."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of, outcomes, roles, ruled_in_last_sentence

_ARREST = (
    "Police in Varna arrested Anton Morel, a builder, over the collapse of a school wall that "
    "killed two pupils. "
)


@pytest.mark.parametrize(
    ("text", "outcome"),
    [
        (_ARREST + "The court ordered Morel remanded in custody until June 4.", "remanded"),
        (_ARREST + "Magistrate Lina Oduya ordered Morel remanded at Kamiti prison.", "remanded"),
        (_ARREST + "The court ordered Morel remanded to jail for fourteen days.", "remanded"),
        (_ARREST + "The court ordered Morel freed on bail of 500 dollars.", "bail"),
        (_ARREST + "The court rejected the petition and ordered him sent to jail.", "remanded"),
        (_ARREST + "The court ordered him sent to jail.", "remanded"),
    ],
)
def test_the_one_an_order_names_undergoes_its_participle(
    nlp: Language, text: str, outcome: str
) -> None:
    assert ruled_in_last_sentence(nlp, text, outcome) == {"Anton Morel"}


def test_the_judge_who_orders_is_the_court_never_accused(nlp: Language) -> None:
    text = _ARREST + "Magistrate Lina Oduya ordered Morel remanded at Kamiti prison."
    found = roles(claims_of(nlp, text))
    assert "court" not in found.get("Anton Morel", set())
    assert "accused" not in found.get("Lina Oduya", set())


def test_the_complainant_is_not_remanded(nlp: Language) -> None:
    text = (
        _ARREST + "On the complaint of the pupils' headmistress, Vera Stoyanova, the court "
        "ordered Morel remanded in custody."
    )
    assert ruled_in_last_sentence(nlp, text, "remanded") == {"Anton Morel"}
    assert "accused" not in roles(claims_of(nlp, text)).get("Vera Stoyanova", set())


def test_a_co_accused_bailed_beside_the_order_keeps_his_own_outcome(nlp: Language) -> None:
    text = (
        "Police in Varna arrested Anton Morel and his foreman, Ivo Penev, over the collapse of "
        "a school wall that killed two pupils. The court ordered Morel remanded in custody, "
        "while Penev was granted bail."
    )
    claims = claims_of(nlp, text)
    assert "remanded" in outcomes(claims, "Anton Morel")
    assert "remanded" not in outcomes(claims, "Ivo Penev")
    assert "bail" in outcomes(claims, "Ivo Penev")


@pytest.mark.parametrize(
    "text",
    [
        # the police order no remand: only a court's order sends one to await trial
        _ARREST + "Police ordered him sent to jail.",
        # a convict sent to jail serves his sentence: the order's step beside it judges
        _ARREST + "The court convicted him and ordered him sent to jail.",
    ],
)
def test_no_remand_where_no_court_orders_it_or_the_order_judges(nlp: Language, text: str) -> None:
    assert ruled_in_last_sentence(nlp, text, "remanded") == set()


def test_the_one_the_police_ask_to_hold_is_not_the_police(nlp: Language) -> None:
    text = (
        _ARREST + "Inspector Dimitar Kolev asked for ten days, and the court ordered Morel "
        "remanded for five."
    )
    found = roles(claims_of(nlp, text))
    assert "accused" not in found.get("Dimitar Kolev", set())
    assert ruled_in_last_sentence(nlp, text, "remanded") == {"Anton Morel"}


@pytest.mark.xfail(
    strict=True,
    reason="a confinement verb in an order's small clause ('ordered X jailed pending trial') "
    "is read by Punishments._jailed only as a sentence with a term, never as custody awaiting "
    "trial; not built",
)
def test_ordered_jailed_pending_trial_is_a_remand(nlp: Language) -> None:
    text = _ARREST + "The judge ordered Morel jailed pending trial."
    assert ruled_in_last_sentence(nlp, text, "remanded") == {"Anton Morel"}


@pytest.mark.xfail(
    strict=True,
    reason="a later sentence's 'he' after a name apposed inside an 'of' phrase ('the "
    "confessional statement of his nephew, X') is taken for the sentence's first person, "
    "not the one named last; the pronoun's reference (Pronouns) is not changed here",
)
def test_a_later_he_after_a_name_in_an_of_phrase_is_that_name(nlp: Language) -> None:
    text = (
        "Police arrested Tariq Saleem over the theft of copper wire. In the same hearing the "
        "prosecution placed on record the confessional statement of his nephew, Bashir Khan, "
        "recorded in May. He has been in judicial custody since."
    )
    assert ruled_in_last_sentence(nlp, text, "remanded") == {"Bashir Khan"}
