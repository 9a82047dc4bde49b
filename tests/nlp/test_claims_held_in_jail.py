"""Probes of one held in a jail in the passive, in a report that judges no one: "the brothers
were held at the district prison", "they are being held at the prison complex" - a remand
(``jail_untried.held_in_jail_untried``, read by ``Custody._held_by_order``). Not a police
station, not a victim, not a convict serving his term (a report that sentences someone), and
not a holding only foreseen ("would be held"). Invented sentences in Brazilian, Thai,
Colombian and wire styles."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import ruled_in_last_sentence

_TWO = "Police arrested Marcos Pereira and Lucas Andrade on Friday over the robbery of a pharmacy. "
_BROTHERS = (
    "Detectives arrested Somchai Wongsa and his brother Anan Wongsa at a checkpoint on "
    "Friday over a shooting at a market. "
)
_ONE = "Detectives arrested Somchai Wongsa on Friday over a shooting at a market. "


@pytest.mark.parametrize(
    ("text", "members"),
    [
        (
            _TWO + "They are being held at the Papuda prison complex.",
            {"Marcos Pereira", "Lucas Andrade"},
        ),
        (
            _TWO + "Pereira and Andrade are being held at the Bangu prison, prosecutors said.",
            {"Marcos Pereira", "Lucas Andrade"},
        ),
        (
            _BROTHERS + "The brothers were held at Klong Prem prison.",
            {"Somchai Wongsa", "Anan Wongsa"},
        ),
        (_ONE + "Wongsa was held at Klong Prem prison until his hearing.", {"Somchai Wongsa"}),
    ],
)
def test_held_in_a_jail_is_a_remand(nlp: Language, text: str, members: set[str]) -> None:
    assert ruled_in_last_sentence(nlp, text, "remanded") == members


@pytest.mark.parametrize(
    "text",
    [
        # a police station is the police's, after an arrest: no court's step
        _ONE + "Wongsa was held at the Lumpini police station overnight.",
        # a report that sentences someone: the jail may be the sentence served
        _ONE + "A court sentenced him to five years in May. Wongsa is held at Klong Prem prison.",
        # a victim held is no accused
        _ONE + "The kidnapped girl was held at a house near the prison.",
    ],
)
def test_no_remand_where_no_jail_or_a_judged_report(nlp: Language, text: str) -> None:
    assert ruled_in_last_sentence(nlp, text, "remanded") == set()


@pytest.mark.xfail(
    strict=True,
    reason="a holding only foreseen ('would be held at La Picota prison', h27): the modal "
    "makes it possible, not done; unbuilt",
)
def test_held_foreseen_in_a_jail(nlp: Language) -> None:
    text = _TWO + "Pereira and Andrade would be held at the Bangu prison, prosecutors said."
    assert ruled_in_last_sentence(nlp, text, "remanded") == {"Marcos Pereira", "Lucas Andrade"}
