"""The readings civ74 added (``court_measures``): a court's measure before trial, as courts
of the former Soviet states, the Balkans and Latin America write the remand and the release
pending trial. Custody named as the measure's content ("chose detention as a measure of
restraint for X", "imposed the measure of arrest on X", "X was given the measure of house
arrest") is a remand; a measure that is itself a release on conditions ("precautionary" or
"alternative" measures, no custody named) is bail. Invented sentences and names; each reading
with paraphrases (chosen, imposed, given, granted; the person in a "for" or "on" phrase or as
the passive's subject) and near misses that must not fire (a measure only sought, refused or
not chosen, a measure whose content the report does not say, security measures no court
imposes, the judge, the prosecutor and a co-accused named beside it)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

LEDE = (
    "Investigators detained Tigran Avetyan, a road contractor, on Monday over forged invoices.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        "The district court chose detention as a measure of restraint for Avetyan.",
        "On Wednesday the court chose detention as a measure of restraint for Avetyan for "
        "two months.",
        "The judge chose house arrest as a preventive measure for Avetyan.",
        "The Special Court imposed the security measure of arrest in prison on Avetyan.",
        "The court imposed the measure of house arrest on Avetyan.",
        "Avetyan was given the measure of house arrest by the court.",
        "Avetyan was granted alternative measures, including house arrest, by a judge.",
    ],
)
def test_custody_chosen_as_a_measure_is_a_remand(nlp: Language, text: str) -> None:
    assert "Tigran Avetyan" in accused_of("ruling", nlp, LEDE + text, "remanded")


@pytest.mark.parametrize(
    "text",
    [
        "The judge imposed precautionary measures on Avetyan, including a travel ban.",
        "Avetyan was released under alternative measures and must report weekly.",
        "The court released Avetyan under precautionary measures.",
        "A judge ordered Avetyan released with alternative measures.",
        # a release told by its condition
        "Avetyan was released under a ban on leaving the country.",
        "The investigating judge released Avetyan with a travel ban.",
    ],
)
def test_a_release_under_measures_is_bail(nlp: Language, text: str) -> None:
    assert "Tigran Avetyan" in accused_of("ruling", nlp, LEDE + text, "bail")


@pytest.mark.parametrize(
    "text",
    [
        # a measure only sought, refused, or not chosen
        "Prosecutors sought detention as a measure of restraint for Avetyan.",
        "The prosecutor asked the court to choose detention as a measure of restraint for Avetyan.",
        "The court refused to impose the measure of house arrest on Avetyan.",
        "The court did not choose detention as a measure of restraint for Avetyan.",
        "The judge rejected house arrest as a measure of restraint for Avetyan.",
        # a measure whose content the report does not say, and security no court imposes
        "The court chose a measure of restraint for Avetyan on Friday.",
        "Police imposed tight security measures on Avetyan's street.",
        # a ban that releases no one
        "The court imposed a travel ban on Avetyan after sentencing him.",
        "Avetyan was released from hospital under a ban on driving.",
    ],
)
def test_no_measure_chosen(nlp: Language, text: str) -> None:
    found = accused_of("ruling", nlp, LEDE + text, "remanded")
    found |= accused_of("ruling", nlp, LEDE + text, "bail")
    assert "Tigran Avetyan" not in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the judge who chose it, the prosecutor who asked, a co-accused named beside it
        (
            "Judge Narine Sahakyan chose detention as a measure of restraint for Avetyan.",
            "Narine Sahakyan",
        ),
        (
            "At the request of prosecutor Levon Harutyunyan, the court chose detention as a "
            "measure of restraint for Avetyan.",
            "Levon Harutyunyan",
        ),
        (
            "The court imposed the measure of house arrest on Avetyan; his partner, Aram "
            "Gasparyan, remains free.",
            "Aram Gasparyan",
        ),
    ],
)
def test_the_judge_and_others_are_not_ruled_on(nlp: Language, text: str, name: str) -> None:
    assert name not in accused_of("ruling", nlp, LEDE + text)
