"""A father and a son of one name, told apart by "senior" and "junior": "his father" and
"his son" stand for the other of the pair (``claims.generation_kin``). Each sentence is
invented."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of


def test_his_father_is_the_senior_of_the_pair(nlp: Language) -> None:
    text = (
        "Derek Amble senior, 66, and Derek Amble junior, 39, appeared before the magistrates "
        "on Friday.\n\nAmble junior is charged with burglary. His father faces a single "
        "charge of handling stolen goods."
    )
    charged = accused_of("charge", nlp, text)
    assert "Derek Amble senior" in charged
    assert "Derek Amble junior" in charged


def test_his_son_is_the_junior_of_the_pair(nlp: Language) -> None:
    text = (
        "Derek Amble junior, 39, and Derek Amble senior, 66, appeared before the magistrates "
        "on Friday.\n\nAmble senior is charged with handling stolen goods. His son faces a "
        "charge of burglary."
    )
    assert "Derek Amble junior" in accused_of("charge", nlp, text)


def test_no_pair_no_father(nlp: Language) -> None:
    text = (
        "Derek Amble junior, 39, appeared before the magistrates on Friday.\n\nAmble junior "
        "is charged with burglary. His father faces a single charge of handling stolen goods."
    )
    assert accused_of("charge", nlp, text) <= {"Derek Amble junior"}
