"""A count's group named by a later definite reference in its passage (invented sentences)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.audit.figures import find_figures
from corroborate.nlp.mentions import find_mentions
from corroborate.records import NONE_STATED

Found = list[tuple[str, float | None, str]]

_GUNNED = (
    "Meanwhile, one more militant was gunned down during the encounter in Harbour Town. The"
    " gunfight had started at night when another suspect was shot by the guards."
)


def plain(text: str) -> Found:
    return [(f.measure, f.value, f.group) for f in find_figures(text, [], None, "t")]


def parsed(nlp: Language, text: str) -> Found:
    doc = nlp(text)
    return [(f.measure, f.value, f.group) for f in find_figures(doc, find_mentions(doc), None)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Two sentences later, the same noun, a definite reference with a name: its group.
        (_GUNNED + " The two Delta Front militants have been identified as A and B.",
         [("killings", 1.0, "Delta Front")]),
        # No number in the reference, "these" for "the".
        ("Guards arrested four suspects in the market on Friday. These Hill Union suspects"
         " were later handed over to the police.",
         [("arrests", 4.0, "Hill Union")]),
        # The head noun after a modifier ("target killers").
        ("Guards arrested five target killers in Harbour Town on Monday. The five Hill Union"
         " target killers were produced in court.",
         [("arrests", 5.0, "Hill Union")]),
        # A part of the count is not its group: two of 62 militants (a figure of its own).
        ("Security forces killed 62 militants this year. The two Delta Front militants killed"
         " on Friday were identified by the police.",
         [("killings", 62.0, NONE_STATED), ("killings", 2.0, "Delta Front")]),
        # Another noun: the rifles are not the militants.
        ("Guards recovered two rifles from the house. The two Delta Front militants escaped.",
         [("weapons_seized", 2.0, NONE_STATED)]),
        # Another paragraph is another passage.
        ("Police said one more militant was gunned down in the encounter.\n\nThe Delta Front"
         " militants held a rally in the city on Sunday.",
         [("killings", 1.0, NONE_STATED)]),
        # Too far: four sentences later.
        ("One more militant was gunned down in an encounter. The gunfight started at night."
         " It ended at dawn. Roads were closed. The Delta Front militant was identified.",
         [("killings", 1.0, NONE_STATED)]),
        # The nearest count of the noun named its group: the reference points back to it.
        ("Guards killed three militants on Monday. On Tuesday they killed two militants of the"
         " Hill Union. The five Harbour League militants were buried on Friday.",
         [("killings", 3.0, NONE_STATED), ("killings", 2.0, "Hill Union")]),
        # An agency's name before the noun is no group.
        ("Guards arrested four suspects in the market. The four Rangers suspects were"
         " questioned.",
         [("arrests", 4.0, NONE_STATED)]),
    ],
)  # fmt: skip
def test_group_named_later_without_a_parse(text: str, expected: Found) -> None:
    assert plain(text) == expected


def test_group_named_later_with_the_parse(nlp: Language) -> None:
    text = _GUNNED + " The two Delta Front militants have been identified as A and B."
    assert parsed(nlp, text) == [("killings", 1.0, "Delta Front")]


def test_neutral_to_the_name(nlp: Language) -> None:
    """Swapping the group's name swaps it in the figure and changes nothing else."""
    text = _GUNNED + " The two {} militants have been identified as A and B."
    assert parsed(nlp, text.format("Hill Union")) == [("killings", 1.0, "Hill Union")]
    assert parsed(nlp, text.format("Delta Front")) == [("killings", 1.0, "Delta Front")]
