"""A title whose bench, seat or branch the report writes in brackets before the name
("Additional Sessions Judge-III (South) X", "Judicial Magistrate (East) X", "Deputy
Commissioner of Police (Crime) X") is still the name's title: the judge is the court and
the officer an official (``Descriptions._described_role``, ``_bracket_opening``). Read as
no one, the judge who admitted an accused to bail was taken for the lede's unnamed accused
("granted bail to a fumigator accused in ... Judge-VI (East) X admitted Y to bail": X
accused). Invented sentences in the styles of several regions' reports."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of, roles

_LEDE_THEN_JUDGE = [
    (
        "KARACHI: A sessions court on Monday granted bail to a rickshaw driver accused of "
        "killing a cyclist in Lyari. Additional Sessions Judge-III (South) Rana Asif Mehmood "
        "admitted Khalid Hussain to bail against a surety of Rs 50,000.",
        "Rana Asif Mehmood",
        "Khalid Hussain",
    ),
    (
        "LAHORE: A magistrate on Tuesday granted bail to a pharmacist accused of selling fake "
        "vaccines. Judicial Magistrate (Cantt) Sadia Naz admitted Imran Butt to bail against "
        "a surety of Rs 100,000.",
        "Sadia Naz",
        "Imran Butt",
    ),
]


@pytest.mark.parametrize(("text", "judge", "accused"), _LEDE_THEN_JUDGE)
def test_a_judge_titled_across_a_bracket_is_no_ledes_accused(
    nlp: Language, text: str, judge: str, accused: str
) -> None:
    claims = claims_of(nlp, text)
    accused_here = {n for kind in ("accusation", "ruling") for n in accused_of(kind, nlp, text)}
    assert not any(judge in name for name in accused_here)
    # (NER may keep the title in the name: "Judicial Magistrate (Cantt) Sadia Naz")
    assert any(judge in name for name, held in roles(claims).items() if "court" in held)
    assert accused in accused_of("ruling", nlp, text, "bail")


_TITLED_ACROSS_A_BRACKET = [
    (
        "Judicial Magistrate (East) Farah Naz remanded Imran Butt to police custody for four days.",
        "Farah Naz",
        "court",
    ),
    (
        "Deputy Commissioner of Police (Crime) Shilpa Kulkarni said the two had been "
        "running the racket since March.",
        "Shilpa Kulkarni",
        "investigator",
    ),
]


@pytest.mark.parametrize(("text", "name", "role"), _TITLED_ACROSS_A_BRACKET)
def test_a_title_before_a_bracket_is_the_names(
    nlp: Language, text: str, name: str, role: str
) -> None:
    assert role in roles(claims_of(nlp, text)).get(name, set())


def test_a_long_bracket_is_no_title_word(nlp: Language) -> None:
    """A bracket of more than three words is an aside, not a bench: what stands before it
    titles no one after it."""
    text = (
        "The magistrate (who had heard the case since 2023) Khalid Hussain said had "
        "never appeared before him."
    )
    assert "court" not in roles(claims_of(nlp, text)).get("Khalid Hussain", set())


def test_the_accused_named_after_a_bracket_stays_accused(nlp: Language) -> None:
    """The near miss the other way: a bracketed age after an accused noun leaves the noun
    the name's description."""
    text = "Police arrested the accused (35) Imran Butt from Shahdara on Monday."
    assert "Imran Butt" in accused_of("arrest", nlp, text)
