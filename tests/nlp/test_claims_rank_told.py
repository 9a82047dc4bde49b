"""A rank written before a name, then the rank alone: "Constable X was arrested ... sent the
constable to jail" (``nlp/claims/rank_told.py``), on invented sentences; and where the rank
stands for no one: two bearers, an officer never accused, a rank with its own clause."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims.rank_told import RANKS
from tests.nlp.test_claims import accused_of


def test_ranks_are_people_titles_and_police_ranks_not_the_court() -> None:
    assert {"constable", "sergeant", "inspector"} <= RANKS
    assert not {"judge", "accused", "prosecutor"} & RANKS


def test_the_rank_is_the_one_accused_written_with_it(nlp: Language) -> None:
    text = (
        "Police arrested Constable Tariq Mehmood and a shopkeeper, Naveed Akram, on Sunday. "
        "The magistrate remanded Akram and sent the constable to jail on judicial remand."
    )
    assert accused_of("ruling", nlp, text, "remanded") == {"Tariq Mehmood", "Naveed Akram"}


def test_two_bearers_leave_the_rank_to_no_one(nlp: Language) -> None:
    text = (
        "Constable Tariq Mehmood and Constable Imran Latif were arrested on Sunday. "
        "The magistrate sent the constable to jail."
    )
    assert accused_of("ruling", nlp, text) == set()


def test_an_officer_not_accused_is_not_reached(nlp: Language) -> None:
    text = (
        "Naveed Akram was arrested on Sunday. Inspector Tariq Mehmood said the accused "
        "confessed. The inspector said Akram was remanded for four days."
    )
    assert "Tariq Mehmood" not in accused_of("ruling", nlp, text)


def test_a_rank_with_a_clause_of_its_own_is_another(nlp: Language) -> None:
    text = (
        "Sergeant Lisa Moyo was charged with assault on Monday. The magistrate remanded the "
        "sergeant who arrested her in custody."
    )
    assert "Lisa Moyo" not in accused_of("ruling", nlp, text, "remanded")
