"""The readings ord82 added: a prosecution's own order that a suspect be held ("the Public
Prosecution ordered X detained for 21 days pending investigation", "prosecutors ordered him
held", "the prosecutor's office ordered his detention") is a remand, as a court's is - where
prosecutors hold suspects pending investigation (the Gulf, Egypt, francophone Africa) that
order is the custody before trial; and the passive order "X was ordered held in detention",
"X was ordered to remain in custody", with a court told beside it, is a remand of X.

Invented sentences and names: each reading with paraphrases, and near misses that must not
fire - the police, a police chief or a minister ordering a detention, a prosecution only
asking for one, a passive order given by the police or with no court told, staying somewhere
that is no custody, a victim, a judge and a lawyer named beside it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

LEDE = "Police arrested Tariq Al-Shammari, a cashier at a money exchange, on Sunday.\n\n"
NAME = "Tariq Al-Shammari"


@pytest.mark.parametrize(
    "text",
    [
        "The Public Prosecution ordered Al-Shammari held for 21 days pending investigation.",
        "The Public Prosecution ordered him detained for 14 days pending investigation.",
        "Prosecutors ordered him held for four days while they examine the accounts.",
        "The prosecutor's office ordered his detention for two months.",
        "The Public Prosecution ordered the detention of Tariq Al-Shammari for 21 days.",
        "The special prosecutor charged him with forgery and ordered him held at the central "
        "prison.",
    ],
)
def test_a_prosecution_ordering_someone_held_remands_him(nlp: Language, text: str) -> None:
    assert NAME in accused_of("ruling", nlp, LEDE + text, "remanded")


@pytest.mark.parametrize(
    "text",
    [
        "Al-Shammari was ordered held in detention for 30 days, the criminal court said.",
        "Al-Shammari was ordered detained pending trial after a judge heard the charges.",
        "He was ordered to remain in custody for two more months when the court heard the case.",
        "Tariq Al-Shammari was ordered held by the Public Prosecution for ten days.",
        "He was ordered kept in detention by the investigating judge.",
    ],
)
def test_a_passive_order_of_custody_remands_its_subject(nlp: Language, text: str) -> None:
    assert NAME in accused_of("ruling", nlp, LEDE + text, "remanded")


@pytest.mark.parametrize(
    "text",
    [
        # no court and no prosecution orders it
        "The police chief ordered him detained at the station.",
        "The interior minister ordered his detention.",
        "Police ordered the detention of Al-Shammari.",
        # only asked for, or refused
        "Prosecutors asked the court to order him held for 21 days.",
        "The Public Prosecution did not order his detention.",
        # a passive order by the police, or with no court told
        "Al-Shammari was ordered detained by the police commissioner.",
        "Al-Shammari was ordered held at the station.",
        # staying somewhere that is no custody
        "Al-Shammari was ordered to remain in the country, the court said.",
    ],
)
def test_an_order_no_court_or_prosecution_gives_is_no_remand(nlp: Language, text: str) -> None:
    assert NAME not in accused_of("ruling", nlp, LEDE + text, "remanded")


@pytest.mark.parametrize(
    ("text", "other"),
    [
        (
            "The Public Prosecution ordered Al-Shammari detained for 21 days over the death of "
            "a customer, Rashid Al-Enezi.",
            "Rashid Al-Enezi",
        ),
        (
            "Prosecutor Hamad Al-Kandari ordered Al-Shammari held for 21 days.",
            "Hamad Al-Kandari",
        ),
        (
            "Al-Shammari was ordered held in detention after Judge Nasser Al-Otaibi heard the "
            "case.",
            "Nasser Al-Otaibi",
        ),
        (
            "His lawyer, Yousef Al-Rashidi, said Al-Shammari was ordered to remain in custody by "
            "the court.",
            "Yousef Al-Rashidi",
        ),
    ],
)
def test_only_the_one_ordered_held_is_held(nlp: Language, text: str, other: str) -> None:
    held = accused_of("ruling", nlp, LEDE + text, "remanded")
    assert NAME in held
    assert other not in held
