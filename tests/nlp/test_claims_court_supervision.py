"""The readings out70 added (``court_supervision``, ``pretrial_words``): a civil-law court's
step before trial told with "under" - a release under judicial control or supervision (bail)
and house arrest a court orders (a remand) - and custody before trial written "preventive"
or "provisional" detention (a remand). Invented sentences and names; each reading with
paraphrases (placed or released, control or supervision, the court as doer or in a "by"
phrase, an order's small clause) and near misses that must not fire (a step only asked for or
refused, police or a family's watch, house arrest no court orders, the judge and a
bystander named beside it)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

LEDE = "Police arrested Kemal Arsan, a customs broker, on Tuesday over a false invoice scheme.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "Arsan was placed under judicial control on Friday and must report to the police.",
        "The investigating judge placed Arsan under judicial control and took his passport.",
        "A criminal court of peace released Arsan under judicial supervision.",
        "Arsan was released under judicial control, with a ban on leaving the country.",
    ],
)
def test_a_release_under_judicial_watch_is_bail(nlp: Language, text: str) -> None:
    assert "Kemal Arsan" in accused_of("ruling", nlp, LEDE + text, "bail")


@pytest.mark.parametrize(
    "text",
    [
        "The court placed Arsan under house arrest until the trial.",
        "Arsan was placed under house arrest by the investigating judge.",
        "The judge ordered that Arsan be placed under house arrest.",
        "The judge ordered Arsan to be placed under house arrest.",
        # custody before trial in the words of Latin American and francophone courts
        "A judge placed Arsan in preventive detention for six months.",
        "Arsan was placed in provisional detention.",
        "Arsan has been in preventive detention since March.",
    ],
)
def test_custody_a_court_orders_before_trial_is_a_remand(nlp: Language, text: str) -> None:
    assert "Kemal Arsan" in accused_of("ruling", nlp, LEDE + text, "remanded")


@pytest.mark.parametrize(
    "text",
    [
        # a step only asked for, or refused
        "The prosecutor asked that Arsan be placed under judicial control.",
        "The judge refused to place Arsan under judicial control.",
        "The judge did not place Arsan under judicial control.",
        "The judge rejected a request to release Arsan under judicial supervision.",
        # a watch that is no court's
        "Arsan was placed under police supervision.",
        "Arsan was placed under the control of his brother.",
    ],
)
def test_no_release_under_judicial_watch(nlp: Language, text: str) -> None:
    assert "Kemal Arsan" not in accused_of("ruling", nlp, LEDE + text, "bail")


@pytest.mark.parametrize(
    "text",
    [
        # house arrest no court orders, or only asked for or refused
        "Police placed Arsan under house arrest ahead of the rally.",
        "The governor's office placed Arsan under house arrest.",
        "The judge rejected his lawyer's request for house arrest for Arsan.",
        "The prosecutor asked for preventive detention for Arsan.",
    ],
)
def test_no_court_house_arrest(nlp: Language, text: str) -> None:
    assert "Kemal Arsan" not in accused_of("ruling", nlp, LEDE + text, "remanded")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the judge who ordered it, and a bystander named beside it
        ("Judge Selin Oran placed Arsan under judicial control.", "Selin Oran"),
        ("Judge Selin Oran placed Arsan under house arrest.", "Selin Oran"),
        (
            "Arsan was placed under judicial control; his neighbour, Deniz Kaya, watched.",
            "Deniz Kaya",
        ),
    ],
)
def test_the_judge_and_a_bystander_are_not_ruled_on(nlp: Language, text: str, name: str) -> None:
    assert name not in accused_of("ruling", nlp, LEDE + text)
