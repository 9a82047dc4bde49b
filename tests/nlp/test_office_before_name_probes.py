"""Probes of lfa33's reading (invented sentences): a person's office written as a title before
the name, the body's name first ("sentenced Union Parishad member X", "Former Union Parishad
chairman Y"), stands for the person (``claims.office_before_name``) - the parser, not knowing
the body's name, made its first word the verb's object or subject, so the body was accused and
the person was no party. The near misses keep a body with no role or no name after it, and a
pronoun before a role ("His counsel X": the client's), what they were."""

from __future__ import annotations

import pytest
from spacy.language import Language
from spacy.tokens import Doc

from corroborate.nlp.claims.office_before_name import name_after_office
from corroborate.records import Mention
from tests.nlp.test_claims import accused_of, claims_of, outcomes

# (text, the person accused, the outcome of the ruling on them)
_GOLDEN = [
    (
        "A Sunamganj court on Monday sentenced Union Parishad member Mofizul Haque Bablu and "
        "Jalal Mia to life imprisonment for killing a fisherman.",
        "Mofizul Haque Bablu",
        "sentenced",
    ),
    (
        "A Dinajpur court on Sunday sentenced Union Parishad chairman Abdul Karim Mondol to "
        "life imprisonment for killing a farmer.",
        "Abdul Karim Mondol",
        "sentenced",
    ),
    (
        "A Gaibandha court on Monday acquitted Union Parishad Member Abdul Jalil Sarkar of the "
        "murder of a grocer.",
        "Abdul Jalil Sarkar",
        "acquitted",
    ),
]

# no body is ever the accused of these
_NO_BODY = [
    "A Netrokona court on Monday sentenced Union Parishad member Shahidul Islam Ratan and "
    "Kabir Mia to life imprisonment for killing a boatman.",
    "A rower was beaten to death after a boat race. Former Union Parishad chairman Anwar "
    "Hossain Talukder, who paid for the boat and its crew, is the prime accused.",
]


@pytest.mark.parametrize(("text", "name", "outcome"), _GOLDEN)
def test_the_office_holder_is_ruled_on(nlp: Language, text: str, name: str, outcome: str) -> None:
    assert outcome in outcomes(claims_of(nlp, text), name)


@pytest.mark.parametrize("text", _NO_BODY)
def test_the_body_is_no_party(nlp: Language, text: str) -> None:
    people = {p.name for c in claims_of(nlp, text) for p in c.participants}
    assert not any("Union" in name or "Parishad" in name for name in people)


def test_a_pronoun_before_a_role_is_the_clients(nlp: Language) -> None:
    # "His counsel X": "His" is no body's name, and the statement stays the client's
    text = (
        "Police arrested the operator, Khalid Mehmood, over the blast. His counsel Rao Imran "
        "Khan told the court the statement the police attributed to his client had been "
        "taken in a hospital ward."
    )
    assert accused_of("confession", nlp, text) == {"Khalid Mehmood"}


def _name_at(doc: Doc, name: str) -> dict[int, Mention]:
    """The mentions by token of a doc that names one person, ``name``."""
    start = doc.text.index(name)
    m = Mention(start, start + len(name), name, "person", name, "PERSON")
    span = doc.char_span(m.start, m.end)
    assert span is not None
    return {t.i: m for t in span}


@pytest.mark.parametrize(
    ("text", "first", "expected"),
    [
        # the body's first word leads past the role to the name
        ("sentenced Union Parishad member Rafiq Islam to life", "Union", "Rafiq"),
        # a plural role is no one person's office
        ("sentenced Union Parishad members Rafiq Islam and others", "Union", None),
        # a body with no role after it names no office
        ("sentenced Union Parishad Rafiq Islam to life", "Union", None),
    ],
)
def test_the_name_after_an_office(
    nlp: Language, text: str, first: str, expected: str | None
) -> None:
    doc = nlp(text)
    by_token = _name_at(doc, "Rafiq Islam")
    token = next(t for t in doc if t.text == first)
    found = name_after_office(token, by_token)
    assert (found.text if found is not None else None) == expected
