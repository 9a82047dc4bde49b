"""A description noun with a relative clause of its own deed between it and the name it
introduces ("the labour contractor who brought the two men, X", "a caterer who supplied the
feasts with meat from the company, X") describes the one named: "the contractor", "the
caterer" later stand for them (``relative_described``). Not where the clause's last noun may
be the one named ("the driver who hit a pedestrian, X": the pedestrian), nor where a list
renames a plural ("who hired two labourers, X and Y"), nor where the clause is not the noun's
own deed ("whom the owner paid"). Invented sentences in Indian, Pakistani, Malaysian and
wire styles."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, ruled_in_last_sentence


@pytest.mark.parametrize(
    ("text", "outcome", "name"),
    [
        (
            "The farm's manager, Suresh Rao, and the labour contractor who brought the three "
            "workers, Manjunath alias Manju, were arrested on Monday. The contractor was "
            "remanded in judicial custody for 14 days.",
            "remanded",
            "Manjunath",
        ),
        (
            "Police also arrested a caterer who supplied wedding feasts with meat bought from "
            "the company, Azman Rahim, 51. The caterer was remanded in custody for seven days.",
            "remanded",
            "Azman Rahim",
        ),
        (
            "Police arrested the supervisor who ran the night shift at the factory, Tariq "
            "Jamil, on Friday. The supervisor was granted bail by a sessions court on Monday.",
            "bail",
            "Tariq Jamil",
        ),
    ],
)
def test_the_clauses_noun_describes_the_one_named(
    nlp: Language, text: str, outcome: str, name: str
) -> None:
    assert ruled_in_last_sentence(nlp, text, outcome) == {name}


def test_a_confession_told_by_the_clauses_noun_is_theirs(nlp: Language) -> None:
    text = (
        "The homestay's manager, Prakash Rao, and the labour contractor who brought the two "
        "men, Mallappa alias Malli, were arrested on Monday. Police said the contractor had "
        "admitted during questioning that he sent the men into the tank."
    )
    assert accused_of("confession", nlp, text) == {"Mallappa"}


def test_a_person_the_clause_ends_on_is_not_passed_over(nlp: Language) -> None:
    # the pedestrian may be the one named: "the driver" stays untied, never the pedestrian
    text = (
        "Police arrested a lorry driver who hit a pedestrian, Ram Lal, on the bypass on "
        "Friday. On Monday the driver was sent to jail on judicial remand."
    )
    assert "Ram Lal" not in ruled_in_last_sentence(nlp, text, "remanded")


def test_a_list_renames_the_plural(nlp: Language) -> None:
    # the two labourers are the two named, not the contractor
    text = (
        "The police arrested a contractor who hired two labourers, Ravi Kumar and Sunil Das, "
        "for the job. The contractor was sent to jail on judicial remand."
    )
    assert ruled_in_last_sentence(nlp, text, "remanded") & {"Ravi Kumar", "Sunil Das"} == set()


def test_a_clause_of_anothers_deed_describes_no_one(nlp: Language) -> None:
    # "whom the owner paid": the clause is the owner's deed; the name is not told as the
    # worker by it
    text = (
        "Police questioned the worker whom the owner paid in cash, Imran Ali, and the owner's "
        "son. The worker was sent to jail on judicial remand."
    )
    assert "Imran Ali" not in ruled_in_last_sentence(nlp, text, "remanded")
