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

from itertools import permutations
from pathlib import Path

import pytest
from spacy.language import Language

from corroborate.ledger.build import AnalysedDocument
from corroborate.ledger.store import rebuild_and_compare, update
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
