"""A confession a report tells only by its retraction is a confession of that report
(``ledger.retracted_confession``): "the admissions made in that interview, which X later
repudiated at trial, should have been excluded", "X recanted at trial", "X went back on the
admissions" - the reader reads the retraction, and whoever retracts a confession made one.
The confession takes no setting of its own; after a report of a custodial confession it is
that one (``retold_setting``). Near misses: a report that reads the confession itself gets no
second one; a witness taking back her statement and an accused withdrawing his appeal are no
confession; the accused's latest word stays the retraction."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.ledger.retracted_confession import confessions_retracted
from corroborate.ledger.status import status_of
from corroborate.records import Event
from tests.ledger.events import an_event
from tests.ledger.invented import invented_ledger
from tests.ledger.inventory import events_against

# a retraction the reader reads with no confession beside it, in three shapes and places
_REPUDIATED = (
    "Aidan Moloney, 31, was convicted in Limerick of the manslaughter of a neighbour. "
    "On Friday the Court of Appeal said the admissions made in his third interview, which "
    "Moloney later repudiated at trial, should have been excluded."
)
_RECANTED = (
    "Kwabena Mensah is on trial in Kumasi for the robbery of a mobile money agent. "
    "Mensah recanted at trial, telling the court that detectives had dictated every line."
)
_WENT_BACK = (
    "Ingrid Solberg is charged in Bergen with setting fire to her employer's warehouse. "
    "Solberg later went back on the admissions, her lawyer said."
)
_CUSTODY = (
    "Gardai in Limerick arrested Aidan Moloney on Monday over the death of a neighbour. "
    "During questioning at the garda station, Moloney confessed to killing the neighbour, "
    "gardai said."
)
# near misses
_BOTH = (
    "Kwabena Mensah is on trial in Kumasi for the robbery of a mobile money agent. "
    "Mensah told the court that he withdrew his confession because detectives had beaten him."
)
_WITNESS = (
    "Kwabena Mensah is on trial in Kumasi for the robbery of a mobile money agent. "
    "The key witness, Abena Owusu, retracted her statement against Mensah at trial."
)
_APPEAL = (
    "Ingrid Solberg was convicted in Bergen of setting fire to her employer's warehouse. "
    "Solberg withdrew her appeal on Monday."
)


def _confessions(nlp: Language, name: str, *texts: str) -> dict[str, list[str]]:
    ledger, _ = invented_ledger(nlp, *texts)
    found: dict[str, list[str]] = {}
    for e in events_against(ledger, [name]) or []:
        if e.kind == "confession":
            found.setdefault(e.document_id, []).append(str(e.setting))
    return found


@pytest.mark.parametrize(
    ("name", "text"),
    [
        ("Aidan Moloney", _REPUDIATED),
        ("Kwabena Mensah", _RECANTED),
        ("Ingrid Solberg", _WENT_BACK),
    ],
)
def test_a_retraction_alone_tells_a_confession(nlp: Language, name: str, text: str) -> None:
    assert _confessions(nlp, name, text) == {"d0": ["unknown"]}


def test_the_retracted_confession_is_the_custodial_one_on_record(nlp: Language) -> None:
    assert _confessions(nlp, "Aidan Moloney", _CUSTODY, _REPUDIATED) == {
        "d0": ["custodial"],
        "d1": ["custodial"],
    }


def test_a_confession_read_beside_its_retraction_is_not_doubled(nlp: Language) -> None:
    assert _confessions(nlp, "Kwabena Mensah", _BOTH) == {"d0": ["unknown"]}


@pytest.mark.parametrize(
    ("name", "text"), [("Kwabena Mensah", _WITNESS), ("Ingrid Solberg", _APPEAL)]
)
def test_other_things_taken_back_are_no_confession(nlp: Language, name: str, text: str) -> None:
    assert _confessions(nlp, name, text) == {}


def _event(kind: str, document: str, start: int = 0) -> Event:
    setting = "judicial" if kind == "retraction" else None
    return an_event(kind, document, setting=setting, start=start, end=start + 1)


def test_the_confession_goes_before_its_retraction() -> None:
    events = [_event("charge", "d0"), _event("retraction", "d1", 5), _event("retraction", "d1", 9)]
    out = confessions_retracted(events)
    assert [(e.kind, e.document_id, e.setting) for e in out] == [
        ("charge", "d0", None),
        ("confession", "d1", "unknown"),
        ("retraction", "d1", "judicial"),
        ("retraction", "d1", "judicial"),
    ]
    assert out[1].start == 5 and out[1].before_report
    assert status_of(out, set()) == "charged"
    assert status_of([e for e in out if e.kind != "charge"], set()) == "retracted"


def test_a_report_with_a_confession_of_its_own_is_unchanged() -> None:
    events = [_event("confession", "d1", 2), _event("retraction", "d1", 5)]
    assert confessions_retracted(events) == events
