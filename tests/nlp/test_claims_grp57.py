"""The grammar grp57 added for groups told by a count: a counted plural of a description each
member was given alone ("Head Warder X ... Warder Y ... Both warders were produced":
``DescribedEach``, with the title NER folded in front of the name remembered by
``DescribedPeople.remember_described`` from the word before the name as well as the name's
first word), a group word as the main clause's patient of a remand granted in a relative
clause on the court ("Both warders were produced before Z, who granted ...":
``RemandGranted._held_by_main_clause``), a definite counted plural of people for the group a
bare count would stand for ("X was arrested ... Y was picked up ... remanded the two men":
``Counted._counts_the_followed``). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import claims_of, outcomes

_WARDERS = (
    "The case names Head Warder Tomas Reyes, Warder Pablo Cruz and a visitor, Ben Ola. "
    "The superintendent said the arrested warder had carried the packets. "
)
_PRODUCED = (
    "Both warders were produced before Magistrate Ana Lim, who granted the police four days' "
    "physical remand."
)
_APART = (
    "Peter Banda, 46, a trader, was arrested at his home on Friday. "
    "John Mulenga, 39, who runs a clearing agency, was picked up the same day. "
)


def test_both_of_a_title_each_was_given(nlp: Language) -> None:
    # the two warders of the three the case names (on main: all three, the visitor too); the
    # title the report also writes in lower case ("the arrested warder") is no part of the
    # name (``mentions.descriptors``)
    found = claims_of(nlp, _WARDERS + _PRODUCED)
    assert "remanded" in outcomes(found, "Tomas Reyes")
    assert "remanded" in outcomes(found, "Pablo Cruz")
    assert "remanded" not in outcomes(found, "Ben Ola")


def test_a_complainant_with_the_title_is_not_in_the_group(nlp: Language) -> None:
    # near miss: a third warder, who brought the complaint, bears the title too
    text = "The search followed a complaint from Warder Luis Santos. " + _WARDERS + _PRODUCED
    found = claims_of(nlp, text)
    assert "remanded" in outcomes(found, "Tomas Reyes")
    assert "remanded" not in outcomes(found, "Luis Santos")


def test_an_uncounted_plural_of_the_title_takes_no_complainant(nlp: Language) -> None:
    # near miss: "the warders" with no count; the complainant warder is never taken in
    text = (
        "The search followed a complaint from Warder Luis Santos. "
        + _WARDERS
        + (
            "The warders were produced before Magistrate Ana Lim, who granted the police four "
            "days' physical remand."
        )
    )
    assert "remanded" not in outcomes(claims_of(nlp, text), "Luis Santos")


def test_the_two_men_after_two_arrested_apart(nlp: Language) -> None:
    found = claims_of(nlp, _APART + "The court remanded the two men in custody.")
    assert "remanded" in outcomes(found, "Peter Banda")
    assert "remanded" in outcomes(found, "John Mulenga")


def test_the_two_men_of_three_arrested_is_not_all_three(nlp: Language) -> None:
    # near miss: three arrested apart, two counted - no group of that size
    text = _APART + (
        "Moses Tembo was detained on Saturday. The court remanded the two men in custody."
    )
    found = claims_of(nlp, text)
    remanded = [n for n in ("Peter Banda", "John Mulenga", "Moses Tembo")
                if "remanded" in outcomes(found, n)]  # fmt: skip
    assert len(remanded) < 3
