"""A lawyer speaking on: the client's denial in a quotation after the lawyer spoke (den96).

'The watchman's lawyer, Y, said he would appeal. "He never opened the gate," he said': a
quotation closed by a bare "he said" is the lawyer speaking on (the one who spoke last), and
its clearing "he" is the lawyer's client - the one the lawyer was named for, here by a
description the report tied to one accused ("the watchman's lawyer", "the cashier's
counsel"; ``claims.counsel_speaking_on``, asked by ``SpokenFor._clients_he``). So too a bare
"the lawyer said" after such a lawyer (``Counsel.remember_counsel`` now keeps a client told by
a description). Before, the resolver gave the "he" to the co-accused named last.

Invented sentences and names, in Pakistani, Indian and Bangladeshi styles; near misses that
must not move: a co-accused's lawyer speaking last, the accused speaking for himself, the
prosecutor's and the police's words.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_KARACHI = (
    "KARACHI: A court convicted the watchman, Ghulam Nabi, and the cook, Saleem Akhtar, of the "
    "murder of a trader. Akhtar was acquitted on appeal last week. "
)
_WATCHMANS_LAWYER = (
    "The watchman's lawyer, Advocate Naveed Shah, said he would move the Supreme Court. "
)
_LUCKNOW = (
    "LUCKNOW: Police arrested the cashier, Ramesh Verma, and the peon, Suresh Pal, for "
    "embezzling bank funds. Pal was sent to judicial custody on Monday. The cashier's counsel, "
    "Advocate Alok Mishra, moved a bail plea. "
)
_DHAKA = (
    "DHAKA: A tribunal sentenced the driver, Abdul Karim, and the helper, Rubel Mia, over the "
    "death of a passenger. Rubel was acquitted. The driver's lawyer, Advocate Mahbub Alam, told "
    "reporters they would appeal. "
)
_NAMED = (
    "KARACHI: A court convicted Ghulam Nabi and Saleem Akhtar of the murder of a trader. "
    "Nabi's lawyer, Advocate Naveed Shah, said he would appeal. "
)


@pytest.mark.parametrize(
    ("text", "cleared"),
    [
        (_KARACHI + _WATCHMANS_LAWYER + '"He never opened the gate," he said.', {"Ghulam Nabi"}),
        (
            _KARACHI + _WATCHMANS_LAWYER + '"He was asleep in the guard room that night," the '
            "lawyer said.",
            {"Ghulam Nabi"},
        ),
        (
            _KARACHI + _WATCHMANS_LAWYER + '"He was asleep in the guard room that night. He '
            'never opened the gate," the lawyer said.',
            {"Ghulam Nabi"},
        ),
        (_LUCKNOW + '"He never signed the vouchers," the lawyer said.', {"Ramesh Verma"}),
        (
            _LUCKNOW + '"He is a clerk, not a thief. He never signed the vouchers," the lawyer '
            "said.",
            {"Ramesh Verma"},
        ),
        (_DHAKA + '"He never touched the boy," the lawyer said.', {"Abdul Karim"}),
    ],
)
def test_the_client_of_a_lawyer_speaking_on(nlp: Language, text: str, cleared: set[str]) -> None:
    assert accused_of("denial", nlp, text) == cleared


@pytest.mark.parametrize(
    ("text", "cleared"),
    [
        # a co-accused's lawyer spoke last: his client, not the watchman
        (
            _KARACHI + _WATCHMANS_LAWYER + "Akhtar's lawyer, Advocate Zia Memon, welcomed the "
            'acquittal. "He never fired a shot," the lawyer said.',
            {"Saleem Akhtar"},
        ),
        (
            "KARACHI: A court convicted Ghulam Nabi and Saleem Akhtar of the murder of a trader. "
            "Akhtar was acquitted on appeal last week. Akhtar's lawyer, Advocate Naveed Shah, "
            'said the verdict was just. "He never opened the gate," he said.',
            {"Saleem Akhtar"},
        ),
        # the accused spoke last: his own word
        (
            _NAMED + 'Akhtar told reporters he would also appeal. "I never opened the gate," he '
            "said.",
            {"Saleem Akhtar"},
        ),
        # the prosecution's and the police's words clear no one
        (_NAMED + '"He never opened the gate," the prosecutor said.', set()),
        (
            _KARACHI + _WATCHMANS_LAWYER + '"He was asleep in the guard room that night," the '
            "police officer said.",
            set(),
        ),
    ],
)
def test_near_misses(nlp: Language, text: str, cleared: set[str]) -> None:
    assert accused_of("denial", nlp, text) == cleared


@pytest.mark.xfail(
    strict=True,
    reason="the victim's lawyer's he: the resolver's pick (the accused) is asked before a "
    "lawyer for no one accused is known to speak for the victim",
)
def test_the_victims_lawyer_speaking_on(nlp: Language) -> None:
    text = (
        "KARACHI: A court convicted Ghulam Nabi of the murder of a trader, Saleem Akhtar. The "
        "trader's lawyer, Advocate Naveed Shah, welcomed the verdict. "
        '"He never harmed anyone," he said.'
    )
    assert accused_of("denial", nlp, text) == set()


@pytest.mark.xfail(
    strict=True,
    reason="kin speaking on (not built): a relative told by a description's owner is asked "
    "after the resolver's pick (SpokenFor._kin_who_spoke)",
)
def test_kin_speaking_on(nlp: Language) -> None:
    text = (
        _KARACHI + "The watchman's brother, Rashid Nabi, said the family would appeal. "
        '"He never opened the gate," he said.'
    )
    assert accused_of("denial", nlp, text) == {"Ghulam Nabi"}


@pytest.mark.xfail(
    strict=True,
    reason="a lawyer whose name the parser hangs on the 'for' phrase is kept unnamed; a "
    "later 'the counsel argued' is not that lawyer (not built)",
)
def test_counsel_for_a_description_unnamed(nlp: Language) -> None:
    text = (
        "PATNA: Police arrested the clerk, Rakesh Kumar, and the cashier, Sunil Yadav, for "
        "embezzling funds. Yadav was sent to judicial custody. Counsel for the clerk, Anil "
        'Sinha, sought bail. "He had nothing to do with the withdrawals," the counsel argued.'
    )
    assert accused_of("denial", nlp, text) == {"Rakesh Kumar"}
