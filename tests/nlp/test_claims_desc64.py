"""The grammar desc64 added for a lede of parts that opens with definite descriptions
("sentenced the owner of a dairy and his manager ... The owner, X ... The manager, Y"): in
the article's opening sentences "the NOUN" (or "the THING's NOUN") is the reporter's first
word about someone, one part of the lede as "a NOUN" would be (``LedeParts._lede_parts``);
a part the parser hung on the "of" object ("the owner of [a dairy and his manager]") is
not read (tried and taken out: its conjunct may be one the deed was done to, and a held-out
set's precision fell): those cases are expected to fail.
Invented sentences and names; paraphrases in other countries, verbs and shapes."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of, outcomes

_HUNG = pytest.mark.xfail(
    reason="a part hung on the 'of' object is not read (desc64: taken out)", strict=True
)

_PARTS_NAMED_LATER = [
    pytest.param(  # Pakistan: "his NOUN" hung on the "of" object
        "A magistrate on Tuesday sentenced the owner of a dairy shop and his manager to a "
        "year in prison each for selling adulterated milk. The food authority had raided the "
        "shop in March. The owner, Usman Tariq, 52, denied the charge. The manager, Kamran "
        "Ali, said he only followed orders.",
        ("Usman Tariq", "Kamran Ali"),
        "sentenced",
        marks=_HUNG,
    ),
    (  # Kenya: a definite part with an "of" phrase and an indefinite one, another verb
        "A court on Monday remanded the manager of a cargo warehouse and a forklift operator "
        "in the fuel theft case. The fuel was worth two million shillings. Joseph Mwangi, the "
        "warehouse manager, signed the notes. The operator, Peter Otieno, drove the tanker.",
        ("Joseph Mwangi", "Peter Otieno"),
        "remanded",
    ),
    (  # Bangladesh: the other voice, "his NOUN" after the "of" object
        "The headmaster of a madrasa and his assistant were sentenced to five years in prison "
        "on Sunday for embezzling flood relief funds. The funds had been meant for 300 "
        "families. The headmaster, Abdul Karim, 58, had kept the ledger. The assistant, Rafiq "
        "Uddin, signed the receipts.",
        ("Abdul Karim", "Rafiq Uddin"),
        "sentenced",
    ),
    pytest.param(  # Japan: "the THING's NOUN" hung on the "of" object
        "A district court in Osaka on Friday convicted the driver of a school van and the "
        "school's principal over the death of a boy left inside the van in August. The boy "
        "was four. The driver, Hiroshi Tanaka, 61, said he had checked the seats. The "
        "principal, Yumiko Sato, 59, told the court the roster had been changed that week.",
        ("Hiroshi Tanaka", "Yumiko Sato"),
        "convicted",
        marks=_HUNG,
    ),
]


@pytest.mark.parametrize(("text", "names", "outcome"), _PARTS_NAMED_LATER)
def test_a_ledes_definite_parts_named_later(
    nlp: Language, text: str, names: tuple[str, str], outcome: str
) -> None:
    # on main 7702c3c2 neither part is tied: "the NOUN" was no part of a lede
    claims = claims_of(nlp, text)
    for name in names:
        assert outcome in outcomes(claims, name)


def test_a_thing_joined_to_the_of_object_is_no_part(nlp: Language) -> None:
    # near miss: "a warehouse" is a second thing the owner owns, no person; the lede stays
    # the owner's alone, and a warehouse "manager" named later is no part of it
    text = (
        "A magistrate on Tuesday sentenced the owner of a dairy shop and a warehouse to a "
        "year in prison for selling adulterated milk. The shop had been raided in March. The "
        "manager, Kamran Ali, told the court the warehouse was empty."
    )
    assert not outcomes(claims_of(nlp, text), "Kamran Ali")


def test_a_definite_part_past_the_opening_is_no_introduction(nlp: Language) -> None:
    # near miss: past the article's opening "the owner and his manager" are people told
    # before, not a lede's new parts; a manager named after that is not tied by the count
    text = (
        "Food inspectors raided a dairy shop in Okara in March. They found detergent in the "
        "milk. Samples were sent to a laboratory. A magistrate on Tuesday sentenced the owner "
        "of the shop and his manager to a year in prison. The manager, Kamran Ali, said he "
        "only followed orders."
    )
    assert "sentenced" not in outcomes(claims_of(nlp, text), "Kamran Ali")
