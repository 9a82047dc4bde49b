"""audit.table_lines: a table's lines ("Suspects arrested: 2,036") read as sentences
(invented lines)."""

from __future__ import annotations

import time

import pytest
from spacy.language import Language

from corroborate.audit.table_lines import Moved, moved, rewritten
from corroborate.records import NONE_STATED, Mention
from tests.audit.test_figures import parsed_figures

N = NONE_STATED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Suspects arrested: 2,100", "2,100 suspects arrested."),
        ("Raids conducted:900", "900 raids conducted"),
        ("Red Hill gang members held: 64", "64 Red Hill gang members held."),
        ("Members of the Delta Front detained: 310", "310 members of the Delta Front detained."),
        # a count of verdicts is a common noun too (enf5)
        ("Convictions: 46", "46 convictions."),
        ("Convictions secured: 212", "212 convictions secured."),
        # an acronym keeps its capitals
        ("CONVICTIONS: 46", "46 CONVICTIONS."),
        # not table lines: text after the number, no colon, a label in lower case (a
        # sentence's end run on to the line)
        ("Arrests: 40 in May", "Arrests: 40 in May"),
        ("Arrests 40", "Arrests 40"),
        ("the figure: 40", "the figure: 40"),
    ],
)
def test_a_line_is_told_as_a_sentence_in_as_many_characters(text: str, expected: str) -> None:
    out, _ = rewritten(text)
    assert out == expected
    assert len(out) == len(text)


def test_offsets_outside_the_lines_stay_and_mentions_move_with_their_label() -> None:
    text = "The figures:\nDelta Front members held: 64\nThe end."
    out, moves = rewritten(text)
    assert out == "The figures:\n64 Delta Front members held.\nThe end."
    start = text.index("Delta")
    assert moves == [Moved(start, start + len("Delta Front members held"), 3)]
    front = Mention(start=start, end=start + 11, text="Delta Front", type="organization",
                    name="Delta Front", label="ORG")  # fmt: skip
    other = Mention(start=0, end=3, text="The", type="organization", name="The", label="ORG")
    shifted = moved([front, other], moves)
    assert out[shifted[0].start : shifted[0].end] == "Delta Front"
    assert shifted[1] == other


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The figures, as presented by the Guard:\nRaids conducted: 900\n"
         "Suspects arrested: 2,100\nDelta Front members arrested: 64\n"
         "Suspects killed in encounters: 9\nCases registered: 610\nWeapons recovered: 377",
         [("raids", 900.0, N), ("arrests", 2100.0, N), ("arrests", 64.0, "Delta Front"),
          ("killings", 9.0, N), ("cases", 610.0, N), ("weapons_seized", 377.0, N)]),
        ("These are the ministry's figures:\n\nArrests: 1,480\n"
         "Members of the Delta Front detained: 512\nSearches of homes: 2,200\n"
         "Firearms seized: 480\nSuspects killed in shootouts with police: 6",
         [("arrests", 1480.0, N), ("arrests", 512.0, "Delta Front"), ("raids", 2200.0, N),
          ("weapons_seized", 480.0, N), ("killings", 6.0, N)]),
        # enf7: a number inside the group's name is no count of its own ("Barrio 22")
        ("These are the ministry's figures:\n\nArrests: 1,480\n"
         "Members of Barrio 22 detained: 512\nFirearms seized: 480",
         [("arrests", 1480.0, N), ("arrests", 512.0, "Barrio 22"),
          ("weapons_seized", 480.0, N)]),
        # a label that names no measure is no figure
        ("Helpline: 1101\nPopulation: 2,400,000", []),
    ],
)  # fmt: skip
def test_a_tables_lines_are_figures(
    nlp: Language, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert parsed_figures(nlp, text) == expected


@pytest.mark.xfail(
    strict=True,
    reason="a label opened by a cue ('Convicted ... members') keeps its capital, and the NER "
    "reads the cue into the group's name ('Convicted Delta Front'); only units are lower-cased",
)
def test_a_label_opened_by_a_cue_names_the_group_alone(nlp: Language) -> None:
    figures = parsed_figures(nlp, "Figures:\nConvicted Delta Front members: 31")
    assert figures == [("convictions", 31.0, "Delta Front")]


def test_the_quote_is_the_tables_own_line(nlp: Language) -> None:
    from corroborate.audit.figures import find_figures
    from corroborate.nlp.mentions import find_mentions

    text = "Figures:\nSuspects arrested: 2,100"
    doc = nlp(text)
    (figure,) = find_figures(doc, find_mentions(doc), None)
    assert figure.quote == "Suspects arrested: 2,100"
    assert text[figure.start : figure.end] == figure.quote


def test_a_long_table_is_read_in_time_linear_in_its_lines() -> None:
    text = "\n".join(f"Suspects arrested in district {i}: {i * 10}" for i in range(1, 301))
    started = time.perf_counter()
    out, moves = rewritten(text)
    assert time.perf_counter() - started < 1.0
    assert len(moves) == 300 and len(out) == len(text)
