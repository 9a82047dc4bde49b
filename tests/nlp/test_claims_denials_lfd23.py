"""A lawyer's client who denied a deed told by a gerund or a clause with no crime word, lfd23:
"X's lawyer said her client had always denied knowing what he was carrying". The denier is
"her client" in what the accused's lawyer says - the one she acts for
(``answering.Answering._client_of_the_speaker``), as a name or a "he" was before. Invented
sentences and names, in several countries' words; paraphrases that must read and near misses
(a victim's or a complainant's lawyer, the prosecution, a witness) that must not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_BERGEN = "A court in Bergen convicted Henrik Dahl, 31, of receiving stolen outboard motors. "
_KAOHSIUNG = (
    "Police in Kaohsiung detained Chen Wei-ming, 55, the owner of a waste firm, over sludge "
    "dumped on farmland. "
)
_MULTAN = "Police in Multan arrested Saima Rani, 29, a nurse, over the theft of vaccines. "
_KISUMU = (
    "Police in Kisumu arrested Otieno Odhiambo, a lorry driver, over a load of stolen cement. "
)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            _BERGEN + "Dahl's lawyer, Ingrid Solberg, said her client had always denied knowing "
            "what he was carrying.",
            "Henrik Dahl",
        ),
        (
            _BERGEN + "His lawyer said his client denied knowing that the motors were stolen.",
            "Henrik Dahl",
        ),
        (
            _KAOHSIUNG + "His lawyer, Lin Mei-hua, said her client denied ordering the trucks "
            "to the fields.",
            "Chen Wei-ming",
        ),
        (
            _MULTAN + "Her lawyer said her client denied taking anything from the clinic.",
            "Saima Rani",
        ),
        (
            _KISUMU + "Odhiambo's advocate told the magistrate that his client denied loading the "
            "bags at the depot.",
            "Otieno Odhiambo",
        ),
    ],
)
def test_a_lawyers_client_denying_a_deed_of_no_crime_word(
    nlp: Language, text: str, who: str
) -> None:
    assert who in accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a witness, and the client of a prosecutor: no one the accused's lawyer acts for
        _BERGEN + "The prosecutor said the witness denied knowing what Dahl was carrying.",
        _BERGEN + "The prosecutor's client, a cabin owner, denied knowing Dahl.",
        _BERGEN + "His lawyer said the witness's client denied knowing what Dahl was carrying.",
        # a victim's or a complainant's lawyer speaks of her own client
        _BERGEN + "The victim's lawyer said her client denied knowing Dahl.",
        (
            _BERGEN + "Her client, a cabin owner, denied knowing what was taken, the "
            "complainant's lawyer said."
        ),
        (
            _BERGEN + "The cabin owners' lawyer said her client denied ever renting the cabin "
            "to anyone."
        ),
        # the accused's lawyer of a client who denied nothing
        _MULTAN + "Her lawyer said her client had not denied taking the vials.",
    ],
)
def test_no_denial_for_anothers_client(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == set()
