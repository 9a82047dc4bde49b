"""Probes of acc93's reading (invented sentences): a business that answers the accusation for
itself, in its own statement, is a denier - and so accused (``claims.firm_itself``).

- the speaker names a business: a name with a form of incorporation ("Ltd", "d.o.o.", "S.L."),
  a short name of a company named before ("Vltava Transport" after "... Ltd"), however NER
  typed it, or a name the report writes after a company noun ("the family firm X");
- the clause it says is about "it" (the business itself), in the answering reader's words of
  denying ("had never falsified ..."), or what it says it always did ("had always logged only
  within its concession");
- the report accuses someone already, and does not tell the business as the one wronged.

The golden list holds what the reader must read (Central European, Pacific, Latin American,
Spanish, Baltic firms); the near misses keep a state body speaking of itself, a bank robbed by
its clerk, a firm's news in a report that accuses no one and a business's plain statement
unaccused; the strict xfails are the shapes not built."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.company_names import is_company
from tests.nlp.test_claims import accused_of

_GOLDEN = [
    # a firm's short name after its full one, "never" and a deed
    (
        "Police detained Marek Dvořák, 52, director of Vltava Transport Ltd, on Monday. In a "
        "statement, Vltava Transport said it had never falsified a single tachograph.",
        {"Vltava Transport"},
    ),
    # a Balkan form of incorporation, the statement's "that" clause
    (
        "Prosecutors charged the site engineer, Ivan Horvat, over the collapse. Kovač Gradnja "
        "d.o.o. said in a written statement that it has never knowingly paid any official.",
        {"Kovač Gradnja d.o.o"},
    ),
    # "always" of its own work; NER tags the short name's first word alone
    (
        "Police detained Rangi Tane, director of Kauri Timber Co, on Monday. In a statement, "
        "Kauri Timber said it had always logged only within its concession.",
        {"Kauri Timber Co"},
    ),
    # a name written after "the family firm", NER typing it a person
    (
        "Police detained Juan Pérez Ortega, manager of the family firm Bodegas Solano, on "
        "Monday. In a statement, Bodegas Solano said it had always respected every export rule.",
        {"Bodegas Solano"},
    ),
]

_NEAR_MISSES = [
    # a state body speaks of itself: no business
    (
        "Police arrested Kwame Mensah on Friday. The Ghana Revenue Authority said it had never "
        "issued the certificates found in his car.",
        set(),
    ),
    (
        "Police arrested the contractor, Ahmed Nasser, on Tuesday. The Road Authority said it "
        "had always inspected the bridge twice a year.",
        set(),
    ),
    # the business robbed: a victim's word, however it clears itself
    (
        "Police arrested a clerk, Samir Haddad, for embezzling funds from Atlas Bank Ltd. In a "
        "statement, Atlas Bank said it had always followed every banking rule.",
        set(),
    ),
    (
        "Police arrested a clerk, Samir Haddad, for embezzling funds from Atlas Bank Ltd. In a "
        "statement, Atlas Bank said it had never authorised the transfers.",
        set(),
    ),
    # a report that accuses no one: the firm's news
    (
        "In a statement on its website, Nyanza Fisheries Ltd said it had always sold only fish "
        "caught legally.",
        set(),
    ),
    # a business's plain statement, no word of denying
    (
        "Police detained Marek Dvořák, 52, director of Vltava Transport Ltd, on Monday. In a "
        "statement, Vltava Transport said it would cooperate with the investigation.",
        set(),
    ),
    # a person's own word is read as before ("he had never ..."), not as a firm's
    (
        "Police detained Marek Dvořák, 52, director of Vltava Transport Ltd, on Monday. "
        "Dvořák said in a statement that he had never falsified any tachograph.",
        {"Marek Dvořák"},
    ),
]

_NOT_BUILT = [
    (
        "Police arrested two drivers and a hospital agent, Ravi Teja, on Thursday. In a "
        "statement, the hospital said it has never paid a single rupee as commission.",
        {"the hospital"},
        "a hospital is no company noun, and no business with a form was named before",
    ),
    (
        "Police detained Tevita Fifita, 40, the owner of Pacific Reef Tours Ltd. Pacific Reef "
        "Tours said it had never taken divers into the closed zone.",
        {"Pacific Reef Tours"},
        "NER finds no name in the firm's short name at the sentence's start",
    ),
    (
        "Police detained Lucía Méndez Soto, director of Textiles Andinos S.A., on Monday. In a "
        "statement, Textiles Andinos called the investigation a misunderstanding.",
        {"Textiles Andinos"},
        "a firm that calls the accusation a misunderstanding: no verb of saying and no 'it'",
    ),
]


@pytest.mark.parametrize(("text", "who"), _GOLDEN)
def test_golden(nlp: Language, text: str, who: set[str]) -> None:
    assert accused_of("denial", nlp, text) == who


@pytest.mark.parametrize(("text", "who"), _NEAR_MISSES)
def test_near_misses(nlp: Language, text: str, who: set[str]) -> None:
    assert accused_of("denial", nlp, text) == who


@pytest.mark.parametrize(
    ("text", "who"),
    [pytest.param(t, w, marks=pytest.mark.xfail(strict=True, reason=r)) for t, w, r in _NOT_BUILT],
)
def test_not_built(nlp: Language, text: str, who: set[str]) -> None:
    assert accused_of("denial", nlp, text) == who


@pytest.mark.parametrize(
    ("name", "company"),
    [
        ("Olivar del Genil S.L.", True),  # Spain's limited company
        ("Pražské Stroje s.r.o.", True),  # the Czech and Slovak one
        ("Carlos S. L. Ruiz", False),  # a person's initials, spaced, are no form
    ],
)
def test_forms(name: str, company: bool) -> None:
    assert is_company(name) is company
