"""What an accused says in the trial court's examination is his answer to the charge (den88,
``claims.examined_answers``): "In his statement under Section 342 CrPC, X said he had been at
his sister's house that night", "X told the court in his 342 statement that he had been
working at a kiln", whatever the words of the answer. Counted on the Pakistan open sets'
missed denials, where a statement under Section 342 near the missed person was the largest
shared shape. Invented sentences and names, in the styles of Pakistani dailies; near misses
that must not read: an admission in the same statement, his own crime told there, a
statement under the police's section (161), a complainant's statement, and a verb negated."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_SAHIWAL = (
    "An additional sessions judge in Sahiwal on Tuesday sentenced Naveed Akhtar, a tractor "
    "driver, to seven years in prison for the theft of a transformer from a grid station. "
)
_OKARA = (
    "A sessions court in Okara convicted Tariq Mehmood and acquitted Sajid Ali in the murder "
    "of a shopkeeper, Rafaqat Hussain. "
)
_TWO = (
    "An additional sessions judge in Sahiwal on Tuesday sentenced Naveed Akhtar, a tractor "
    "driver, and Bilal Anwar, a mechanic, to seven years in prison for the theft of a "
    "transformer from a grid station. "
)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            _SAHIWAL + "Akhtar told the court in his statement under Section 342 that he had "
            "been working at a brick kiln since March.",
            {"Naveed Akhtar"},
        ),
        (
            _SAHIWAL + "In his 342 statement, Akhtar maintained that the police had picked him "
            "up from his home.",
            {"Naveed Akhtar"},
        ),
        (
            _SAHIWAL + "Akhtar, in his own 342 statement, said the tractor belonged to his cousin.",
            {"Naveed Akhtar"},
        ),
        (
            _SAHIWAL + "In his statement under Section 342, he had told the court that the "
            "police made him put his thumb on papers he could not read.",
            {"Naveed Akhtar"},
        ),
        (
            _OKARA + "In his statement recorded under Section 342 of the Code of Criminal "
            "Procedure, Mehmood said he was a labourer who had been implicated by the "
            "complainant over a land dispute.",
            {"Tariq Mehmood"},
        ),
        (
            _TWO + "In their statements under Section 342, both accused said they had been "
            "picked up from their homes.",
            {"Naveed Akhtar", "Bilal Anwar"},
        ),
        (
            _TWO + "Anwar, whose counsel had called the recovery a police story, told the "
            "court in his own 342 statement that he was a mechanic who had been made a "
            "scapegoat.",
            {"Bilal Anwar"},
        ),
    ],
)
def test_an_answer_in_the_trial_courts_examination_denies(
    nlp: Language, text: str, who: set[str]
) -> None:
    assert who <= accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # an admission there is a confession, not an answer
        (
            _SAHIWAL + "In his statement under Section 342, Akhtar admitted that he had "
            "removed the transformer.",
            "Naveed Akhtar",
        ),
        # his own crime told there
        (
            _SAHIWAL + "In his 342 statement, Akhtar said he had stabbed the guard because the "
            "guard attacked him first.",
            "Naveed Akhtar",
        ),
        # the police's examination, not the trial court's
        (
            _SAHIWAL + "In his statement under Section 161, Akhtar said he had sold the copper "
            "to a scrap dealer.",
            "Naveed Akhtar",
        ),
        # the complainant's statement: no one accused speaks
        (
            _SAHIWAL + "The complainant, Muhammad Yaqoob, said in his statement under Section "
            "342 that the transformer had been stolen at night.",
            "Muhammad Yaqoob",
        ),
        # a verb negated tells no answer
        (
            _SAHIWAL + "In his statement under Section 342, Akhtar did not say where he had "
            "kept the copper.",
            "Naveed Akhtar",
        ),
    ],
)
def test_no_answer_read_from_the_examination(nlp: Language, text: str, who: str) -> None:
    assert who not in accused_of("denial", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="his own theft told by 'said' in the 342 statement: no verb of stealing is a crime "
    "verb of the lexicon, so ``tells_own_crime`` does not see his own crime and the answer is "
    "read as a denial (a confession there is told by 'admitted' in the open sets)",
)
def test_own_theft_told_in_the_examination_is_no_denial(nlp: Language) -> None:
    text = _SAHIWAL + "In his 342 statement, Akhtar said he had stolen the transformer."
    assert "Naveed Akhtar" not in accused_of("denial", nlp, text)
