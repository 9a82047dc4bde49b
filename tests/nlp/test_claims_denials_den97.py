"""Not on the place: "his client was never on that road", "I was not on that trail" (den97).

The accused's side saying the accused was not on a road, a farm, a boat or a ship where the
crime was - the held-out reports' counsel and kin say it with "on" as often as with "at" - is
the presence denied that ``contact_denied.denies_being_at`` reads with "at", "in" or "near";
and "at all" after the place ("was not in the car at all") tells no time of its own, as
"even" does not. Near misses that must not move: a place after "on" that points at nothing
("on duty"), the victim's kin and the police saying where someone was not.

Invented sentences and names, in Pakistani, Indian, Bangladeshi and Caribbean styles.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_MULTAN = (
    "MULTAN: Police arrested Sarfraz Khokhar, a transporter, over the killing of a cattle "
    "trader on the bypass. Khokhar was sent on physical remand. "
)
_NAGPUR = (
    "NAGPUR: The Railway Protection Force arrested Vinod Pawar, a porter, for the theft of "
    "parcels from a goods train. Pawar was remanded in custody till Friday. "
)
_KHULNA = (
    "KHULNA: Coast guard members detained Jalal Sheikh, a boatman, over the smuggling of "
    "shrimp fry. A court sent Jalal to jail. "
)
_CASTRIES = (
    "CASTRIES: Police charged Marlon Joseph, a fisherman, with the robbery of a tourist on a "
    "beach trail. Joseph was remanded to Bordelais. "
)


@pytest.mark.parametrize(
    ("text", "cleared"),
    [
        (
            _MULTAN + 'His counsel, Rana Asif Advocate, said his client "was never on that road".',
            {"Sarfraz Khokhar"},
        ),
        (
            _MULTAN + "Khokhar's lawyer said his client had never been on that road.",
            {"Sarfraz Khokhar"},
        ),
        (_NAGPUR + "Pawar's brother said he was never on the platform.", {"Vinod Pawar"}),
        (_KHULNA + "Jalal has maintained that he was not on the boat.", {"Jalal Sheikh"}),
        (_CASTRIES + "Joseph told the court he was not on that trail.", {"Marlon Joseph"}),
        # "at all" after the place is no time of its own
        (_NAGPUR + "Pawar's lawyer said his client was not in the wagon at all.", {"Vinod Pawar"}),
    ],
)
def test_not_on_the_place(nlp: Language, text: str, cleared: set[str]) -> None:
    assert accused_of("denial", nlp, text) == cleared


@pytest.mark.parametrize(
    "text",
    [
        # "on duty" points at no place
        _NAGPUR + "Pawar said he was not on duty.",
        # the victim's kin and the police say where someone was not: no one's denial
        _MULTAN + "The trader's brother said the trader was never on that road.",
        _CASTRIES + "Police said Joseph was not on the bus.",
    ],
)
def test_near_misses(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == set()


@pytest.mark.xfail(
    strict=True,
    reason="a list or a roster after 'on' is read as a place (no noun list of membership "
    "kept apart; den97 left it)",
)
def test_not_on_a_list(nlp: Language) -> None:
    text = _NAGPUR + "Pawar's lawyer said his client was not on the list of suspects."
    assert accused_of("denial", nlp, text) == set()


# The arrest called a scapegoating, or political as the whole predicate (den97): the calling
# verb's word of persecution (``kinds.persecution``), a denial by the accused's side.
@pytest.mark.parametrize(
    ("text", "cleared"),
    [
        (_NAGPUR + 'Pawar\'s brother termed the arrest "a scapegoating".', {"Vinod Pawar"}),
        (_MULTAN + "Khokhar's party called the arrest political.", {"Sarfraz Khokhar"}),
        (_KHULNA + "Jalal's brother said the case was political.", {"Jalal Sheikh"}),
    ],
)
def test_the_arrest_called_persecution(nlp: Language, text: str, cleared: set[str]) -> None:
    assert accused_of("denial", nlp, text) == cleared


@pytest.mark.parametrize(
    "text",
    [
        # the victim's kin and the police call it so: no denial
        _MULTAN + "The trader's brother called the arrest political.",
        _MULTAN + "Police called the arrest political.",
        # "political" that is not the whole predicate calls nothing false
        _MULTAN + "The arrest was made after a political rally, police said.",
    ],
)
def test_persecution_near_misses(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == set()
