"""The two readers of a plural pronoun as a group named above it, and where they differ.

``Parties._group_above`` is asked first, for a "them" or "they" in a party's place
(``Parties._names``); ``Naming._clause_group`` only where it finds no group, as the first
reading of ``Naming._anaphor``. They are not one reader: ``_group_above`` reads a pronoun
in any clause under the group's (a reported clause, an adverbial one, a relative one), reads
the group as a party's phrase is read (a list the parser hangs from its last name: "Nadeem
Akhtar and Parveen Akhtar"), falls back to the objects of a verb whose subject names no one,
and wants every name of the group a person's; ``_clause_group`` reads only an argument of a
relative clause, the subjects and their conjuncts and appositions, and keeps the people of a
list that names an organisation too. Invented sentences.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims import find_claims
from corroborate.nlp.claims.reader import Reader
from corroborate.nlp.mentions import find_mentions

_LIST = "Nadeem Akhtar and Parveen Akhtar"
_BOTH = {"Nadeem Akhtar", "Parveen Akhtar"}


def _readings(nlp: Language, text: str) -> tuple[set[str], set[str]]:
    """What each reader makes of the sentence's one plural pronoun."""
    doc = nlp(text)
    reader = Reader(doc, find_mentions(doc))
    [pronoun] = [t for t in doc if t.lower_ in ("them", "they")]
    above = {n.name for n in reader._group_above(pronoun)}
    return above, {n.name for n in reader._clause_group(pronoun)}


def _accused(nlp: Language, text: str, outcome: str) -> set[str]:
    doc = nlp(text)
    claims, _ = find_claims(doc, find_mentions(doc))
    return {
        p.name
        for c in claims
        if c.outcome == outcome
        for p in c.participants
        if p.role == "accused"
    }


@pytest.mark.parametrize(
    ("text", "above", "clause"),
    [
        # a reported clause: only _group_above reads it
        (f"{_LIST} told the court that police had arrested them in March.", _BOTH, set()),
        # an adverbial clause whose subject names no one: _group_above reads the objects
        ("The tribunal acquitted Nadeem Akhtar, Parveen Akhtar and Omar Lind as the charges "
         "against them could not be proved.", {*_BOTH, "Omar Lind"}, set()),
        # a relative clause, the list hung from its last name: only _group_above reads it
        (f"{_LIST} were produced before a magistrate who sent them on physical remand.",
         _BOTH, set()),
        # a relative clause, a list that names an organisation: only _clause_group keeps it
        ("Nadeem Akhtar, Parveen Akhtar and the Harbour Union were produced before a "
         "magistrate who remanded them.", set(), _BOTH),
        # a pronoun free in its own clause: neither
        (f"{_LIST} attacked the guards and robbed them.", set(), set()),
    ],
)  # fmt: skip
def test_the_two_readers_differ(
    nlp: Language, text: str, above: set[str], clause: set[str]
) -> None:
    assert _readings(nlp, text) == (above, clause)


def test_the_group_above_at_its_call_site(nlp: Language) -> None:
    text = f"{_LIST} told the court that police had arrested them in March."
    assert _accused(nlp, text, "arrested") == _BOTH


def test_the_clause_group_at_its_call_site(nlp: Language) -> None:
    # _group_above finds no group (the list names an organisation): _anaphor's first
    # reading, the relative clause's, gives the people
    text = (
        "Nadeem Akhtar, Parveen Akhtar and the Harbour Union were produced before a "
        "magistrate who remanded them."
    )
    assert _accused(nlp, text, "remanded") == _BOTH
