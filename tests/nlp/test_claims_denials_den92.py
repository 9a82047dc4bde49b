"""Three ways the accused's side denies in Pakistani court reporting that no word of denying
carries (den92), counted on the open sets' missed denials:

- the arrest told by the place he was taken from (``claims.picked_up_from``): "he had been
  picked up from his rickshaw stand", "his son had been picked up from a wedding";
- sleep with no time (``claims.asleep_alibis``): "he had been asleep in the watchmen's
  quarter", "his nephew had been sleeping in another hostel block";
- the phrasal "roped in" (``claims.dragged_in``): "his client had been roped in by political
  rivals".

Invented sentences and names, in Pakistani, Bangladeshi and wire styles; near misses that
must not read: the police telling the arrest, a victim's relative, a confession's narrative
of a gang's driver, "asleep at the wheel", a sleep told with another moment, a task one was
roped in for, and every one negated."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_SAHIWAL = (
    "SAHIWAL: Police arrested Imran Latif, 27, a rickshaw driver, over the abduction of a "
    "trader's son from Farid Town last week. "
)
_BOGURA = (
    "BOGURA: Police arrested Shafiqul Alam, 34, a night guard, over the theft of fertiliser "
    "sacks from a government godown on Tuesday night. "
)
_ARUSHA = (
    "Police in Arusha arrested Baraka Mollel, 29, a lodge cook, over the poisoning of two "
    "guests at a safari lodge. "
)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            _SAHIWAL + "Latif maintained that he had been picked up from his rickshaw stand.",
            "Imran Latif",
        ),
        (
            _SAHIWAL + "His father, Abdul Latif, said his son had been picked up from a "
            "cousin's mehndi on Saturday night.",
            "Imran Latif",
        ),
        (_SAHIWAL + "His family said he was picked up from home.", "Imran Latif"),
        (
            _SAHIWAL + "His brother said Imran was picked up from his room by police on Friday.",
            "Imran Latif",
        ),
        (
            _BOGURA + "Shafiqul's wife, Rina Begum, said her husband had been picked up from a "
            "tea stall near the bus terminal.",
            "Shafiqul Alam",
        ),
    ],
)
def test_the_arrest_told_by_the_place_he_was_taken_from(nlp: Language, text: str, who: str) -> None:
    assert who in accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # the police telling their own arrest
        _SAHIWAL + "The SHO said Latif was picked up from his rickshaw stand.",
        # the scene is the police's story, whoever repeats it
        _SAHIWAL + "His lawyer said Latif had been picked up from the spot.",
        # a gang's driver taking him is no arrest
        _SAHIWAL + "Latif told police he had been picked up from the bus stop by the gang's "
        "driver.",
        # a victim's relative
        _SAHIWAL + "The trader's brother said he had been picked up from his school.",
        # negated
        _SAHIWAL + "His family said he had not been picked up from home.",
    ],
)
def test_no_arrest_told_by_his_side(nlp: Language, text: str) -> None:
    assert "Imran Latif" not in accused_of("denial", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="an active custody verb with the police as subject "
    "('police had picked him up from his home') is not read: den92 built the "
    "passive only, which the open sets hold",
)
def test_the_police_picking_him_up_told_actively(nlp: Language) -> None:
    text = _SAHIWAL + "His mother said police had picked him up from his home on Friday."
    assert "Imran Latif" in accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            _BOGURA + "Shafiqul maintained that he had been asleep in the watchmen's quarter.",
            "Shafiqul Alam",
        ),
        (
            _BOGURA + "Shafiqul's uncle said his nephew had been sleeping in another shed.",
            "Shafiqul Alam",
        ),
        (
            _SAHIWAL + '"My son was asleep in the house with us," his mother said.',
            "Imran Latif",
        ),
        (
            _ARUSHA + "Mollel's lawyer said her client had been asleep in the staff dormitory.",
            "Baraka Mollel",
        ),
    ],
)
def test_asleep_with_no_time(nlp: Language, text: str, who: str) -> None:
    assert who in accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a driver asleep at the wheel is the crash's cause
        (_ARUSHA + "His lawyer said Mollel had been asleep at the wheel.", "Baraka Mollel"),
        # another moment: where he was arrested
        (_BOGURA + "Shafiqul said he was asleep when police came.", "Shafiqul Alam"),
        # now, not then
        (_BOGURA + "Shafiqul said he is asleep most afternoons.", "Shafiqul Alam"),
        # a time of its own that is no crime's
        (_BOGURA + "Shafiqul said he had been asleep in the morning.", "Shafiqul Alam"),
        # negated
        (_BOGURA + "Shafiqul said he was not asleep.", "Shafiqul Alam"),
        # the police telling it
        (_BOGURA + "The SHO said Shafiqul was asleep in the watchmen's quarter.", "Shafiqul Alam"),
    ],
)
def test_no_sleep_alibi(nlp: Language, text: str, who: str) -> None:
    assert who not in accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            _SAHIWAL + "His lawyer said his client had been roped in by political rivals.",
            "Imran Latif",
        ),
        (_SAHIWAL + "Latif said he had been roped in by his rivals.", "Imran Latif"),
        (
            _SAHIWAL + '"He has been roped in by people who want his stand," the lawyer said.',
            "Imran Latif",
        ),
        (
            _BOGURA + "Defence counsel said Shafiqul had been roped in because of a land dispute.",
            "Shafiqul Alam",
        ),
    ],
)
def test_roped_in(nlp: Language, text: str, who: str) -> None:
    assert who in accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # a task or a part, no case
        _SAHIWAL + "His lawyer said his client had been roped in to drive the car.",
        _SAHIWAL + "His lawyer said his client had been roped in as a witness.",
        # the police telling it
        _SAHIWAL + "The SHO said Latif had been roped in by the gang.",
        # the victim's side
        _SAHIWAL + "The complainant's lawyer said his client had been roped in by rivals.",
        # negated
        _SAHIWAL + "His lawyer said his client had not been roped in by anyone.",
    ],
)
def test_not_roped_into_a_case(nlp: Language, text: str) -> None:
    assert "Imran Latif" not in accused_of("denial", nlp, text)
