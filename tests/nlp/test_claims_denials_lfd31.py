"""The accused's deed told as ordinary work, lfd31 (``claims.ordinary_course``): the
accused's side - kin or counsel - telling that the accused did the thing the charge is about as
a long, habitual or common trade ("had run the shop for twenty years without a single
complaint", "buys scrap from anyone, like every dealer in the bazar", "writes a hundred deeds
a month", "sells pumps to farmers every day", "as all agents do"). No word of it denies; said
for one the report accuses it answers the charge. Invented sentences and names, in the words
of reports from several countries; paraphrases that must read and near misses that must not.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_SAHIWAL = "Police in Sahiwal arrested Nadeem Arshad, a scrap dealer, over stolen railway cable. "
_RAJSHAHI = "Police in Rajshahi arrested Belal Hossain, a deed writer, over a forged land sale. "
_KANDY = "Police in Kandy arrested Nuwan Perera, a pharmacist, over the sale of fake medicines. "
_ORAN = "Gendarmes in Oran arrested Yacine Mansouri, a mechanic, over a sunken migrant boat. "


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a long course of work, with or without a clean record
        (
            _SAHIWAL + "His brother, Asif Arshad, said Nadeem had run the yard for twenty years"
            " without a single complaint.",
            "Nadeem Arshad",
        ),
        (
            _KANDY + "His wife, Dilani Perera, said her husband had been a licensed pharmacist"
            " for decades.",
            "Nuwan Perera",
        ),
        (
            _RAJSHAHI + "His son, Rubel Hossain, said his father had served the registry office"
            " for 30 years.",
            "Belal Hossain",
        ),
        # a habit
        (
            _RAJSHAHI + "His son, Rubel Hossain, said his father writes fifty deeds a month from"
            " the papers clients bring.",
            "Belal Hossain",
        ),
        (
            _ORAN + "Mansouri's brother, Karim Mansouri, said the mechanic sells engines to"
            " fishermen every day.",
            "Yacine Mansouri",
        ),
        # what all of the trade do
        (
            _SAHIWAL + "Nadeem's father, Arshad Ali, said his son buys scrap from anyone who"
            " walks in, like every dealer in the market.",
            "Nadeem Arshad",
        ),
        (
            _KANDY + "His lawyer, Ruwan Silva, said his client sold the tablets from sealed boxes,"
            " as any pharmacist does.",
            "Nuwan Perera",
        ),
    ],
)
def test_a_deed_told_as_ordinary_work_by_the_accused_side_denies(
    nlp: Language, text: str, who: str
) -> None:
    assert who in accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the police or a witness telling the same: no answer of his side
        _SAHIWAL + "Police said Nadeem had bought stolen cable every week for two years.",
        # the accused's own account of a habit, told by the police: his confession
        _SAHIWAL + '"He told us they cut two hundred metres of cable a night and sold it every'
        ' week," the SHO said.',
        _SAHIWAL + "A witness, Tariq Javed, told the court Nadeem had run the yard for twenty"
        " years.",
        # no mark of ordinary work, or a state and a custody told for years
        _SAHIWAL + "His brother, Asif Arshad, said Nadeem had bought a new lorry last year.",
        _SAHIWAL + "His brother, Asif Arshad, said Nadeem had been ill for two years.",
        _SAHIWAL + "His brother, Asif Arshad, said Nadeem had been in jail for three years.",
        # a deed refused or done to him
        _SAHIWAL + "His brother, Asif Arshad, said Nadeem had not paid the workers for years.",
        _SAHIWAL + "His brother, Asif Arshad, said Nadeem had been questioned every day.",
        # the victim's kin telling of their own
        _ORAN + "The victim's father, Omar Saidi, said his son had fished these waters for"
        " ten years.",
    ],
)
def test_no_ordinary_work_read_from_the_wrong_mouth_or_shape(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == set()


@pytest.mark.parametrize(
    "text",
    [
        pytest.param(
            _SAHIWAL + "His wife, Nasreen Bibi, said her husband had been told the cable was"
            " old stock from a closed mill.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="deceived, not built: the accused told a false story by another (lf17,"
                " lf21, lf23 once each; lf31 only as 'hired to carry a load') - 'had been told'"
                " alone is also how a report gives what an accused heard, no answer of his",
            ),
        ),
        pytest.param(
            _RAJSHAHI + "His son, Rubel Hossain, said his father could not be blamed for a"
            " forged card.",
            marks=pytest.mark.xfail(
                strict=True,
                reason="blame refused in the passive ('could not be blamed'), not built: one"
                " lf31 sentence, no other open set counted",
            ),
        ),
    ],
)
def test_shapes_not_built(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text)
