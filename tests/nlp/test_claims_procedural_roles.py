"""An accused told by his part in the proceeding ("the applicant" of a bail report, "the
appellant" of an appeal, "the petitioner"), ``nlp/claims/procedural_roles.py``, on invented
sentences: the client of the lawyer in whose words it stands, the one the report introduced
with the noun ("X, an applicant-accused"), or the one accused a ruling of the noun's kind was
about; and the "he" whose nearest clause subject the noun is. Near misses: two accused whose bail
applications the court decided (the noun says neither), a noun with its own name, and an
applicant the report never ruled on (the victim's father who moved the court)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_APPOSED = (
    "The High Court granted bail to Ravi Mehra, an applicant-accused booked for the murder of "
    "a guard. Sohan Lal, his co-accused, was granted bail by the sessions court last month. "
)
_ONE_BAIL = "The High Court granted bail to Ravi Mehra, accused of murdering a guard. "
_TWO_BAILS = (
    "The High Court granted bail to Ravi Mehra while dismissing the bail application of Sohan "
    "Lal, his co-accused in the murder of a guard. "
)
_APPEAL = (
    "The High Court set aside the conviction of Imran Sheikh for the murder of a shopkeeper "
    "and ordered a retrial. "
)


@pytest.mark.parametrize(
    ("kind", "text", "who"),
    [
        # apposed: "X, an applicant-accused"; the other accused was granted bail too
        ("denial", _APPOSED + "The applicant has denied all the allegations.", "Ravi Mehra"),
        # the one a bail ruling was about
        ("denial", _ONE_BAIL + "The applicant has denied all the allegations.", "Ravi Mehra"),
        # the one an appeal's ruling was about
        (
            "retraction",
            _APPEAL + "The bench noted that the trial judge had excluded the custodial "
            "statement, which the appellant had retracted as made under threat.",
            "Imran Sheikh",
        ),
        # a lawyer's client: the lawyer speaks of his client's part, though both applied
        (
            "retraction",
            _TWO_BAILS + "Counsel for Ravi, Advocate Karan Sood, argued that the case rested "
            "on words shouted at cameras. He submitted that the applicant had filed an "
            "application in which he stated that a constable had forced him to confess.",
            "Ravi Mehra",
        ),
        (
            "confession",
            _APPEAL + "The bench noted that the trial judge had excluded the custodial "
            "statement, which the appellant had retracted as made under threat.",
            "Imran Sheikh",
        ),
    ],
)
def test_the_part_stands_for_its_holder(nlp: Language, kind: str, text: str, who: str) -> None:
    assert accused_of(kind, nlp, text) == {who}


@pytest.mark.parametrize(
    ("kind", "text"),
    [
        # two applicants: the court decided both bail applications
        ("denial", _TWO_BAILS + "The applicant has denied all the allegations."),
        # the applicant is the victim's father, whom no ruling was about: this rule reads no
        # one, but the denial reader's older fallback still gives the followed accused
        pytest.param(
            "denial",
            "Ravi Mehra was charged with the murder of Anil Kumar. The victim's father, Suresh "
            "Kumar, moved an application seeking the cancellation of bail. The applicant "
            "denied all the allegations of the defence.",
            marks=pytest.mark.xfail(strict=True, reason="read for Ravi Mehra before role46"),
        ),
        # the lawyer's own phrase names whom he acts for; the part is then no one's
        (
            "retraction",
            _TWO_BAILS + "Counsel for the applicant argued that the applicant had filed an "
            "application in which he stated that a constable had forced him to confess.",
        ),
        # an applicant with a name of his own is that name's, not the ruled-on accused
        (
            "retraction",
            _APPEAL + "The bench noted that the statement, which the appellant Bilal Khan "
            "had retracted, was not relied upon.",
        ),
    ],
)
def test_the_part_is_nobody_else(nlp: Language, kind: str, text: str) -> None:
    found = accused_of(kind, nlp, text)
    assert not found & {"Ravi Mehra", "Sohan Lal", "Suresh Kumar", "Imran Sheikh"}
