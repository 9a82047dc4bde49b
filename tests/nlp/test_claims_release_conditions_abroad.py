"""The readings out89 added: a civil-law court's release pending trial told by its terms and
a court named by its sitting's possessor. A release "under an obligation to report"
(``release_condition_nouns``: bail, as "under a ban on leaving the country" is), a suspect
"charged and left free under judicial supervision" (``court_supervision.left_at_liberty``:
the liberty adjective is the release), and "the Federal High Court's Lideta Division" doing
the court's act (``court_sitting_nouns`` with a court as possessor). Invented sentences and
names in wire, West African, Latin American, Caribbean, Middle-Eastern and East-Asian styles;
each reading with near misses that must not fire (a duty no release lays, "left at liberty"
with no court's terms, a division no court owns)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

LEDE = "Police arrested Tomas Ekwueme, a port clerk, on Tuesday over forged customs papers.\n\n"
PAIR = (
    "Police arrested a port clerk and a driver on Friday over forged customs papers.\n\n"
    "The clerk, Tomas Ekwueme, 44, and the driver, Rosa Quintal, 31, were arrested the same "
    "day.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        # Lusophone African wire: the terms of the release as its noun
        "Ekwueme was released under an obligation to report to the police every fortnight and "
        "not to leave the province.",
        # the court as doer
        "The judge of guarantees released Ekwueme under an obligation to report to the court "
        "every Monday.",
        # a relative clause telling the release beside the accusation
        "Ekwueme, who was questioned in April and released under an obligation to report, is "
        "accused of buying stolen cable.",
        # "with" as Latin American copy writes it
        "Ekwueme was freed with an obligation to report to the prosecutor's office each week.",
    ],
)
def test_a_release_under_an_obligation_is_bail(nlp: Language, text: str) -> None:
    assert "Tomas Ekwueme" in accused_of("ruling", nlp, LEDE + text, "bail")


@pytest.mark.parametrize(
    "text",
    [
        # francophone West African wire
        "Ekwueme was charged with complicity and left free under judicial supervision.",
        # the investigating judge as doer, the one freed as object
        "The investigating judge charged Ekwueme but left him free under judicial control.",
    ],
)
def test_left_free_under_a_courts_watch_is_bail(nlp: Language, text: str) -> None:
    assert "Tomas Ekwueme" in accused_of("ruling", nlp, LEDE + text, "bail")


@pytest.mark.parametrize(
    "text",
    [
        # a duty no release lays
        "The court said Ekwueme had an obligation to report the money to the tax office.",
        "Ekwueme is under an obligation to file his accounts every year.",
        # left free with no court's terms: only charged
        "Ekwueme was charged with forgery and left free.",
        # left free under a watch that is no court's
        "Ekwueme was left free under the supervision of his family.",
        # a liberty adjective on no verb of leaving: the spokesman is free to speak
        "The ministry left its spokesman free to comment on Ekwueme's case.",
    ],
)
def test_no_release_on_terms_is_told(nlp: Language, text: str) -> None:
    assert "Tomas Ekwueme" not in accused_of("ruling", nlp, LEDE + text, "bail")


@pytest.mark.parametrize(
    "text",
    [
        # East African court reports name the bench by the court's division
        "The Federal First Instance Court's Arada Division on Saturday granted police 14 more "
        "days to complete their investigation and ordered both suspects kept in custody.",
        "The Federal First Instance Court's Bole Division ordered both suspects kept in custody.",
    ],
)
def test_a_courts_division_orders_custody(nlp: Language, text: str) -> None:
    assert {"Tomas Ekwueme", "Rosa Quintal"} <= accused_of("ruling", nlp, PAIR + text, "remanded")


@pytest.mark.parametrize(
    "text",
    [
        # a division no court owns: a police unit or a ministry's office holds no one
        "The police's narcotics division ordered both suspects kept in custody.",
        "The ministry's legal division ordered both suspects kept in custody.",
        # a division alone names no court
        "The division ordered both suspects kept in custody.",
    ],
)
def test_a_division_no_court_owns_is_no_court(nlp: Language, text: str) -> None:
    assert not accused_of("ruling", nlp, PAIR + text, "remanded")


@pytest.mark.xfail(
    strict=True,
    reason="not built (out89): the parser makes 'extended' a participle of 'The court' when "
    "a 'by' length comes before the object, so no court extends the custody",
)
def test_a_length_before_the_extended_detention(nlp: Language) -> None:
    text = "The court on Monday extended by three months the pre-trial detention of Ekwueme."
    assert "Tomas Ekwueme" in accused_of("ruling", nlp, LEDE + text, "remanded")


@pytest.mark.xfail(
    strict=True,
    reason="not built (out89): a warrant whose own infinitive detains ('a warrant to detain "
    "X', a Korean court's) is read as an arrest warrant, not as the detention warrant it is",
)
def test_a_warrant_to_detain_is_a_remand(nlp: Language) -> None:
    text = "The Seoul Southern District Court issued a warrant to detain Ekwueme on Monday."
    assert "Tomas Ekwueme" in accused_of("ruling", nlp, LEDE + text, "remanded")


def test_placed_under_a_committal_warrant_is_a_remand(nlp: Language) -> None:
    # built by out91: a warrant one is placed under is executed on him (``placed_under``)
    text = "Ekwueme was placed under a committal warrant at the civil prison on Tuesday."
    assert "Tomas Ekwueme" in accused_of("ruling", nlp, LEDE + text, "remanded")
