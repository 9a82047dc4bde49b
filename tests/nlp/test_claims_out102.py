"""out102: a remand a court grants naming no one held, told of the group or the one the main
clause brought before it - "The two brothers were brought to the court on Thursday, where
Magistrate Z granted police a seven-day remand" (the brothers, not the one ruled on before),
"The three were produced before the court in Hunsur, where the magistrate granted police
custody for seven days", "who granted a seven-day remand order". Invented sentences; the
positives fail on the base (4eb5ef50): the remand went to the accused followed, or to no one.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of, outcomes

_BROTHERS = (
    "KUANTAN: Police said brothers Azlan Yusof, 28, and Azmi Yusof, 24, were picked up at a "
    "house on Wednesday night, while a fruit trader, Tan Kok Wai, 45, was detained at his "
    "stall.\n\nTan was released on police bail pending further investigation.\n\n"
)
_ONE = "Police arrested Rizwan Akhtar over the theft of a transformer on Monday. "


@pytest.mark.parametrize(
    ("text", "held", "not_held"),
    [
        # a clause of where on the court's place: the group brought there, not Tan
        (
            _BROTHERS + "The two brothers were brought to the Kuantan Magistrate's Court on "
            "Thursday, where Magistrate Nur Aina granted police a seven-day remand.",
            ("Azlan Yusof", "Azmi Yusof"),
            ("Tan Kok Wai",),
        ),
        (
            "Police arrested Dinesh Gowda, Manoj Shetty and Ravi Naik on Sunday. The three were "
            "produced before the JMFC court in Sagar, where Magistrate Suresh Patil granted "
            "police custody for seven days.",
            ("Dinesh Gowda", "Manoj Shetty", "Ravi Naik"),
            (),
        ),
        # custody the police keep, granted by the court with no one named
        (
            _ONE + "He was produced before Magistrate Hina Qureshi, who granted police custody "
            "for five days.",
            ("Rizwan Akhtar",),
            (),
        ),
        (
            _ONE + "The magistrate granted the police custody for five days.",
            ("Rizwan Akhtar",),
            (),
        ),
        # a remand order: the order is the remand it names
        (
            _BROTHERS + "The two brothers were produced before Magistrate Nur Aina, who granted "
            "a seven-day remand order.",
            ("Azlan Yusof", "Azmi Yusof"),
            ("Tan Kok Wai",),
        ),
        (
            _ONE + "He was brought to the district court on Tuesday, where Magistrate Hina "
            "Qureshi granted a seven-day remand order.",
            ("Rizwan Akhtar",),
            (),
        ),
    ],
)
def test_a_remand_granted_holds_whom_the_clause_brought(
    nlp: Language, text: str, held: tuple[str, ...], not_held: tuple[str, ...]
) -> None:
    found = claims_of(nlp, text)
    for name in held:
        assert "remanded" in outcomes(found, name), name
    for name in not_held:
        assert "remanded" not in outcomes(found, name), name


@pytest.mark.parametrize(
    "text",
    [
        # custody given to a parent, not to the police: no one held
        _ONE + "The family court granted custody to his wife, Shazia Bibi, for a week.",
        _ONE + "The family court granted custody of his two children to their mother.",
        # custody with no custodian told: whose is not said
        _ONE + "The court granted custody for a week.",
        # custody only asked for
        _ONE + "The police sought custody for seven days and a remand order.",
        # a place of where that is no court's: the guard taken to hospital is no one held
        _ONE + "The injured guard, Tahir Abbas, was taken to the district hospital, where "
        "doctors granted him leave.",
    ],
)
def test_custody_not_kept_by_the_police_holds_no_one(nlp: Language, text: str) -> None:
    rulings = accused_of("ruling", nlp, text, "remanded")
    assert not rulings & {"Shazia Bibi", "Tahir Abbas"}
    assert "Rizwan Akhtar" not in rulings


def test_the_victim_or_judge_near_the_where_clause_is_not_held(nlp: Language) -> None:
    """The complainant appears before the court and the judge grants the remand: neither is
    held; the custody granted of the accused by name is his."""
    text = (
        _ONE + "The complainant, Tahir Abbas, appeared before the court in Kuantan, where "
        "Magistrate Hina Qureshi granted police custody of Rizwan Akhtar for seven days."
    )
    held = accused_of("ruling", nlp, text, "remanded")
    assert "Rizwan Akhtar" in held
    assert not held & {"Tahir Abbas", "Hina Qureshi"}


def test_a_co_accused_given_bail_keeps_his_bail(nlp: Language) -> None:
    """One co-accused bailed in the sentence before; the other brought to the court, where
    the police are granted custody: the remand is the one brought's only."""
    text = (
        "Police arrested Azlan Yusof and Azmi Yusof on Monday. Azmi Yusof was released on bail "
        "by Magistrate Nur Aina. Azlan Yusof was produced before the court in Kuantan, where "
        "Magistrate Nur Aina granted police custody for seven days."
    )
    found = claims_of(nlp, text)
    assert outcomes(found, "Azlan Yusof") >= {"remanded"}
    assert "remanded" not in outcomes(found, "Azmi Yusof")


@pytest.mark.xfail(strict=True, reason="out102: a lede's part joined by 'along with', named later")
def test_a_lede_part_along_with_is_one_of_the_two(nlp: Language) -> None:
    """'arrested the driver ..., along with the driver's cousin' named later part by part:
    "the two accused" are both; the cousin is left out (the count matched to one)."""
    text = (
        "MULTAN: Police on Monday arrested the driver of a grain dealer who was robbed last "
        "week, along with the driver's cousin.\n\nPolice said suspicion fell on the driver, "
        "Rashid Mehmood, because he had made several calls before the robbery. The cousin, "
        "Sajjad Hussain, lives in the same village.\n\nThe two accused were produced before a "
        "judicial magistrate, who granted police seven days' physical remand."
    )
    found = claims_of(nlp, text)
    assert "remanded" in outcomes(found, "Rashid Mehmood")
    assert "remanded" in outcomes(found, "Sajjad Hussain")


@pytest.mark.xfail(strict=True, reason="out102: a lede's role and partitive, named apart")
def test_a_lede_of_a_role_and_a_partitive_is_the_two_arrested(nlp: Language) -> None:
    """'arrested the cashier of a bank and one of its customers', the cashier named only
    in passing ("valued by cashier X") and the customer as "the second arrested man, Y":
    "the two arrested men" are counted as Y alone."""
    text = (
        "KOTTAYAM, Aug. 20: The police on Tuesday arrested the cashier of a cooperative bank "
        "and one of its regular customers after an audit found that pledged ornaments were "
        "fake.\n\nThe bank had accepted 40 pledges, all valued by cashier P.K. Ramesan, 55."
        "\n\nThe second arrested man, Biju Mathew, 41, a trader from Kurichy, had pledged 20 "
        "of the packets.\n\nThe two arrested men were produced before the Judicial First "
        "Class Magistrate Court, which remanded them in judicial custody for 14 days."
    )
    found = claims_of(nlp, text)
    assert "remanded" in outcomes(found, "Biju Mathew")
    assert "remanded" in outcomes(found, "P.K. Ramesan")
