"""acc96: an arrest a court orders in a small clause - "the judge ordered X arrested pending
trial", "ordered X and Y detained for 30 days" (``claims.ordered_arrest``). The one the
order names is the one arrested, never its doer (the base made X an investigator); an
order with a term ("pending trial", "for 30 days", "until May 3") is a remand. Invented
sentences; the near misses keep a warrant without a term, a police order and an order
that others arrest off the remand."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import claims_of, ruled_in_last_sentence


def _parts(nlp: Language, text: str, name: str) -> set[str]:
    """Every role ``name`` plays in the claims of ``text``."""
    return {p.role for c in claims_of(nlp, text) for p in c.participants if p.name == name}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The judge ordered Andrei Popa arrested pending trial on charges of fraud.",
            "Andrei Popa",
        ),
        (
            "Police arrested Ahmet Kaya over the fire. The judge ordered Ahmet Kaya arrested "
            "pending trial.",
            "Ahmet Kaya",
        ),
        (
            "The magistrate ordered Jean Mugabo and Eric Habimana detained for 30 days pending "
            "trial.",
            "Eric Habimana",
        ),
    ],
)
def test_the_one_ordered_arrested_is_accused_not_its_doer(
    nlp: Language, text: str, name: str
) -> None:
    assert _parts(nlp, text, name) == {"accused"}


@pytest.mark.parametrize(
    ("text", "held"),
    [
        (
            "Police detained Murat Yilmaz, an engineer, over toxic waste dumped in a river. On "
            "Friday a criminal judge ordered the engineer arrested pending trial on a charge of "
            "polluting the environment.",
            {"Murat Yilmaz"},
        ),
        (
            "Prosecutors accused Sorin Lungu of bribery. The Cluj Tribunal ordered Sorin Lungu "
            "arrested for 30 days.",
            {"Sorin Lungu"},
        ),
    ],
)
def test_a_court_ordering_an_arrest_for_a_term_remands(
    nlp: Language, text: str, held: set[str]
) -> None:
    assert ruled_in_last_sentence(nlp, text, "remanded") == held


@pytest.mark.parametrize(
    "text",
    [
        # no term: a warrant for one the police have not found
        "Prosecutors accused Sorin Lungu of bribery. The judge ordered Sorin Lungu arrested.",
        # the police's own order, no court's
        "Prosecutors accused Sorin Lungu of bribery. The police chief ordered Sorin Lungu "
        "arrested pending trial.",
        # an order that others arrest: the police do it, nobody is held yet
        "Prosecutors accused Sorin Lungu of bribery. The judge ordered police to arrest Sorin "
        "Lungu pending trial.",
    ],
)
def test_no_remand_without_a_courts_term(nlp: Language, text: str) -> None:
    assert ruled_in_last_sentence(nlp, text, "remanded") == set()


@pytest.mark.xfail(
    strict=True,
    reason="a name the NER types an organisation ('Bakyt Toktogulov') is no person the order "
    "holds: a name reader's miss, not built",
)
def test_a_name_typed_an_organisation_is_held(nlp: Language) -> None:
    text = (
        "Police arrested a man over the kidnapping of a student. The Alamudun District "
        "Court on Sunday ordered Bakyt Toktogulov detained in a pre-trial detention centre "
        "until May 3."
    )
    assert ruled_in_last_sentence(nlp, text, "remanded") == {"Bakyt Toktogulov"}
