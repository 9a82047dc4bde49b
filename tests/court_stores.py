"""A tiny store of invented court reports for the update benchmarks' tests
(``benchmarks/update_described.py``, ``benchmarks/update_growth.py``): a case whose later
reports tell "the courier" without his name (an untied description) beside reports naming him,
and another case's reports whose names meet stored ones. Own sentences, no benchmark text."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from spacy.language import Language

from corroborate.ledger.build import AnalysedDocument
from corroborate.records import Ledger
from corroborate.store import Store, open_store
from tests.conftest import analyse_rows, put_analysed
from tests.test_ingest import write_jsonl

__all__ = ["CourtStores", "court_stores", "dropping_a_record"]

# the stored case, in the corpus's order: the first two name the courier, the third tells
# "the courier" only (untied), the fourth names him again (describing)
_STORED = [
    ("2032-02-03", "Police in Lahti detained a courier and a clerk over thefts of parcels "
     "from a depot. The courier, Aleksi Varho, 41, and the clerk, Ilkka Ranta, were taken "
     "to the district jail."),
    ("2032-03-14", "Prosecutors in Lahti charged Aleksi Varho and Ilkka Ranta with the depot "
     "thefts on Thursday. Both men denied the charges."),
    ("2032-09-20", "The district court in Lahti jailed Aleksi Varho and Ilkka Ranta for three "
     "years over the depot thefts. At the hearing the courier retracted the confession he had "
     "given to the police."),
    ("2032-09-21", "Aleksi Varho was sentenced to two years in prison on Friday over the depot "
     "thefts in Lahti, his lawyer said."),
]  # fmt: skip
# another case's reports: a name of the stored case meets them as a witness
_NEW = [
    ("2032-10-02", "Police in Kotka arrested Sanna Leino over a fraud at a shipping firm. "
     "Ilkka Ranta, a former colleague, told the court she had forged invoices."),
    ("2032-11-05", "A court in Kotka convicted Sanna Leino of fraud and fined her on Monday. "
     "Aleksi Varho was not involved, the prosecutor said."),
]  # fmt: skip


@dataclass(frozen=True)
class CourtStores:
    """The benchmarks' inputs: ``source`` holds the stored case ingested from ``corpus`` (in
    its order), ``new`` another case's reports; ``stored`` the stored case analysed."""

    source: Path
    corpus: Path
    new: Path
    stored: list[AnalysedDocument]


def court_stores(nlp: Language, folder: Path) -> CourtStores:
    rows = [{"id": f"case-{i}", "text": text, "published": published}
            for i, (published, text) in enumerate(_STORED)]  # fmt: skip
    other = [{"id": f"other-{i}", "text": text, "published": published}
             for i, (published, text) in enumerate(_NEW)]  # fmt: skip
    stored = analyse_rows(nlp, rows)
    source, new = folder / "source.db", folder / "new.db"
    with open_store(str(source)) as store:
        put_analysed(store, stored)
    with open_store(str(new)) as store:
        put_analysed(store, analyse_rows(nlp, other))
    return CourtStores(source, write_jsonl(folder / "corpus.jsonl", rows), new, stored)


def dropping_a_record(real: Callable[..., str | None]) -> Callable[..., str | None]:
    """The hook made wrong: the update as it is, then one allegation lost."""

    def wrong(store: Store, on_update: Any = None) -> str | None:
        reason = real(store, on_update)
        ledger = store.ledger()
        assert ledger.allegations, "nothing to drop: the test store must hold allegations"
        store.replace_ledger(Ledger(ledger.entities, ledger.allegations[1:]))
        return reason

    return wrong
