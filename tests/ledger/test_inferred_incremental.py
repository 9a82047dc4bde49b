"""The ledger's inferences over stored claims (``ledger.inferred_events``: a confession told
only by its retraction, a retraction standing in a later report's denial, a confession
retold with the setting on record, one setting per person across acts) come out of an
update by delta as out of a full build, whatever order the reports arrive in: the update
regroups an allegation from every record reaching its principal (``ledger.regroup``) and
runs the same ``build.group_steps``, so a report that brings the confession on record, or
the denial after a retraction, changes the inferred events of reports stored before it.

Each case's reports are added in every order, one at a time, to a store holding the other
cases' reports, each addition through the ingest hook (``ledger.store.update``), which must
update by delta (not rebuild), and
``rebuild_and_compare`` must then find the stored ledger and index equal to a full
rebuild's; the inferred events are checked to be there, so that the comparison is not
between two ledgers that infer nothing. Invented reports."""

from __future__ import annotations

import uuid
from itertools import permutations
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from spacy.language import Language

from corroborate.ledger.build import AnalysedDocument
from corroborate.ledger.store import rebuild_and_compare, remove, update
from corroborate.ledger.update import Update
from corroborate.records import Ledger
from corroborate.store import open_store
from tests.conftest import analyse_rows, index_snapshot, put_analysed

# A confession at the police station, its withdrawal in court, and a later report of the
# trial where the accused denies the deed: that report tells the retraction on record.
_STANDING = [
    ("2031-03-01", "Police in Mombasa arrested Otieno Baraza on Monday over the killing of a "
                   "fisherman. During questioning at the police station, Otieno Baraza "
                   "confessed to killing the fisherman, police said."),
    ("2031-04-01", "Otieno Baraza, who is accused of killing a fisherman in Mombasa, withdrew "
                   "his confession, telling the court that he had been threatened at the "
                   "police station."),
    ("2031-06-01", "A court in Mombasa convicted Otieno Baraza of killing a fisherman. Baraza, "
                   "who denied in his evidence at the trial that he had ever met the "
                   "fisherman, was sentenced to twenty years in prison."),
]  # fmt: skip
# A confession told only by its retraction, then a plea of not guilty.
_RETRACTED = [
    ("2031-05-02", "Lena Vogt, charged with setting fire to a warehouse in Bremen, retracted "
                   "her confession on Thursday, her lawyer said."),
    ("2031-05-09", "Lena Vogt, who is charged with setting fire to a warehouse in Bremen, "
                   "pleaded not guilty on Monday."),
]  # fmt: skip
# A custodial confession to a shooting (assault), retold under the killing in court.
_PERSON = [
    ("2031-02-03", "Police in Multan arrested Salman Qureshi on Friday after a watchman was "
                   "shot at a factory. During interrogation at the police station, Qureshi "
                   "confessed to shooting the watchman, police said."),
    ("2031-02-20", "Salman Qureshi, who is accused of murdering a factory watchman in Multan, "
                   "told the court on Monday that he had signed whatever the police put "
                   "before him and withdrew his confession."),
]  # fmt: skip
_CASES = {"standing": _STANDING, "retracted": _RETRACTED, "person": _PERSON}


@pytest.fixture(scope="module")
def analysed(nlp: Language) -> dict[str, list[AnalysedDocument]]:
    return {
        name: analyse_rows(nlp, [{"id": f"{name}{i}", "text": text, "published": published}
                                 for i, (published, text) in enumerate(reports)])
        for name, reports in _CASES.items()
    }  # fmt: skip


def _events(ledger: Ledger) -> set[tuple[str, str, str | None, str]]:
    names = {e.id: e.name for e in ledger.entities}
    return {(names[a.accused[0]], e.kind, e.setting, e.document_id)
            for a in ledger.allegations for e in a.events}  # fmt: skip


# What each case infers once every report is stored: the events no report reads itself.
_INFERRED = {
    "standing": {("Otieno Baraza", "retraction", "judicial", "standing2")},
    "retracted": {("Lena Vogt", "confession", "unknown", "retracted0"),
                  ("Lena Vogt", "retraction", "unknown", "retracted1")},
    "person": {("Salman Qureshi", "confession", "custodial", "person1")},
}  # fmt: skip


@pytest.mark.parametrize(
    ("case", "order"),
    [
        (case, order)
        for case, reports in _CASES.items()
        for order in permutations(range(len(reports)))
    ],
)
def test_an_update_by_delta_infers_what_a_build_infers(
    tmp_path: Path,
    analysed: dict[str, list[AnalysedDocument]],
    case: str,
    order: tuple[int, ...],
) -> None:
    # the other cases' reports are stored first: the update reaches this case's names only
    others = [d for name, docs in analysed.items() if name != case for d in docs]
    docs = analysed[case]
    with open_store(str(tmp_path / "a.db")) as store:
        put_analysed(store, others)
        assert update(store) == "no index"
        for n, i in enumerate(order):
            put_analysed(store, [docs[i]])
            assert update(store) is None, "an update by delta, not a rebuild"
            updated = index_snapshot(store)
            assert rebuild_and_compare(store) is None, (case, order[: n + 1])
            assert index_snapshot(store) == updated
        assert _INFERRED[case] <= _events(store.ledger())


# --- an untied description joined to the one bearer another report names -----------------
# (``ledger.described_elsewhere``; by delta since delta72: ``regroup.drawn_in``.) Invented:
# the describing report, the untied one, a second bearer of the noun, and an unrelated case.

_DESCRIBING = ("2031-01-10", "Police in Narvik arrested a courier and a cashier over a string "
               "of parcel thefts on Monday. The courier, Henrik Brandt, 38, and the cashier, "
               "Ola Strand, were held at the central station.")  # fmt: skip
# names both couriers-to-be, and tells "the courier" by the noun alone
_UNTIED = ("2031-06-10", "Henrik Brandt and Jonas Falk were jailed for four years on Tuesday "
           "over the parcel thefts in Narvik. At the trial the courier withdrew the confession "
           "he had made to the police.")  # fmt: skip
# a second courier of the case: "the courier" is then no one
_SECOND_BEARER = ("2031-03-10", "Prosecutors in Narvik charged Jonas Falk, a courier, with the "
                  "parcel thefts. The courier, Jonas Falk, was released on bail.")  # fmt: skip
_UNRELATED = ("2031-02-01", "Police in Lagos arrested Chinedu Okafor on Friday over the theft "
              "of a generator, an officer told reporters.")  # fmt: skip
# "the courier" joined by "and" to a named co-accused (xco73): the ruling read for Ola
# Strand by name, and shared by the untied courier
_CO_ACCUSED = ("2031-06-12", "Henrik Brandt and Ola Strand stood trial in Narvik over the "
               "parcel thefts. On Tuesday the court sentenced the courier and Ola Strand to "
               "four years each.")  # fmt: skip
_DESCRIBED = {"describing": _DESCRIBING, "untied": _UNTIED, "second": _SECOND_BEARER,
              "unrelated": _UNRELATED, "co_accused": _CO_ACCUSED}  # fmt: skip
_JOINED = ("Henrik Brandt", "retraction", "untied")


@pytest.fixture(scope="module")
def described(nlp: Language) -> dict[str, AnalysedDocument]:
    names = list(_DESCRIBED)
    rows = [{"id": name, "text": text, "published": published}
            for name, (published, text) in _DESCRIBED.items()]  # fmt: skip
    return dict(zip(names, analyse_rows(nlp, rows), strict=True))


def _joined(ledger: Ledger) -> set[tuple[str, str, str]]:
    names = {e.id: e.name for e in ledger.entities}
    return {(names[a.accused[0]], e.kind, e.document_id) for a in ledger.allegations
            for e in a.events if e.inferred == "description_named_elsewhere"}  # fmt: skip


def _added_one_by_one(store_path: Path, docs: list[AnalysedDocument]) -> Ledger:
    """``docs`` added one at a time through the ingest hook, each update by delta (never
    assembled whole) and equal to a full rebuild, index included."""
    with open_store(str(store_path)) as store:
        put_analysed(store, docs[:1])
        assert update(store) == "no index"
        for n, doc in enumerate(docs[1:], 2):
            put_analysed(store, [doc])
            seen: list[Update] = []
            assert update(store, seen.append) is None, "an update, not a rebuild"
            assert seen[0].wholly is None, "by delta, not assembled whole"
            updated = index_snapshot(store)
            assert rebuild_and_compare(store) is None, [d.document.id for d in docs[:n]]
            assert index_snapshot(store) == updated
        return store.ledger()


@pytest.mark.parametrize(
    "order",
    [
        ("describing", "untied"),  # the describing report first
        ("untied", "describing"),  # the untied one first
        ("describing", "unrelated", "untied"),  # an unrelated case added between
        ("untied", "unrelated", "describing"),
        ("unrelated", "untied", "describing"),
    ],
)
def test_an_untied_description_joins_by_delta_as_a_build_joins(
    tmp_path: Path, described: dict[str, AnalysedDocument], order: tuple[str, ...]
) -> None:
    ledger = _added_one_by_one(tmp_path / "a.db", [described[n] for n in order])
    assert _JOINED in _joined(ledger)


@pytest.mark.parametrize(
    "order",
    [
        ("describing", "co_accused"),
        ("co_accused", "describing"),
        ("describing", "unrelated", "co_accused"),
        ("co_accused", "unrelated", "describing"),
        ("unrelated", "co_accused", "untied", "describing"),
    ],
)
def test_an_untied_co_accused_joins_by_delta_as_a_build_joins(
    tmp_path: Path, described: dict[str, AnalysedDocument], order: tuple[str, ...]
) -> None:
    ledger = _added_one_by_one(tmp_path / "a.db", [described[n] for n in order])
    assert ("Henrik Brandt", "ruling", "co_accused") in _joined(ledger)


@pytest.mark.parametrize("order", list(permutations(("describing", "untied", "second"))))
def test_a_second_bearer_takes_the_step_off_the_first_by_delta(
    tmp_path: Path, described: dict[str, AnalysedDocument], order: tuple[str, ...]
) -> None:
    # Where the second courier comes last, the update regroups him alone at first sight;
    # the untied step names both, so the first courier's allegation must lose it too.
    docs = [described["unrelated"], *(described[n] for n in order)]
    ledger = _added_one_by_one(tmp_path / "a.db", docs)
    assert not {j for j in _joined(ledger) if j[2] == "untied"}


@settings(
    max_examples=10, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(data=st.data())
def test_described_reports_in_any_order_and_batches_equal_a_full_rebuild(
    tmp_path: Path,
    described: dict[str, AnalysedDocument],
    analysed: dict[str, list[AnalysedDocument]],
    data: st.DataObject,
) -> None:
    # the couriers' reports among the other cases', in any order and batches: every update
    # after the first is one (by delta, unless the batch is over half the store), and equal
    # to a full rebuild
    pool = [*described.values(), *(d for docs in analysed.values() for d in docs)]
    docs = data.draw(st.permutations(pool))
    cuts = sorted(set(data.draw(st.lists(st.integers(1, len(docs) - 1), max_size=5))))
    bounds = [0, *cuts, len(docs)]
    with open_store(str(tmp_path / f"{uuid.uuid4().hex}.db")) as store:
        for i, (lo, hi) in enumerate(zip(bounds, bounds[1:], strict=False)):
            put_analysed(store, docs[lo:hi])
            seen: list[Update] = []
            reason = update(store, seen.append)
            if i == 0:
                assert reason == "no index"
            elif reason is None:
                assert seen[0].wholly is None, "by delta, not assembled whole"
            else:
                assert reason == "too many new documents", reason
            updated = index_snapshot(store)
            assert rebuild_and_compare(store) is None, [d.document.id for d in docs[:hi]]
            assert index_snapshot(store) == updated
        assert not {j for j in _joined(store.ledger()) if j[2] == "untied"}, "two couriers"


@pytest.mark.parametrize(
    ("gone", "bearer"),
    [("second", "Henrik Brandt"), ("describing", "Jonas Falk"), ("untied", None)],
)
def test_a_removed_report_of_the_couriers_updates_by_delta(
    tmp_path: Path, described: dict[str, AnalysedDocument], gone: str, bearer: str | None
) -> None:
    # with two couriers "the courier" is no one; removing one courier's report leaves the
    # other the one bearer, and removing the untied report leaves nothing to join - each by
    # delta, as a rebuild has it
    with open_store(str(tmp_path / "a.db")) as store:
        put_analysed(store, described.values())
        assert update(store) == "no index"
        done = remove(store, [gone])
        assert done.update is not None and done.update.wholly is None, "by delta"
        assert rebuild_and_compare(store) is None
        joined = {j for j in _joined(store.ledger()) if j[2] == "untied"}
        assert {name for name, _, _ in joined} == ({bearer} if bearer else set())
        assert bearer is None or (bearer, "retraction", "untied") in joined
