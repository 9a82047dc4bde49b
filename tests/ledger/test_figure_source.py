"""A count in a confession that someone else reports is the reporter's figure, not the
confessor's (``ledger.figure_source``); invented sentences and hand-made attributions."""

from __future__ import annotations

from spacy.language import Language

from corroborate.ledger.build import build_ledger
from corroborate.ledger.figure_source import reported_source, reporters
from corroborate.records import Attribution, Quantity
from tests.conftest import analyse_rows

_COUNT = Quantity("killings", 40, 52, 37.0)


def _attribution(kind: str, content: tuple[int, int], source: str) -> Attribution:
    return Attribution([(0, 5)], [(6, 10)], [content], source_name=source, kind=kind,  # type: ignore[arg-type]
                       quantities=[_COUNT])  # fmt: skip


def _source(a: Attribution) -> str | None:
    return a.source_name


def test_a_reported_confession_counts_for_its_reporter() -> None:
    outer = _attribution("allegation", (20, 60), "Harbour Police")
    inner = _attribution("confession", (38, 60), "Omar Lind")
    reported = reporters([outer, inner], _source)
    assert reported_source(inner, _COUNT, reported) == "Harbour Police"
    assert reported_source(outer, _COUNT, reported) is None  # the reporter's own


def test_the_nearest_reporter_wins() -> None:
    far = _attribution("statement", (10, 70), "Ms Perl")
    near = _attribution("allegation", (30, 60), "Harbour Police")
    inner = _attribution("confession", (38, 60), "Omar Lind")
    reported = reporters([far, inner, near], _source)
    assert reported_source(inner, _COUNT, reported) == "Harbour Police"


def test_a_confession_no_one_reports_keeps_its_speaker() -> None:
    inner = _attribution("confession", (38, 60), "Omar Lind")
    elsewhere = _attribution("allegation", (70, 90), "Harbour Police")
    assert reported_source(inner, _COUNT, reporters([inner, elsewhere], _source)) is None


def test_the_ledger_sources_a_reported_count_to_the_reporter(nlp: Language) -> None:
    text = (
        "The Harbour Police said on Monday that Omar Lind had confessed to 12 killings in the "
        "port since 2015."
    )
    ledger = build_ledger(analyse_rows(nlp, [{"id": "f", "text": text, "published": "2021-03-02"}]))
    figures = {(f.value, f.source) for a in ledger.allegations for f in a.quantities}
    assert (12.0, "The Harbour Police") in figures
    assert all(source != "Omar Lind" for _, source in figures)
