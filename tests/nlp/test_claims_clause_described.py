"""A person a clause of ownership describes, called later by what they own: "X, who runs a
tyre shop ... the shop owner was remanded", "a workshop owned by X ... remand for the
workshop owner" (``nlp/claims/clause_described.py``), on invented sentences; and where "the
owner" stands for no one or only for the one whose thing it names."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims.reader import Reader
from corroborate.nlp.mentions import find_mentions
from tests.nlp.test_claims import accused_of


def _owned(nlp: Language, text: str) -> dict[str, set[str]]:
    """What the reader remembers each person of ``text`` owns or runs."""
    doc = nlp(text)
    reader = Reader(doc, find_mentions(doc))
    reader.run()
    return reader.owned_things


def test_a_relative_clause_of_running_tells_the_thing_owned(nlp: Language) -> None:
    text = "Police arrested Imran Qadir, who runs a tyre shop near the bus stand, on Sunday."
    assert _owned(nlp, text) == {"Imran Qadir": {"shop"}}


def test_a_participle_of_owning_tells_its_agent_owns_the_noun(nlp: Language) -> None:
    text = "Detectives found the stolen van at a workshop owned by Bashir Ahmed on Monday."
    assert _owned(nlp, text) == {"Bashir Ahmed": {"workshop"}}


def test_the_owner_of_the_thing_named_is_the_one_who_runs_it(nlp: Language) -> None:
    text = (
        "Police arrested Imran Qadir, who runs a tyre shop near the bus stand, and Kashif "
        "Ali on Sunday. The shop owner was remanded in custody for three days."
    )
    assert accused_of("ruling", nlp, text, "remanded") == {"Imran Qadir"}


def test_the_owner_of_another_thing_is_not_the_one_who_runs_a_pharmacy(nlp: Language) -> None:
    text = (
        "Police charged Tahir Gill, who owns a poultry farm, and Nabeel Sharif, who runs a "
        "pharmacy. The farm owner was granted bail."
    )
    assert accused_of("ruling", nlp, text, "bail") == {"Tahir Gill"}


def test_a_bare_owner_of_two_owners_stands_for_no_one(nlp: Language) -> None:
    text = (
        "Police charged Tahir Gill, who owns a poultry farm, and Nabeel Sharif, who runs a "
        "pharmacy. The owner was granted bail."
    )
    assert accused_of("ruling", nlp, text, "bail") == set()


def test_a_thing_no_person_owns_describes_no_one(nlp: Language) -> None:
    text = "The bus company runs a depot in Multan. Police arrested Sohail Butt."
    assert _owned(nlp, text) == {}
