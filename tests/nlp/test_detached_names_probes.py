"""Probes of lfa33's reading (invented sentences): a name written right after the noun that
ends an "of" phrase - "The bail application of the driver X was dismissed", "The appeal
against the acquittal of the landlord, X, is pending" - is that noun's, however the parser hung
it (``claims.detached_names``): the small parser makes it a second subject of the passive verb
or apposes it to the phrase's first noun, and the ruling had no party. The near misses keep a
name the parser hung on a person noun ("the son of the landlord, X": X may be the son) where
the parser put it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.claims.detached_names import detached_name
from corroborate.records import Mention
from tests.nlp.test_claims import claims_of, outcomes

_CONVICTED = "The court convicted a mill owner, Tariq Javed, of fraud. "
_ARRESTED = (
    "Police arrested a clerk, Akhtar Memon, and a driver, Ghulam Nabi Shar, over the theft. "
)

# (text, the person, the outcome the sentence tells of them)
_GOLDEN = [
    (
        _CONVICTED + "The prosecution's appeal against the acquittal of the supplier Ravi "
        "Shankar was dismissed.",
        "Ravi Shankar",
        "acquitted",
    ),
    (
        _CONVICTED + "The complainant's appeal against the acquittal of the zamindar, Manzoor "
        "Hussain Lashari, is still pending in the provincial court.",
        "Manzoor Hussain Lashari",
        "acquitted",
    ),
    (
        _CONVICTED + "An appeal against the acquittal of the driver, Karim Bux, was dismissed "
        "on Monday.",
        "Karim Bux",
        "acquitted",
    ),
    (
        _ARRESTED + "The bail application of the driver Ghulam Nabi Shar was dismissed on June 12.",
        "Ghulam Nabi Shar",
        "remanded",
    ),
]


@pytest.mark.parametrize(("text", "name", "outcome"), _GOLDEN)
def test_the_name_after_the_noun_is_its_owner(
    nlp: Language, text: str, name: str, outcome: str
) -> None:
    assert outcome in outcomes(claims_of(nlp, text), name)


def test_the_apposed_son_stays_the_son(nlp: Language) -> None:
    # "the son of the landlord, X": the parser hangs X on "son", a person noun - the son
    text = "The court remanded the son of the landlord, Bilal Khan, in police custody."
    assert outcomes(claims_of(nlp, text), "Bilal Khan") == {"remanded"}


def _name_at(doc_text: str, name: str) -> Mention:
    start = doc_text.index(name)
    return Mention(start, start + len(name), name, "person", name, "PERSON")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # adjacent, hung on the verb: the noun's
        (
            "The bail application of the driver Ghulam Mustafa Brohi was dismissed on June 12.",
            "Ghulam",
        ),
        # a comma that opens and none that closes is no apposition
        (
            "The bail application of the driver, Ghulam Mustafa Brohi was dismissed on June 12.",
            None,
        ),
    ],
)
def test_the_detached_name(nlp: Language, text: str, expected: str | None) -> None:
    doc = nlp(text)
    m = _name_at(text, "Ghulam Mustafa Brohi")
    span = doc.char_span(m.start, m.end)
    assert span is not None
    driver = next(t for t in doc if t.text == "driver")
    found = detached_name(driver, {t.i: m for t in span})
    assert (found.text if found is not None else None) == expected


def test_a_noun_of_a_verb_phrase_is_left_alone(nlp: Language) -> None:
    # "of" on a verb ("accused of the murder X"?) - only an "of" on a noun owns a name
    doc = nlp("Police accused the driver Asif Raza of the theft.")
    m = _name_at(doc.text, "Asif Raza")
    span = doc.char_span(m.start, m.end)
    assert span is not None
    theft = next(t for t in doc if t.text == "theft")
    assert detached_name(theft, {t.i: m for t in span}) is None
