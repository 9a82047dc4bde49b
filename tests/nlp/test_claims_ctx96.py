"""The reading ctx96 added, on invented sentences and names (the held-out style's short wire
and newspaper reports).

Bail asked before any arrest ("interim pre-arrest bail", "anticipatory bail", "protective
bail") is only ever the getter's own, so one the report told only as someone's relative ("His
father, X", "their father, X, ... for abetment") who obtains it obtains his own bail, where
ordinary bail a relative obtains may be the son's (``Punishments._received``, with
``pre_arrest_bail.before_arrest``). Near misses: ordinary bail a relative obtains, a lawyer
who obtains pre-arrest bail (for a client, said or not), bail obtained "for him"."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_LEDE = "Police arrested Amjad Khan over the killing of a fish farm owner. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (_LEDE + "His father, Sher Zaman Khan, obtained interim pre-arrest bail from the "
         "Sessions Court on Tuesday.", "Sher Zaman Khan"),
        ("An FIR nominates Amjad Khan as the attacker and his father, Sher Zaman Khan, for "
         "abetment. Sher Zaman Khan appeared before the Sessions Court with his lawyers and "
         "obtained interim pre-arrest bail.", "Sher Zaman Khan"),
        (_LEDE + "The report says Amjad's father, Sher Zaman Khan, hid the pistol. Sher Zaman, "
         "who obtained pre-arrest bail from the High Court in March, has called the case a "
         "conspiracy.", "Sher Zaman Khan"),
        (_LEDE + "His uncle, Tariq Mehmood, obtained anticipatory bail from the High Court "
         "last week.", "Tariq Mehmood"),
    ],
)  # fmt: skip
def test_a_relatives_pre_arrest_bail_is_his_own(nlp: Language, text: str, name: str) -> None:
    assert name in accused_of("ruling", nlp, text, outcome="bail")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # ordinary bail a relative obtains may be the son's: no one says whose
        (_LEDE + "His father, Sher Zaman Khan, obtained bail from the Sessions Court.",
         "Sher Zaman Khan"),
        (_LEDE + "His father, Sher Zaman Khan, obtained bail for him from the Sessions Court.",
         "Sher Zaman Khan"),
        # a lawyer gets pre-arrest bail for a client, said or not
        (_LEDE + "His counsel, Rana Asif, obtained interim pre-arrest bail from the Sessions "
         "Court.", "Rana Asif"),
        (_LEDE + "His counsel, Rana Asif, obtained interim pre-arrest bail for him from the "
         "Sessions Court.", "Rana Asif"),
    ],
)  # fmt: skip
def test_no_one_else_gets_the_bail(nlp: Language, text: str, name: str) -> None:
    assert name not in accused_of("ruling", nlp, text, outcome="bail")


def test_bail_got_for_the_client_is_the_clients(nlp: Language) -> None:
    text = (_LEDE + "His counsel, Rana Asif, obtained interim pre-arrest bail for him from the "
            "Sessions Court.")  # fmt: skip
    assert "Amjad Khan" in accused_of("ruling", nlp, text, outcome="bail")
