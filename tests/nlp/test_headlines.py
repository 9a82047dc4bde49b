"""A report's headline (``nlp.headlines``) and the claims of it the body tells again.
Records are made by hand over invented texts."""

from __future__ import annotations

import pytest

from corroborate.nlp.headlines import headline, told_again
from corroborate.nlp.sentences import sentences
from corroborate.records import Claim, Participant

_TEXT = (
    "Waqar Bhatti confesses to two killings\n\n"
    "LAHORE: Gang leader Waqar Bhatti confessed to two killings before a magistrate."
)


def _at(text: str, words: str, after: int = 0) -> tuple[int, int]:
    start = text.index(words, after)
    return start, start + len(words)


@pytest.mark.parametrize(
    ("text", "first_line"),
    [
        (_TEXT, "Waqar Bhatti confesses to two killings"),
        ("LAHORE: A court jailed him.\n\nHe will appeal.", None),  # a dateline
        ("A court jailed him.\n\nHe will appeal.", None),  # a sentence
        ("Court jails trader", None),  # nothing after it
    ],
)
def test_the_headline_is_a_first_line_without_final_punctuation(
    text: str, first_line: str | None
) -> None:
    found = headline(text, sentences(text))
    assert (text[found[0] : found[1]] if found else None) == first_line


def _confession(text: str, cue: str, name: str, after: int = 0) -> Claim:
    sentence = next((s, e) for s, e in sentences(text) if s <= _at(text, cue, after)[0] < e)
    person = Participant(name, "accused", *_at(text, name.split()[0], after))
    return Claim("confession", *sentence, _at(text, cue, after), (person,), act="killing")


def test_a_headline_claim_the_body_tells_again_gives_way() -> None:
    top = _confession(_TEXT, "confesses", "Waqar Bhatti")
    body = _confession(_TEXT, "confessed", "Waqar Bhatti", after=40)
    assert told_again(_TEXT, [top, body], sentences(_TEXT)) == {top.cue: body}
    other = Claim("confession", body.start, body.end, body.cue,
                  (Participant("Omar Vane", "accused", 0, 0),), act="killing")  # fmt: skip
    assert told_again(_TEXT, [top, other], sentences(_TEXT)) == {}  # another's confession
    ruling = Claim("ruling", body.start, body.end, body.cue, body.participants, "convicted")
    assert told_again(_TEXT, [top, ruling], sentences(_TEXT)) == {}  # another act
