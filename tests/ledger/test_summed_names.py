"""Names many stored reports name, read by an update as their sums (``index_name_sums``,
``ledger.name_rows.SUMMED_FROM``), with the threshold brought down to ``RARE_COMPANY`` (the
least it may be) so that the invented corpora hold summed names: the scoped delta still equals
the full resolution's, every update equals a rebuild, its index (sums included) too; and by
hand, a report naming a person many stored reports name is answered from the sums, without
asking for the rows (``RowsNeeded``)."""

from __future__ import annotations

import uuid
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from corroborate.ledger import reached
from corroborate.ledger.delta import ResolutionDelta
from corroborate.resolve.lone import RARE_COMPANY
from corroborate.resolve.statistics import NameStatistics
from corroborate.store import Store
from tests.conftest import put_analysed
from tests.ledger.test_reached import _added, _check, _dirty, _doc, _org, _person, _run, _store
from tests.ledger.test_update_names import (
    CLAIM_KINDS,
    DATES,
    FAMILIES,
    _batches,
    _corpora,
    _Corpus,
    _document,
)

# How the scoped resolutions ran over a session: from sums, or asking for the rows.
SUMMED: Counter[str] = Counter()


@pytest.fixture
def summed_early(monkeypatch: pytest.MonkeyPatch) -> Iterator[list[int | None]]:
    """``SUMMED_FROM`` at ``RARE_COMPANY``; yields the thresholds ``_resolved`` ran with (a
    None after a number: the rows were asked for)."""
    monkeypatch.setattr(reached, "SUMMED_FROM", RARE_COMPANY)
    calls: list[int | None] = []
    resolved = reached._resolved
    of = NameStatistics.of

    def counted(store: Store, dirty: set[str], summed_from: int | None) -> object:
        calls.append(summed_from)
        return resolved(store, dirty, summed_from)

    def noted(*args: object, **kwargs: object) -> NameStatistics:
        stats = of(*args, **kwargs)  # type: ignore[arg-type]
        if stats.summed:
            SUMMED["statistics with a summed name"] += 1
        return stats

    monkeypatch.setattr(reached, "_resolved", counted)
    monkeypatch.setattr(NameStatistics, "of", staticmethod(noted))
    yield calls


@st.composite
def _crowded(draw: st.DrawFn) -> _Corpus:
    """Corpora of one family's names, more reports than ``_corpora``'s and fewer names a
    report: names that more than ``RARE_COMPANY`` reports name, in batches, with stored
    reports removed or written anew now and then."""
    family = draw(st.sampled_from(FAMILIES))
    pool = draw(st.lists(st.sampled_from(family), min_size=1, max_size=4, unique=True))
    claims = st.tuples(st.sampled_from(CLAIM_KINDS), st.integers(0, 3), st.integers(0, 3),
                       st.sampled_from([None, "fraud", "patronage"]), st.booleans())  # fmt: skip

    def document(id_: str) -> object:
        return _document(id_, draw(st.sampled_from(DATES)),
                         draw(st.lists(st.sampled_from(pool), min_size=1, max_size=3)),
                         draw(st.booleans()), draw(st.lists(claims, max_size=2)))  # fmt: skip

    size = draw(st.integers(10, 18))
    docs = [document(f"doc-{i}") for i in range(size)]
    cuts = draw(st.lists(st.integers(6, size - 1), max_size=4))
    bounds = [0, *sorted(set(cuts)), size]
    kinds = st.none() | st.none() | st.tuples(st.sampled_from(["remove", "rewrite"]),
                                              st.integers(0, 99))  # fmt: skip
    edits = [None, *(draw(kinds) for _ in bounds[2:])]
    rewrites = [document("") for _ in edits]
    return _Corpus(docs, bounds, edits, rewrites, (len(edits), "merge"))  # type: ignore[arg-type]


@settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(corpus=_corpora() | _crowded())
def test_the_scoped_resolution_with_sums_is_a_fallback_or_the_full_ones_delta(
    corpus: _Corpus, tmp_path: Path, summed_early: list[int | None]
) -> None:
    summed_early.clear()  # one fixture for every example
    _run(corpus, tmp_path / f"{uuid.uuid4().hex}.db")
    SUMMED["rows asked for"] += summed_early.count(None)
    SUMMED["resolutions"] += summed_early.count(RARE_COMPANY)


@settings(
    max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(corpus=_corpora() | _crowded())
def test_invented_names_with_sums_in_any_batches_equal_a_full_rebuild(
    corpus: _Corpus, tmp_path: Path, summed_early: list[int | None]
) -> None:
    _batches(corpus, tmp_path / f"{uuid.uuid4().hex}.db")


def _many(tmp_path: Path) -> Store:
    """Six reports naming "Ada Obiora" (more than ``RARE_COMPANY``), two of them beside
    "Tunde Bakare", one beside the "Harbour Board"."""
    return _store(tmp_path, [
        _doc(f"s{i}", f"2022-01-0{i + 1}", _person("Ada Obiora"),
             *([_person("Tunde Bakare")] if i < 2 else []),
             *([_org("Harbour Board")] if i == 5 else []))
        for i in range(6)
    ])  # fmt: skip


def test_a_report_naming_a_person_many_reports_name_is_answered_from_the_sums(
    tmp_path: Path, summed_early: list[int | None]
) -> None:
    store = _many(tmp_path)
    summed_early.clear()
    assert _added(store, _doc("n1", "2022-02-01", _person("Ada Obiora"))) == "scoped"
    assert summed_early == [RARE_COMPANY, RARE_COMPANY]  # ``_check``'s and the update's
    # an earlier report: the summed name's first document moves
    summed_early.clear()
    assert _added(store, _doc("n0", "2021-12-01", _person("Ada Obiora"),
                              _person("Tunde Bakare"))) == "scoped"  # fmt: skip
    assert None not in summed_early


def test_the_delta_from_sums_names_what_the_full_resolutions_does(
    tmp_path: Path, summed_early: list[int | None]
) -> None:
    """A new spelling beside the summed name ("Ada Obiora" and a new "Ada N. Obiora"), and
    a new organisation: the delta equals the full resolution's (``_check``)."""
    store = _many(tmp_path)
    put_analysed(store, [_doc("n1", "2022-02-01", _person("Ada N. Obiora"),
                              _org("Harbour Board"))])  # fmt: skip
    assert _dirty(store) == {"n1"}
    assert isinstance(reached.resolve_reached(store, {"n1"}), ResolutionDelta)
    assert _check(store) == "scoped"


def test_a_lone_name_whose_candidate_many_reports_name_is_decided_from_its_rows(
    tmp_path: Path, summed_early: list[int | None]
) -> None:
    """Two new reports: one writes "Obiora" alone beside Tunde Bakare, whom two stored
    reports name (rare company), both beside "Ada Obiora", whom six name; the other names Ada
    Obiora, so she is reached, as a summed name. The lone name is decided again from the
    rows of that summed candidate (``decided_again`` reads no other summed name's rows: a
    group holding one is common), stands for Ada Obiora, and the update equals a rebuild
    (mutation: the summed candidate's rows not read, "Obiora" stays lone)."""
    store = _many(tmp_path)
    summed_early.clear()
    lone = _doc("n1", "2022-02-01", _person("Obiora"), _person("Tunde Bakare"))
    named = _doc("n2", "2022-02-02", _person("Ada Obiora"))
    assert _added(store, lone, named) == "scoped"
    assert None not in summed_early
    ada = next(e for e in store.ledger().entities if e.name == "Ada Obiora")
    assert ("Obiora", "n1") in [(a.name, a.document_id) for a in ada.aliases]


def test_a_person_many_reports_name_keeps_no_company_when_her_rows_are_unread(
    tmp_path: Path, summed_early: list[int | None]
) -> None:
    """Two new reports both name Ada Obiora (six stored reports do: summed, common); one of
    them writes "Lawal" alone beside Tunde Bakare (rare), the other names Kemi Lawal. Ada
    Obiora's group is common though no report's share of her is read (``decided_again``
    reads the rows of summed candidates only), so the two reports are no company and
    "Lawal" stays lone, as a rebuild decides (mutation: her group counted from the reports
    read, two, it is rare and vouches for Kemi Lawal)."""
    store = _many(tmp_path)
    summed_early.clear()
    lone = _doc("n1", "2022-02-01", _person("Lawal"), _person("Ada Obiora"),
                _person("Tunde Bakare"))  # fmt: skip
    named = _doc("n2", "2022-02-02", _person("Ada Obiora"), _person("Kemi Lawal"))
    assert _added(store, lone, named) == "scoped"
    assert None not in summed_early
    kemi = next(e for e in store.ledger().entities if e.name == "Kemi Lawal")
    assert "Lawal" not in [a.name for a in kemi.aliases]
