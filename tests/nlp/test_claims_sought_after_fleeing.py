"""One who is not found when the police come, whom "raids" or "teams" are then sent "to
arrest": "X was not at home, and police were conducting raids to arrest him", "X is
absconding, and raids are being conducted to arrest him". The object pronoun stands for X:
the clause of "arrest" shares the subject of the clause it hangs from only up to a clause
with a subject of its own ("police", "raids") - X is not that clause's subject, so he may
be its object (``Verbs._clause_subjects``). And a lone word of X's name ("Haji Ghaffar")
stands for the full name written before it that has the word ("Haji Abdul Ghaffar
Memon"), not for a son named only after it who bears it as his surname ("His son, Bilal
Ghaffar, said ...": ``SpeakerResolver._named_before``). Invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_SOUGHT = [
    (
        "The FIR nominates the contractor, Shahid Mehmood Awan, and Haji Abdul Ghaffar Memon, "
        "who owns the building. Haji Ghaffar was not at home when police arrived, and raids "
        "were being conducted to arrest him. His son, Bilal Ghaffar, said his father had only "
        "hired a registered company.",
        "Abdul Ghaffar Memon",
    ),
    (
        "Police booked the builder, Rakesh Kumar Yadav, and his site engineer. Yadav fled "
        "when the police reached his house, and two teams have been formed to arrest him.",
        "Rakesh Kumar Yadav",
    ),
    (
        "Police arrested the manager, Asif Iqbal, on Monday. The owner, Chaudhry Nasir Ali, "
        "is absconding, and raids are being conducted to arrest him.",
        "Chaudhry Nasir Ali",
    ),
]


@pytest.mark.parametrize(("text", "sought"), _SOUGHT)
def test_the_one_not_found_is_whom_raids_seek(nlp: Language, text: str, sought: str) -> None:
    assert sought in accused_of("arrest", nlp, text)


def test_a_son_named_after_the_fathers_lone_name_is_not_him(nlp: Language) -> None:
    text = _SOUGHT[0][0]
    kinds = ("arrest", "denial", "accusation")
    accused = {n for kind in kinds for n in accused_of(kind, nlp, text)}
    assert "Bilal Ghaffar" not in accused


def test_a_pronoun_object_is_still_not_its_own_clauses_subject(nlp: Language) -> None:
    """The near miss: where the clause of the verb has no subject of its own, it shares the
    one it hangs from, and "him" is someone else ("went to the station to accuse him")."""
    text = "Tariq Mehmood went to the police station to accuse him of stealing the motorcycle."
    assert "Tariq Mehmood" not in accused_of("accusation", nlp, text)


def test_a_bearer_named_before_keeps_the_lone_surname(nlp: Language) -> None:
    """The near miss of the name: a lone surname whose bearer was named before it is that
    bearer, whoever else bears it later."""
    text = (
        "Police arrested Karim Baig on Sunday. Baig was produced before a magistrate, who "
        "remanded him for four days. His cousin, Jawad Baig, said the family would appeal."
    )
    assert "Karim Baig" in accused_of("ruling", nlp, text, "remanded")
    assert "Jawad Baig" not in accused_of("ruling", nlp, text)
