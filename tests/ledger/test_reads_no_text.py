"""The ledger is built from stored records: its modules read no document text.

What the ledger needs of a text (the sentences an event quotes, whether a statement denies or
reports a confession, the act, the names the content holds ...) is read once per document at
ingest (``nlp.facts``) and stored; rebuilding the ledger must never parse or pattern-match a
text again. These checks read the ledger's source, so they fail as soon as a module imports
``re`` or one of the per-document text readers.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

import pytest
from spacy.language import Language

from corroborate.ledger.build import AnalysedDocument, build_ledger
from corroborate.records import Ledger
from tests.conftest import analyse_rows
from tests.text_reading import blanked
from tests.text_reading import text_reading as reading_text

LEDGER = Path(__file__).resolve().parents[2] / "corroborate" / "ledger"

# Modules that read text, and the functions that do: none has a place in the ledger.
TEXT_MODULES = frozenset(
    {"re", "regex", "spacy", "corroborate.nlp.sentences", "corroborate.nlp.kinds",
     "corroborate.nlp.mentions", "corroborate.nlp.acts", "corroborate.nlp.facts",
     "corroborate.nlp.claims", "corroborate.nlp.dates"}
)  # fmt: skip
TEXT_READERS = frozenset(
    {"sentences", "quote_range", "setting_of", "is_modifier", "is_victim", "act_of",
     "event_date", "attribution_facts", "with_facts", "find_claims", "find_mentions",
     # a pattern's methods, whatever pattern: a lexicon's too ("denial.search(quote)")
     "search", "match", "fullmatch", "finditer", "findall"}
)  # fmt: skip
# Still reading an event's quote (docs/claims.md, "Text read once"): ``corrections``, whether
# the alias a correction by hand splits off is written in it - the user's words, unknown at
# ingest (the names of the quote's mentions miss 8.6 % of them). It must leave this list
# when it stops.
STILL_READING = frozenset({"corrections.py"})


def text_reading(source: str) -> list[str]:
    return reading_text(source, TEXT_MODULES, TEXT_READERS)


def test_ledger_modules_read_no_text() -> None:
    modules = sorted(LEDGER.glob("*.py"))
    assert {p.name for p in modules} >= {"link.py", "build.py", "claims.py"}
    reading = {p.name: text_reading(p.read_text("utf-8")) for p in modules}
    assert {name for name, found in reading.items() if found} == STILL_READING, reading


def test_the_check_finds_each_way_of_reading_text() -> None:
    assert text_reading("import re") == ["import re"]
    assert text_reading("from corroborate.nlp.sentences import sentences") != []
    assert text_reading("from corroborate.nlp import names\nnames.is_victim(t, 3)") == [
        "calls is_victim"
    ]
    assert text_reading("from corroborate.nlp import kinds") == ["import corroborate.nlp.kinds"]
    assert text_reading("from corroborate.nlp import names\nnames.key(n)") == []
    assert text_reading("WORDS.denial.search(event.quote)") == ["calls search"]


# Two invented reports: an allegation the accused denies, and a confession a report tells.
HARBOUR = [
    {"id": "harbour-1", "published": "2031-06-10", "text": (
        "Police claimed that Omar Vane, a worker of the Harbour League, ran an extortion racket"
        " in the old port. Omar Vane denied the accusations, calling them baseless.")},
    {"id": "harbour-2", "published": "2031-06-12", "text": (
        "According to the joint investigation report, Omar Vane confessed to the extortion"
        " during interrogation.")},
]  # fmt: skip


@pytest.fixture(scope="module")
def harbour(nlp: Language) -> list[AnalysedDocument]:
    return analyse_rows(nlp, HARBOUR)


def _without_quotes(ledger: Ledger) -> dict[str, object]:
    data = ledger.to_json()
    for allegation in data["allegations"]:
        for event in allegation["events"]:
            event.pop("quote")
    return data


def test_the_ledger_reads_stored_facts_not_the_text(harbour: list[AnalysedDocument]) -> None:
    """Blank every letter of the stored texts: the ledger is the same but for the quotes,
    since all it takes from a text is the sentences it quotes, by their stored offsets."""
    built = build_ledger(harbour)
    unreadable = [
        replace(d, document=replace(d.document, text=blanked(d.document.text))) for d in harbour
    ]
    other = build_ledger(unreadable)
    assert any(e.kind == "denial" for a in built.allegations for e in a.events)
    assert _without_quotes(other) == _without_quotes(built)
    assert {c for a in other.allegations for e in a.events for c in e.quote} <= {"x", " "}


def test_an_attribution_without_facts_is_left_out(harbour: list[AnalysedDocument]) -> None:
    """Facts are read at ingest; an attribution that has none (made by hand, or by
    ``extract`` alone) is not read from the text instead: it adds nothing."""
    unread = [replace(d, attributions=[replace(a, facts=None) for a in d.attributions])
              for d in harbour]  # fmt: skip
    without = [replace(d, attributions=[]) for d in harbour]
    assert any(a.facts for d in harbour for a in d.attributions)
    assert build_ledger(unread) == build_ledger(without)
    assert build_ledger(unread) != build_ledger(harbour)
