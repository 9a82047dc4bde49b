"""A lede's parts named again in its own step, den74: "Police arrested a shopkeeper and an
agent ... Police arrested X, 52, who runs a shop, and Y, 29, on Saturday ... The shopkeeper,
however, maintained his innocence" - the second sentence retells the lede's arrest with as
many names as the lede had one-person parts, in the lede's order, so X is the shopkeeper and
Y the agent, and a later "the shopkeeper" denies for X (``LedeParts._parts_named_in_order``).
Invented sentences and names (Nepal, Bangladesh, Pakistan, Peru, Romania); paraphrases that
must read and near misses that must not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_KATHMANDU = (
    "Police in Kathmandu have arrested a shopkeeper and an agent near a temple on the charge"
    " of selling a carved seed to a pilgrim. "
)
_POKHARA = "Police in Pokhara arrested a teacher and a hostel warden for beating a student. "
_CUSCO = "Police in Cusco have detained a nurse and a porter over the theft of vaccines. "
_MULTAN = "Police in Multan arrested a cook and a guard over the theft of jewellery from a house. "


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            _KATHMANDU + "Police arrested Hari Prasad Koirala, 52, who runs a religious goods"
            " shop, and Bishal Lama, 29, who allegedly brought the pilgrim to the shop, on"
            " Saturday. The shopkeeper, however, maintained his innocence.",
            "Hari Prasad Koirala",
        ),
        (
            _KATHMANDU + "Police arrested Bishal Lama, 29, and Hari Prasad Koirala, 52, on"
            " Saturday. The agent, however, maintained his innocence.",
            "Hari Prasad Koirala",
        ),
        (
            _POKHARA + "Police arrested Bishnu Thapa, 45, and Gopal Gurung, 38, on Monday."
            " The teacher has denied the charge.",
            "Bishnu Thapa",
        ),
        (
            _CUSCO + "Police detained Ana Quispe, 41, and Luis Mamani, 35, on Friday. The"
            " porter denies the accusation.",
            "Luis Mamani",
        ),
        (
            _MULTAN + "Police arrested Nasir Ali and Shafiq Ahmed on Sunday after the owner,"
            " Tariq Butt, filed a complaint. The guard denied the allegation.",
            "Shafiq Ahmed",
        ),
    ],
)
def test_a_lede_part_named_in_order_denies(nlp: Language, text: str, who: str) -> None:
    assert accused_of("denial", nlp, text) == {who}


@pytest.mark.parametrize(
    "text",
    [
        # "did not deny": no denial at all
        _POKHARA + "Police arrested Bishnu Thapa, 45, and Gopal Gurung, 38, on Monday. The"
        " teacher did not deny the charge.",
        # three names for the lede's two parts: whose part is whose is not told
        _POKHARA + "Police arrested Bishnu Thapa, Gopal Gurung and Ram Karki on Monday. The"
        " teacher has denied the charge.",
        # another verb than the lede's: not the lede's step retold
        _CUSCO + "Ana Quispe, 41, and Luis Mamani, 35, were questioned on Friday. The porter"
        " denies the accusation.",
        # the victim's kin named between: the father is no part of the lede
        _POKHARA + "The student's father, Hari Adhikari, said the teacher beat his son. Police"
        " arrested Bishnu Thapa and Gopal Gurung on Monday. The father denied that he had been"
        " paid.",
    ],
)
def test_no_part_named_in_order(nlp: Language, text: str) -> None:
    assert not accused_of("denial", nlp, text)


def test_a_part_named_by_its_noun_is_read_as_before(nlp: Language) -> None:
    """ "The teacher, X, ..." names the part by its noun (``_listed_after``): the order of an
    earlier retelling is not asked."""
    text = (
        _POKHARA + "The teacher, Bishnu Thapa, 45, was arrested at his home. The teacher has"
        " denied the charge."
    )
    assert accused_of("denial", nlp, text) == {"Bishnu Thapa"}
