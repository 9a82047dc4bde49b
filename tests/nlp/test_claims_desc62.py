"""The grammar desc62 added for a lede's description with an "of" phrase named later ("sentenced
the operator of a dyeing-unit boiler ... X, the boiler's operator"): the "of" phrase only says
what the one person the report later introduces with that noun is of
(``DescribedPeople._of_fits_later``), so long as that later noun names no other thing ("the
rickshaw's driver" is not "the driver of a bus"). Invented sentences and names; paraphrases in
other countries, verbs and shapes of the later introduction."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of, outcomes

_NAMED_LATER = [
    (  # the thing's possessive after the name
        "A district court on Monday sentenced the operator of a textile-mill boiler that burst "
        "in March to three years in prison. The blast killed four workers. Jamil Qureshi, the "
        "boiler's operator, had told police the valve was faulty.",
        "Jamil Qureshi",
        "sentenced",
    ),
    (  # Kenya: the thing a compound before the noun, a sentence of other things between
        "A magistrate in Mombasa on Friday remanded the manager of a cargo warehouse where "
        "stolen fuel was found. The fuel was worth two million shillings, police said. "
        "Detectives said Joseph Mwangi, the warehouse manager, had signed the delivery notes.",
        "Joseph Mwangi",
        "remanded",
    ),
    (  # the Philippines: "The NOUN, X" after a compound, another verb of the court
        "A judge in Cebu on Thursday convicted the captain of a ferry that sank off Bantayan "
        "island last year. Eleven passengers drowned in the sinking. The ferry captain, Romeo "
        "Dizon, had blamed the weather.",
        "Romeo Dizon",
        "convicted",
    ),
]


@pytest.mark.parametrize(("text", "name", "outcome"), _NAMED_LATER)
def test_a_ledes_of_description_named_later(
    nlp: Language, text: str, name: str, outcome: str
) -> None:
    # on main e367a7e3 the lede's "the NOUN of ..." is tied to no one once a sentence of
    # other things stands between it and the name
    assert outcome in outcomes(claims_of(nlp, text), name)


def test_a_later_noun_of_another_thing_is_not_the_ledes(nlp: Language) -> None:
    # near miss: the bus's driver was sentenced; the rickshaw's driver is someone else
    text = (
        "A court on Monday sentenced the driver of a bus that hit a rickshaw to two years. "
        "Three people died in the crash. The rickshaw's driver, Ali Raza, was among them."
    )
    assert not outcomes(claims_of(nlp, text), "Ali Raza")


def test_two_named_later_with_the_noun_name_neither(nlp: Language) -> None:
    # near miss: two operators named later; the lede's operator is neither for sure (one
    # alone, "X, an operator at the mill", would be)
    text = (
        "A district court on Monday sentenced the operator of a boiler that burst in March "
        "to three years in prison. The blast killed four workers. Jamil Qureshi, an operator "
        "at the mill, said the valve was faulty. Tariq Mahmood, an operator on the night "
        "shift, said the same."
    )
    found = claims_of(nlp, text)
    assert not outcomes(found, "Jamil Qureshi") and not outcomes(found, "Tariq Mahmood")


def test_a_later_noun_of_another_kind_is_not_the_ledes(nlp: Language) -> None:
    # near miss: the lede's assistant manager is not the branch manager named later
    text = (
        "A court in Pune on Monday convicted the assistant manager of a cooperative bank "
        "branch over forged loans. The loans ran to four crore rupees. Branch manager Sunil "
        "Patil was cited as a witness."
    )
    assert not outcomes(claims_of(nlp, text), "Sunil Patil")
