"""The reading they74 narrowed: the names after a sentence-initial "They are" belong to the
last group the sentence before counts - whatever its noun - whose count agrees with the
names (``NameLists._they_the_accused``, ``claims.step_group.group_count``). Where that
group is not one an arrest, a charge or a ruling was done to, nothing is accused. Invented
sentences and names, in the styles of several regions."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.lexicon.legal import legal
from corroborate.nlp.claims.step_group import group_count
from tests.nlp.test_claims import claims_of

_THREE = "They are Hari Sharma, Gita Thapa and Ram Oli."
_TWO = "They are Hari Sharma and Gita Thapa."
_FOUR = "They are Hari Sharma, Gita Thapa, Ram Oli and Sita Rai."
_LISTED = {"Hari Sharma", "Gita Thapa", "Ram Oli", "Sita Rai"}


def _accused(nlp: Language, text: str) -> set[str]:
    """Every name any claim of ``text`` holds as accused, of those the lists give."""
    return {
        p.name
        for c in claims_of(nlp, text)
        for p in c.participants
        if p.role == "accused" and p.name in _LISTED
    }


@pytest.mark.parametrize(
    "text",
    [
        # the guards, witnesses, relatives, neighbours questioned last (counted, agreeing)
        "Police arrested two men and questioned three guards. " + _THREE,
        "Police in Aarhus charged two men and questioned three security guards. " + _THREE,
        "Police arrested two men and interviewed three neighbours. " + _THREE,
        # rescued, not taken
        "Police arrested two men and rescued three children. " + _THREE,
        # the victims a relative clause counts last
        "Police arrested four men after a clash that injured two students. " + _TWO,
        # the men counted are two, the names three: the witnesses of a phrase are named
        "Police in Lahore arrested two suspects and recorded the statements of three "
        "witnesses. " + _THREE,
        "Officers in Brno detained two men and spoke to four passers-by. " + _FOUR,
        # the men counted are three, the names two: the victims are named
        "Police arrested three men in connection with the murder of two shopkeepers. " + _TWO,
    ],
)
def test_they_after_a_last_group_no_step_was_done_to_lists_no_accused(
    nlp: Language, text: str
) -> None:
    assert not _accused(nlp, text)


@pytest.mark.parametrize(
    ("text", "count"),
    [
        ("Police arrested three men. " + _THREE, 3),
        ("The police have arrested a gang of four. " + _FOUR, 4),
        # a later counted group of things the names do not fill: the men are named
        ("Police arrested three men and seized two pistols. " + _THREE, 3),
        # the group a step was done to counted last
        ("Police questioned two guards and arrested three men. " + _THREE, 3),
        ("Four suspects were arrested on Monday. " + _FOUR, 4),
        ("A magistrate allowed police to hold four suspects for 14 days. " + _FOUR, 4),
        # a count inside the group's phrase is no group of its own
        ("Police arrested three men from two villages. " + _THREE, 3),
    ],
)
def test_they_after_the_group_a_step_was_done_to_lists_the_accused(
    nlp: Language, text: str, count: int
) -> None:
    assert len(_accused(nlp, text)) == count


def test_a_group_count_is_its_number_or_the_number_after_of(nlp: Language) -> None:
    lex = legal()
    doc = nlp("Police arrested three guards and a gang of four. They questioned the men.")
    guards, gang, men = (t for t in doc if t.lower_ in ("guards", "gang", "men"))
    assert group_count(guards, lex) == 3
    assert group_count(gang, lex) == 4
    assert group_count(men, lex) is None
