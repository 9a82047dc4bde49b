"""A step told by "the NOUN" that its report ties to no name joins the one person another
report of the case writes that noun beside (``ledger/described_elsewhere.py``), marked
``description_named_elsewhere``; none where two bear it, none for a person the report gives
another part, none where the report names no bearer; an update gives what a build gives.
Invented reports."""

from __future__ import annotations

from itertools import permutations
from pathlib import Path

import pytest
from spacy.language import Language

from corroborate.ledger.build import AnalysedDocument, build_ledger
from corroborate.ledger.described_elsewhere import described_joined
from corroborate.ledger.link import Step
from corroborate.ledger.store import rebuild_and_compare, update
from corroborate.records import Event, EventKind, Ledger
from corroborate.store import open_store
from tests.conftest import analyse_rows, put_analysed

# --- the join over steps (pure) ---------------------------------------------------------


def _event(document: str, kind: EventKind = "ruling", start: int = 0) -> Event:
    outcome = "sentenced" if kind == "ruling" else None
    return Event("2031-01-01", kind, outcome, None, None, document, "words", start, start + 5)


def _bearer(entity: str, document: str, noun: str = "courier") -> Step:
    return Step(_event(document, "charge"), "theft", entity, described_as=frozenset({noun}))


def _untied(document: str, candidates: set[str], noun: str = "courier") -> Step:
    return Step(_event(document, start=40), "theft", None, set(candidates), described=noun)


def test_the_one_bearer_another_report_names_takes_the_step() -> None:
    joined = described_joined([_bearer("e1", "a"), _untied("b", {"e1", "e2"})])
    step = next(s for s in joined if s.event.document_id == "b")
    assert step.principal == "e1"
    assert step.event.inferred == "description_named_elsewhere"


def test_two_bearers_take_nothing() -> None:
    steps = [_bearer("e1", "a"), _bearer("e2", "c"), _untied("b", {"e1", "e2"})]
    assert [s.event.document_id for s in described_joined(steps)] == ["a", "c"]


def test_a_bearer_the_report_does_not_name_takes_nothing() -> None:
    steps = [_bearer("e1", "a"), _untied("b", {"e2"})]  # another case's courier
    assert [s.event.document_id for s in described_joined(steps)] == ["a"]


def test_a_bearer_of_another_noun_takes_nothing() -> None:
    steps = [_bearer("e1", "a", noun="driver"), _untied("b", {"e1"})]
    assert [s.event.document_id for s in described_joined(steps)] == ["a"]


def test_the_report_itself_is_no_other_report() -> None:
    steps = [_bearer("e1", "b"), _untied("b", {"e1"})]
    assert [s.event.start for s in described_joined(steps)] == [0]


# --- read from invented reports ---------------------------------------------------------

_ARREST = ("2031-01-10", "Police in Tromso arrested a courier and a cashier over a string of "
           "parcel thefts on Monday. The courier, Martin Kessler, 38, and the cashier, Henrik "
           "Solberg, were held at the central station.")  # fmt: skip
_VERDICT = ("2031-06-10", "Martin Kessler, 38, was jailed for four years on Tuesday over the "
            "parcel thefts in Tromso. At the trial the courier withdrew the confession he had "
            "made to the police.")  # fmt: skip
# a second courier named in a later report of the case: "the courier" is no one
_SECOND = ("2031-03-10", "Prosecutors in Tromso charged Jens Vik, a courier, with the parcel "
           "thefts. The courier, Jens Vik, was released on bail.")  # fmt: skip
_BOTH = ("2031-06-11", "A court in Tromso heard that Martin Kessler and Jens Vik shared a van "
         "during the parcel thefts. At the trial the courier withdrew the confession he had "
         "made to the police.")  # fmt: skip
# the bearer's name only as a judge's in another case's report
_JUDGE = ("2031-07-01", "In Bodo, Judge Martin Kessler heard a fraud case. At the trial the "
          "courier withdrew the confession he had made to the police.")  # fmt: skip


def _analysed(nlp: Language, reports: list[tuple[str, str]]) -> list[AnalysedDocument]:
    rows = [{"id": f"r{i}", "text": text, "published": published}
            for i, (published, text) in enumerate(reports)]  # fmt: skip
    return analyse_rows(nlp, rows)


def _joined(ledger: Ledger) -> set[tuple[str, str, str]]:
    names = {e.id: e.name for e in ledger.entities}
    return {(names[a.accused[0]], e.kind, e.document_id) for a in ledger.allegations
            for e in a.events if e.inferred == "description_named_elsewhere"}  # fmt: skip


def test_a_later_report_s_untied_courier_is_the_courier_named_before(nlp: Language) -> None:
    ledger = build_ledger(_analysed(nlp, [_ARREST, _VERDICT]))
    assert ("Martin Kessler", "retraction", "r1") in _joined(ledger)


def test_a_description_borne_by_two_joins_no_one(nlp: Language) -> None:
    ledger = build_ledger(_analysed(nlp, [_ARREST, _SECOND, _BOTH]))
    assert not {j for j in _joined(ledger) if j[2] == "r2"}


def test_a_judge_of_another_case_with_the_name_is_no_bearer(nlp: Language) -> None:
    ledger = build_ledger(_analysed(nlp, [_ARREST, _JUDGE]))
    assert not _joined(ledger)


def test_a_report_that_names_its_courier_needs_no_join(nlp: Language) -> None:
    text = ("2031-02-01", "The courier, Martin Kessler, was jailed for four years. The courier "
            "had withdrawn his confession.")  # fmt: skip
    ledger = build_ledger(_analysed(nlp, [_ARREST, text]))
    assert not _joined(ledger)


# "the courier" joined by "and" to a named co-accused in a later report of the case (xco73)
_CO_ACCUSED = [
    ("2031-06-10", "Martin Kessler and Henrik Solberg stood trial in Tromso over the parcel "
     "thefts. On Tuesday the district court sentenced the courier and Henrik Solberg to four "
     "years each."),
    ("2031-06-10", "Martin Kessler and Henrik Solberg stood trial in Tromso over the parcel "
     "thefts. Henrik Solberg and the courier were convicted on Tuesday."),
    ("2031-06-10", "Martin Kessler and Henrik Solberg appeared in court in Tromso over the "
     "parcel thefts. The court granted bail to the courier and Henrik Solberg on Tuesday."),
]  # fmt: skip


@pytest.mark.parametrize("report", _CO_ACCUSED)
def test_an_untied_co_accused_is_the_courier_named_before(
    nlp: Language, report: tuple[str, str]
) -> None:
    ledger = build_ledger(_analysed(nlp, [_ARREST, report]))
    joined = _joined(ledger)
    assert {(name, doc) for name, _, doc in joined} == {("Martin Kessler", "r1")}
    # the named co-accused keeps his own step, read by name, unmarked
    names = {e.id: e.name for e in ledger.entities}
    solberg = [e for a in ledger.allegations if names[a.accused[0]] == "Henrik Solberg"
               for e in a.events if e.document_id == "r1" and e.kind == "ruling"]  # fmt: skip
    assert solberg and all(e.inferred is None for e in solberg)


def test_an_untied_co_accused_of_a_case_with_two_couriers_joins_no_one(nlp: Language) -> None:
    both = ("2031-06-11", "Martin Kessler, Jens Vik and Henrik Solberg stood trial in Tromso. "
            "The court sentenced the courier and Henrik Solberg to four years each.")  # fmt: skip
    ledger = build_ledger(_analysed(nlp, [_ARREST, _SECOND, both]))
    assert not {j for j in _joined(ledger) if j[2] == "r2"}


def test_a_courier_hurt_beside_the_accused_is_no_co_accused(nlp: Language) -> None:
    hurt = ("2031-06-11", "Martin Kessler and Henrik Solberg were charged in Tromso over the "
            "parcel thefts. The courier and the guard were injured in a scuffle outside the "
            "court.")  # fmt: skip
    ledger = build_ledger(_analysed(nlp, [_ARREST, hurt]))
    assert not _joined(ledger)


def test_a_courier_of_another_case_sharing_the_noun_joins_no_one(nlp: Language) -> None:
    # another case's report with "the courier" and a co-accused: its report names no one
    # the first report gave the noun, so no join
    other = ("2031-06-12", "Lars Dahl was tried in Alta over a burglary. The court sentenced "
             "the courier and Lars Dahl to two years.")  # fmt: skip
    ledger = build_ledger(_analysed(nlp, [_ARREST, other]))
    assert not _joined(ledger)


@pytest.mark.parametrize("order", list(permutations(range(2))))
def test_an_update_joins_what_a_build_joins(
    nlp: Language, tmp_path: Path, order: tuple[int, ...]
) -> None:
    docs = _analysed(nlp, [_ARREST, _VERDICT])
    with open_store(str(tmp_path / "a.db")) as store:
        put_analysed(store, [docs[order[0]]])
        assert update(store) == "no index"
        put_analysed(store, [docs[order[1]]])
        assert update(store) is None, "an update, not a rebuild"
        assert rebuild_and_compare(store) is None
        assert ("Martin Kessler", "retraction", "r1") in _joined(store.ledger())
