"""The carrier who never looked into his load (den95).

"he never looked at what was in the sacks", "her client never asked what was under the
tarpaulin", "he did not check what was loaded onto the truck", "he did not look in the back":
a negated verb of looking or asking after what a load held, said by the accused's side, says
he did not know what he carried (``claims.never_looked``, asked by ``no_part.denies_knowing``);
kept to one the report accuses already. A predicate the parser hung on a verb inside the
reported clause ('"He was paid to drive and never asked ..."', '"He was asked to carry the sacks
and knew nothing about the ivory"') has the reported clause's subject (``Answers``).

Invented sentences and names, in wire, Pakistani and Indian styles; near misses that must not
read: a looking not negated, a clause that asks after no load ("did not ask what the charge
was"), a look at a person, the police's own word, and a witness who is not accused.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_PORT = (
    "MOMBASA - Police have charged Joseph Wekesa, 41, a lorry driver, with smuggling ivory "
    "hidden in sacks of maize at the port. "
)
_SHOP = (
    "SUKKUR: Police arrested Ghulam Nabi, 38, a rickshaw driver, over the smuggling of "
    "banned cigarettes on Friday. "
)
_DEPOT = (
    "NAGPUR: Police arrested Santosh Wagh, 33, a tempo driver, for transporting stolen copper "
    "wire from a railway depot. "
)


@pytest.mark.parametrize(
    ("text", "cleared"),
    [
        (
            _PORT + "Wekesa told the court he never looked at what was in the sacks.",
            {"Joseph Wekesa"},
        ),
        (
            _PORT + 'His lawyer said: "He was paid to drive and never asked what was under the '
            'tarpaulin."',
            {"Joseph Wekesa"},
        ),
        (
            # a predicate hung on the verb inside the clause has the clause's subject
            _PORT + 'His brother said: "He was asked to carry the sacks and knew nothing about '
            'the ivory."',
            {"Joseph Wekesa"},
        ),
        (_PORT + "Wekesa said he never looked inside.", {"Joseph Wekesa"}),
        (
            _SHOP + "Ghulam Nabi said he did not check what was loaded into his rickshaw.",
            {"Ghulam Nabi"},
        ),
        (
            _DEPOT
            + "Wagh told reporters that he was hired for the trip and did not look in the back.",
            {"Santosh Wagh"},
        ),
    ],
)
def test_a_carrier_who_never_looked(nlp: Language, text: str, cleared: set[str]) -> None:
    assert accused_of("denial", nlp, text) == cleared


@pytest.mark.parametrize(
    "text",
    [
        _PORT + "Wekesa told the court he looked at what was in the sacks.",
        _SHOP + "Ghulam Nabi said he did not ask what the charge was.",
        _DEPOT + "Wagh said he never looked at the guard.",
        _PORT + "His co-accused, Peter Kamau, said Wekesa never looked at what was in the sacks.",
        _PORT + "The police said the port officers never checked what was in the sacks.",
        _PORT + 'The police said: "He was paid to drive and never asked what was under the '
        'tarpaulin."',
        _DEPOT + "A loader, Raju Pawar, said he never looked at what was in the tempo.",
    ],
)
def test_no_carrier_denial(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == set()


@pytest.mark.xfail(
    strict=True,
    reason="the parser joins 'never asked' to a contact relative clause ('a van he was paid "
    "to drive and never asked ...'); a conjunct inside a relative clause tells of another "
    "(misread_conjuncts), and one open case (lf31) holds this shape",
)
def test_a_carrier_who_never_asked_after_a_contact_clause(nlp: Language) -> None:
    text = (
        _PORT + '"He drove a van he was paid to drive and never asked what was inside the '
        'crates," his lawyer said.'
    )
    assert accused_of("denial", nlp, text) == {"Joseph Wekesa"}
