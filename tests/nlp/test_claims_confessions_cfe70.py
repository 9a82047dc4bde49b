"""cfe70's custodians of civil-law systems: a confession told to the gendarmerie, its
gendarmes, the carabinieri, the Guardia Civil or the jandarma, or made in pretrial detention,
is made in custody as one told to the police is (``legal.json`` ``custodial_agents``,
``kinds.json`` ``custodial``). Near misses: a witness or a victim who tells the same force
what they saw or did, a gendarme who testifies, an arrest by gendarmes, and an accused
named in pretrial detention who confesses nothing. And "admitted the facts", as civil-law
systems tell a confession of the charge (``legal.json`` ``admitted_fact_forms``), judicial in
an abbreviated process (``kinds.json`` ``judicial``); near misses: counsel who admits the
facts, one fact admitted, facts a clause spells out, and a victim who admits them."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings

_LEDE = "Gendarmes in Settat arrested Driss Ouazzani, 41, over the theft of a tractor. "
_NAME = "Driss Ouazzani"


@pytest.mark.parametrize(
    "text",
    [
        _LEDE + "Ouazzani admitted to the gendarmes that he had driven the tractor away.",
        _LEDE + "Ouazzani confessed to the gendarmerie that he sold the tractor.",
        _LEDE + "In his statement to the gendarmerie, Ouazzani admitted selling the tractor.",
        _LEDE + "Ouazzani told gendarmes that he had sold the tractor to a cousin.",
        _LEDE + "Ouazzani confessed at the gendarmerie post in Berrechid.",
        _LEDE + "Ouazzani confessed to the carabinieri.",
        _LEDE + "Ouazzani confessed to the Guardia Civil after two days of questioning.",
        _LEDE + "Ouazzani confessed while in pretrial detention.",
        _LEDE + "Ouazzani admitted the theft while in pre-trial detention.",
    ],
)  # fmt: skip
def test_confession_to_civil_law_custodians(nlp: Language, text: str) -> None:
    assert settings(nlp, text, _NAME) == {"custodial"}


@pytest.mark.parametrize(
    "text",
    [
        # a witness or a victim tells the same force what they saw or did
        _LEDE + "A neighbour told gendarmes that she had seen Ouazzani near the farm.",
        _LEDE + "The farmer told the gendarmerie that the tractor was taken at night.",
        _LEDE + "The victim admitted to the carabinieri that she had left the shed open.",
        # a gendarme's testimony, an arrest by gendarmes, a detention with no confession
        _LEDE + "A gendarme testified that Ouazzani had been calm during his arrest.",
        _LEDE + "Gendarmes detained Ouazzani again on Monday.",
        _LEDE + "Ouazzani, who has been in pretrial detention since March, denies the charge.",
        _LEDE + "The gendarmerie said in a statement that Ouazzani had been charged.",
    ],
)  # fmt: skip
def test_civil_law_custodians_no_confession(nlp: Language, text: str) -> None:
    assert accused_of("confession", nlp, text) == set()


_CHARGED = "Prosecutors in Valencia charged Marta Soler Ibáñez, 29, with forging invoices. "
_SOLER = "Marta Soler Ibáñez"


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        (_CHARGED + "Soler admitted the facts.", "unknown"),
        (_CHARGED + "The judge noted that Soler had admitted the facts.", "unknown"),
        (_CHARGED + "Soler admitted the facts in an abbreviated process and was given a "
         "suspended sentence.", "judicial"),
        (_CHARGED + "She received a year in prison after she admitted the facts in an "
         "abbreviated trial.", "judicial"),
    ],
)  # fmt: skip
def test_admitted_the_facts(nlp: Language, text: str, setting: str) -> None:
    assert settings(nlp, text, _SOLER) == {setting}


@pytest.mark.parametrize(
    "text",
    [
        # counsel admits for no one; one fact, or facts a clause names, are no crime
        _CHARGED + "Her lawyer admitted the facts but argued that she acted under pressure.",
        _CHARGED + "Soler admitted the fact that she had worked at the firm.",
        _CHARGED + "Soler admitted the facts that placed her at the office but denied forging "
        "anything.",
        # a victim or a witness who admits facts confesses nothing
        _CHARGED + "The supplier admitted the facts.",
    ],
)  # fmt: skip
def test_admitted_the_facts_no_confession(nlp: Language, text: str) -> None:
    assert accused_of("confession", nlp, text) == set()
