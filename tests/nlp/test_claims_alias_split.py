"""The first name of a list the parser split off at its alias ("X, 24, also called "Spider",
Y and Z were charged": ``nlp/claims/alias_split.py``), read by the passive's patients and
by a plural lede's next sentence, on invented sentences."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of


@pytest.mark.parametrize(
    ("text", "kind", "names"),
    [
        (
            'Brian Otieno, 28, also called "Toto", Kevin Mwangi, 30, and Samuel Kiprop, 25, '
            "were charged with robbery with violence on Tuesday.",
            "charge",
            {"Brian Otieno", "Kevin Mwangi", "Samuel Kiprop"},
        ),
        (
            'Lucia Ferraro, 45, also called "La Rossa", Marco Bianchi, 39, and Paolo Greco, '
            "51, were arrested at a farmhouse near Foggia.",
            "arrest",
            {"Lucia Ferraro", "Marco Bianchi", "Paolo Greco"},
        ),
    ],
)
def test_the_first_name_split_off_at_its_alias_is_a_subject(
    nlp: Language, text: str, kind: str, names: set[str]
) -> None:
    assert accused_of(kind, nlp, text) == names


@pytest.mark.parametrize(
    "text",
    [
        "Three men appeared in court on Monday charged with robbing a jeweller. "
        'Peter Johnson, 31, also called "Spider", Carlos Mendes, 26, and David Clarke, 29, '
        "were not required to plead. They were remanded in custody.",
        "Three traders appeared before a magistrate in Kisumu charged with smuggling sugar. "
        'Brian Otieno, 28, also called "Toto", Kevin Mwangi, 30, and Samuel Kiprop, 25, '
        "were not asked to enter a plea. They were remanded in custody until May 4.",
    ],
)
def test_a_list_split_at_its_alias_names_the_plural_lede(nlp: Language, text: str) -> None:
    # the lede's three are the list, alias and all, and "They" are the three
    remanded = accused_of("ruling", nlp, text, outcome="remanded")
    assert len(remanded) == 3, claims_of(nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        'Peter Johnson, 31, also called "Spider", said Carlos Mendes and David Clarke were '
        "remanded in custody.",
        'Peter Johnson, 31, also called "Spider" by his friends, told the court that Carlos '
        "Mendes and David Clarke were arrested in March.",
        "Peter Johnson, also called Spider, said Carlos Mendes and David Clarke were arrested "
        "in March.",
    ],
)
def test_a_speaker_with_an_alias_is_not_the_reported_clause_s_subject(
    nlp: Language, text: str
) -> None:
    found = claims_of(nlp, text)
    assert "Peter Johnson" not in {
        p.name for c in found for p in c.participants if p.role == "accused"
    }, found
