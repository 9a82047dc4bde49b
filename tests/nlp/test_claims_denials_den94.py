"""The deed refused by a word that points back to it, the word told "on the first day that",
and the accused's mark used by another (den94).

- "I did not do this", "he would never do it", '"I have said from the beginning that I did not
  do this," he said': a negated "do" whose only object is "it", "this" or "that", bare, said
  by the accused's side, refuses the deed (``claims.did_not_do_it``); kept to one the report
  accuses already.
- '"I told them on the first day that I had done nothing"', '"I told the police the first day
  that I had nothing to do with it"': the parser hangs the told clause on "day" as a relative
  clause with "that" for its relative word; after "the first day" it is what was told
  (``own_word.told_past_its_time``).
- "his signature had been copied", "his login and signature had been misused", "his client's
  signature had been forged", "his login had been used by others": the mark that ties the
  accused to the papers was another's doing (``claims.misused_marks``, asked by
  ``unlinked.nothing_links``); the owner is cleared, if the report accuses him already.

Invented sentences and names, in Pakistani, Bangladeshi, Nepali and wire styles; near misses
that must not read: a manner, purpose or condition on the deed ("did not do it alone", "for
money", "if he did not do it"), a task noun ("did not do this job"), a victim's kin, the
police, a "did not deny", and "the day that I was arrested" (no "first").
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_SHOWROOM = (
    "LAHORE: Police arrested Imran Qadir, 34, a driver, over the theft of a car from a "
    "showroom on Monday. "
)
_MILL = (
    "NARAYANGANJ: Police arrested Abul Kashem, 45, the manager of a rice mill, over the theft "
    "of government rice on Tuesday. "
)
_CLINIC = (
    "POKHARA: Police arrested Ram Bahadur Karki, 52, a clinic owner, on charges of selling "
    "fake medicines on Sunday. "
)
_WIRE = (
    "KAMPALA - Police have charged Peter Okello, 29, a warehouse guard, with the theft of "
    "coffee sacks from a depot in Nakawa. "
)


@pytest.mark.parametrize(
    ("text", "cleared"),
    [
        (_SHOWROOM + '"I did not do this," Imran said.', {"Imran Qadir"}),
        (_SHOWROOM + 'Imran said: "I did not do this."', {"Imran Qadir"}),
        (_SHOWROOM + "Imran told reporters that he did not do it.", {"Imran Qadir"}),
        (_MILL + 'His wife, Rokeya Begum, said: "He did not do this."', {"Abul Kashem"}),
        (_CLINIC + 'Karki\'s lawyer said: "My client did not do it."', {"Ram Bahadur Karki"}),
        (
            _SHOWROOM + '"I have said from the beginning that I did not do this," Imran said.',
            {"Imran Qadir"},
        ),
        (
            _WIRE + 'Leaving the court, Okello said: "I said that I did not do this."',
            {"Peter Okello"},
        ),
    ],
)
def test_a_deed_refused_by_a_word_pointing_back(
    nlp: Language, text: str, cleared: set[str]
) -> None:
    assert accused_of("denial", nlp, text) == cleared


@pytest.mark.parametrize(
    ("text", "cleared"),
    [
        (
            _SHOWROOM + 'Imran said: "I told them on the first day that I had done nothing."',
            {"Imran Qadir"},
        ),
        (
            _SHOWROOM + '"I told the police the first day that I had nothing to do with it," '
            "Imran said.",
            {"Imran Qadir"},
        ),
        (
            _MILL + 'Outside the court, Kashem said: "I told them on the first day that I had '
            'done nothing. It took a year for someone to listen."',
            {"Abul Kashem"},
        ),
        (
            _WIRE + '"I told the police on the first day that I was at home with my wife," '
            "Okello said.",
            {"Peter Okello"},
        ),
    ],
)
def test_told_on_the_first_day_that(nlp: Language, text: str, cleared: set[str]) -> None:
    assert accused_of("denial", nlp, text) == cleared


@pytest.mark.parametrize(
    ("text", "cleared"),
    [
        (
            _SHOWROOM + "Speaking to reporters outside the court, Imran said his signature had "
            "been copied.",
            {"Imran Qadir"},
        ),
        (
            _CLINIC + "Talking to this correspondent, Karki said his login and signature had "
            "been misused.",
            {"Ram Bahadur Karki"},
        ),
        (
            _MILL + "Kashem's lawyer said his client's signature on the delivery papers had "
            "been forged.",
            {"Abul Kashem"},
        ),
        (
            _WIRE + "Okello told the court that he had kept the gate shut and that his login "
            "had been used by others.",
            {"Peter Okello"},
        ),
    ],
)
def test_a_mark_of_his_misused(nlp: Language, text: str, cleared: set[str]) -> None:
    assert accused_of("denial", nlp, text) == cleared


@pytest.mark.parametrize(
    "text",
    [
        # the prosecution's forgery, the accused's own deed, a mark not misused or only maybe
        _MILL + "Police said the signatures on the delivery papers had been forged.",
        _MILL + "Police said Kashem had copied the manager's signature.",
        _MILL + "Kashem said his signature was not forged.",
        _MILL + "Kashem said the signature could have been copied.",
        _MILL + "Kashem said his login was used by him alone.",
        # one the report does not accuse
        _MILL + "The mill's owner, Habibur Rahman, said his signature had been copied.",
        # a manner, purpose or condition narrows the deed; a task noun is no deed
        _SHOWROOM + "Police said Imran did not do it alone.",
        _SHOWROOM + '"He did not do it for money," his mother said.',
        _SHOWROOM + '"If he did not do it, then somebody else did," his mother said.',
        _SHOWROOM + '"I did not do this job," Imran said.',
        # not the accused's side
        _SHOWROOM + 'The showroom owner\'s father said: "I did not do this."',
        _SHOWROOM + '"We did not do it," the police said of the torture claim.',
        # conceding is no denial
        _SHOWROOM + "Imran said he did not deny it.",
        # "the day that I was arrested": a relative clause of the day, nothing told
        _SHOWROOM + '"I told them on the day that I was arrested," Imran said.',
        # the told clause clears nothing
        _SHOWROOM + '"I told them on the first day that I drove the car," Imran said.',
    ],
)
def test_near_misses(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == set()


# den100: a bare "did not know" is the deed the report told (``no_part._knew_nothing_of_it``)
def test_first_day_bare_not_knowing(nlp: Language) -> None:
    text = _CLINIC + 'Karki told reporters: "I said from the first day that I did not know."'
    assert accused_of("denial", nlp, text) == {"Ram Bahadur Karki"}
