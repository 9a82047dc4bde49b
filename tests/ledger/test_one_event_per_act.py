"""One act told in one sentence is one event: the claim the grammar reads and the
attribution the tagger reads quote the same sentences (``nlp.facts``), whatever the parse
joins (a headline over a dateline, two sentences), and a dateline is no party. Invented
reports."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.ledger.build import build_ledger
from corroborate.nlp.sentences import sentences
from corroborate.records import Event, Ledger
from tests.conftest import analyse_rows

_REPORTS = [
    {
        "id": "headline-dateline",
        "published": "2031-03-04",
        "text": (
            "Waqar Bhatti confesses to ordering two killings in 2019\n\n"
            "LAHORE: In a statement recorded before a judicial magistrate on Tuesday, gang "
            "leader Waqar Bhatti confessed to ordering the killings of two shopkeepers.\n\n"
            "Bhatti told the magistrate that he had paid two gunmen for the killings."
        ),
    },
    {
        "id": "two-sentences",
        "published": "2031-05-06",
        "text": (
            "NAIROBI, Kenya (AP) — A court on Friday convicted Omondi Kariuki and Hassan "
            "Wekesa of plotting the bombing of a bus station. More than 60 witnesses "
            "testified in the case. The accused denied plotting the bombing."
        ),
    },
    {
        "id": "headline-alone",
        "published": "2031-02-02",
        "text": (
            "Court convicts Tariq Mahmood of extortion\n\n"
            "His lawyers said they would appeal against the verdict in the high court."
        ),
    },
    {
        "id": "wire-colon",
        "published": "2031-01-05",
        "text": (
            "Trader held over fraud\n\n"
            "PORT ELLIS, Jan 5: Police on Sunday arrested trader Salim Qadri on charges of "
            "defrauding hundreds of depositors, officials said."
        ),
    },
]


@pytest.fixture(scope="module")
def ledger(nlp: Language) -> Ledger:
    return build_ledger(analyse_rows(nlp, _REPORTS))


def _events(ledger: Ledger) -> list[Event]:
    return [e for a in ledger.allegations for e in a.events]


def test_no_act_is_quoted_twice_over_overlapping_spans(ledger: Ledger) -> None:
    for allegation in ledger.allegations:
        for i, one in enumerate(allegation.events):
            for other in allegation.events[i + 1 :]:
                same = (one.document_id, one.kind) == (other.document_id, other.kind)
                overlap = one.start < other.end and other.start < one.end
                apart = (one.start, one.end) != (other.start, other.end)
                assert not (same and overlap and apart), (one.quote, other.quote)


def test_every_quote_is_whole_sentences_without_a_headline_or_a_dateline(ledger: Ledger) -> None:
    texts = {r["id"]: str(r["text"]) for r in _REPORTS}
    assert _events(ledger)
    for event in _events(ledger):
        if event.document_id == "headline-alone":
            continue  # the headline is its only telling
        text = texts[event.document_id]
        spans = sentences(text)
        assert event.start in {s for s, _ in spans} and event.end in {e for _, e in spans}
        assert not event.quote.startswith(("LAHORE", "NAIROBI", "PORT ELLIS"))
        assert "\n" not in event.quote  # no headline glued over its line


def test_one_confession_of_the_sentence_that_tells_it(ledger: Ledger) -> None:
    """The headline tells the body's confession again: one event, the body's sentence."""
    confessions = [
        e
        for e in _events(ledger)
        if e.kind == "confession" and e.document_id == "headline-dateline"
    ]
    assert not [e for e in confessions if e.quote.startswith("Waqar Bhatti confesses")]
    told = [e for e in confessions if e.quote.startswith("In a statement recorded")]
    assert len({(e.start, e.end) for e in told}) == 1
    assert all(e.setting == "judicial" for e in told)


def test_a_headline_that_alone_tells_an_act_keeps_it(ledger: Ledger) -> None:
    rulings = [e for e in _events(ledger) if e.document_id == "headline-alone"]
    assert [(e.kind, e.outcome, e.quote) for e in rulings] == [
        ("ruling", "convicted", "Court convicts Tariq Mahmood of extortion")
    ]


def test_one_denial_of_the_sentence_that_tells_it(ledger: Ledger) -> None:
    denials = {(e.start, e.end, e.quote) for e in _events(ledger) if e.kind == "denial"}
    assert {q for _, _, q in denials} == {"The accused denied plotting the bombing."}


def test_a_dateline_is_no_party(ledger: Ledger) -> None:
    """Its place is a place (never accused, never a source); its agency names no one."""
    by_name = {e.name: e for e in ledger.entities}
    assert "AP" not in by_name
    for place in ("NAIROBI", "PORT ELLIS", "LAHORE"):
        assert place not in by_name or by_name[place].type == "place"
    by_id = {e.id: e for e in ledger.entities}
    accused = {n for a in ledger.allegations for n in a.accused}
    assert all(by_id[n].type != "place" for n in accused if n in by_id)
    assert not {e.source for e in _events(ledger)} & {"NAIROBI", "PORT ELLIS", "LAHORE", "AP"}
