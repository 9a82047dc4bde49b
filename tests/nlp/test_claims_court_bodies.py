"""A court is a body: the noun before a name titles no one ("Outside court X hugged his
mother"), and a relative "who" whose clause hangs on a judge is the judge
(``nlp/claims/descriptions.py``, ``nlp/claims/courts.py``), on invented sentences."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of, roles


def test_a_name_after_outside_court_is_no_judge(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The magistrate acquitted Peter Mokoena of theft on Friday. Outside court Peter "
        "Mokoena hugged his sister, Thandi Mokoena, and left.",
    )
    assert "court" not in roles(found).get("Peter Mokoena", set()), roles(found)


def test_a_name_after_in_court_is_no_judge(nlp: Language) -> None:
    found = claims_of(nlp, "The jury convicted Lerato Dube of fraud. In court Lerato Dube wept.")
    assert "court" not in roles(found).get("Lerato Dube", set()), roles(found)


def test_a_judge_titled_before_a_court_noun_keeps_the_office(nlp: Language) -> None:
    found = claims_of(nlp, "High Court judge Ann Mole refused the application on Monday.")
    assert "court" in roles(found).get("Ann Mole", set()), roles(found)


def test_a_judge_who_clears_in_a_relative_clause_acquits(nlp: Language) -> None:
    text = (
        "Omar Khan had been sentenced to life by Judge Imran Shah, who at the same time "
        "cleared the groom, Fawad Ali, of all charges."
    )
    assert "Fawad Ali" in accused_of("ruling", nlp, text, "acquitted")


def test_a_clerk_who_clears_a_desk_acquits_no_one(nlp: Language) -> None:
    text = "The papers were filed by clerk Imran Shah, who later cleared the desk of all files."
    assert accused_of("ruling", nlp, text, "acquitted") == set()
