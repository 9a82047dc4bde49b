"""A deed told as all there was ("he had only signed the forms he was given") denies the
accusation only where it is no crime of its own: "he had merely slapped the boy", "had only
beaten the man once" admit a lesser harm (``Protests._only_did``, only74). Invented sentences
and names, in the words of reports from several countries; the readings that must stay and the
narrowed crimes that must not deny."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_SAHIWAL = "Police arrested Imran Qureshi, 32, a contractor, over a robbery in Sahiwal on Friday. "
_CUMILLA = "Police arrested Abdul Karim, 35, a site manager, in Cumilla over an assault on a boy. "
_POKHARA = "Police arrested Ram Bahadur Thapa, 44, an agent, in Pokhara over a land fraud. "
_LJUBLJANA = "Police in Ljubljana arrested Luka Novak, 29, a courier, over a robbery. "
_PORTO = "Prosecutors in Porto charged Rui Almeida, 51, a warehouse keeper, with theft of cable. "


@pytest.mark.parametrize(
    "text",
    [
        _CUMILLA + "Karim's lawyer said he had merely slapped the boy.",
        _CUMILLA + "His father told reporters that Karim had only hit the boy once.",
        _POKHARA + "Thapa said he had only beaten the man once.",
        _LJUBLJANA + "Novak told the court he had only pushed the attendant.",
        _LJUBLJANA + '"My client only kicked the attendant," his lawyer said.',
        _SAHIWAL + "His counsel said Qureshi had only robbed the cashier of his phone.",
    ],
)
def test_a_narrowed_crime_or_harm_denies_nothing(nlp: Language, text: str) -> None:
    assert not accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (_POKHARA + "Thapa said he had only signed the forms he was given.", "Ram Bahadur Thapa"),
        (_LJUBLJANA + '"My client only drove the car," his lawyer said.', "Luka Novak"),
        (_CUMILLA + "Karim said he had only counted the sacks.", "Abdul Karim"),
        (
            _SAHIWAL + "His lawyer said Qureshi had only accompanied a friend to the bank.",
            "Imran Qureshi",
        ),
        (_PORTO + "Almeida's wife said he had only opened the gate for the lorry.", "Rui Almeida"),
        (_LJUBLJANA + "His counsel said Novak was merely a passenger.", "Luka Novak"),
        # a harm verb with a thing tells it handled, no harm
        (_PORTO + "Almeida told the judge he had only touched the drum once.", "Rui Almeida"),
    ],
)
def test_all_one_did_still_denies(nlp: Language, text: str, who: str) -> None:
    assert who in accused_of("denial", nlp, text)
