"""The audit across documents is built from stored records: those modules read no text.

What the audit needs of a text (the figures and their sentences, which attributions complain
of unequal treatment, whom a source speaks for, the organisation a title before a name
writes, the sentences a statement is quoted with) is read once per document at ingest, by
the per-document modules, and stored. The modules that work across documents - resolving
groups, comparing outlets, linking briefings, finding a group's contesting statements,
printing - only look stored names up and compare stored values. These checks read their
source, so they fail as soon as one imports ``re`` or a text reader, or calls one.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path
from typing import Any

from corroborate.audit.report import Audit
from corroborate.extract import Analysis
from tests.audit.conftest import audit_of
from tests.text_reading import blanked
from tests.text_reading import text_reading as reading_text

AUDIT = Path(__file__).resolve().parents[2] / "corroborate" / "audit"

# Run across documents, on stored records: they must read no text.
CROSS_DOCUMENT = frozenset(
    {"__init__.py", "acronyms.py", "briefings.py", "chart.py", "compare.py", "contest.py",
     "group_joins.py", "render.py", "report.py", "short_names.py", "stored.py"}
)  # fmt: skip
# Run per document at ingest, where the text is: they read it, once, and what they read is
# stored (figures, complaint marks, speakers).
PER_DOCUMENT = frozenset(
    {"agency.py", "complaints.py", "counts.py", "earlier.py", "figure_groups.py", "figures.py",
     "implicit.py", "killing_operations.py", "kind_back.py", "lists.py", "measure.py",
     "named_later.py", "parse.py", "partitive.py", "parts.py", "phrases.py", "possessor.py",
     "repeats.py", "shares.py", "single_raids.py", "speakers.py", "table_lines.py", "told.py",
     "totals.py", "vocab.py", "when.py"}
)  # fmt: skip
# Modules that read text, and the functions that do: none has a place across documents. The
# per-document modules of the audit are among them; ``nlp.dates`` is not, as its
# ``parse_date`` reads a stored ISO date (its ``event_date``, which reads a sentence, is).
TEXT_MODULES = frozenset(
    {"re", "regex", "spacy", "corroborate.lexicon", "corroborate.nlp.sentences",
     "corroborate.nlp.kinds", "corroborate.nlp.mentions", "corroborate.nlp.acts",
     "corroborate.nlp.facts", "corroborate.nlp.claims", "corroborate.nlp.quantities",
     "corroborate.extract"}
    | {f"corroborate.audit.{name.removesuffix('.py')}" for name in PER_DOCUMENT}
)  # fmt: skip
TEXT_READERS = frozenset(
    {"sentences", "quote_range", "event_date", "find_mentions", "find_figures", "find_claims",
     "attribution_facts", "with_facts", "complains", "marked", "speaker", "title_organization",
     "with_speakers", "with_titles",
     # a pattern's methods, whatever pattern: a lexicon's too ("AGENCY_WORDS.findall(name)")
     "search", "match", "fullmatch", "finditer", "findall", "sub", "subn"}
)  # fmt: skip
# Modules that still read text must be listed here, with why, until they stop: none now
# (``briefings`` read the kind of force from a figure's agency name with a pattern until the
# figure stored it, ``EnforcementFigure.agency_kinds``).
STILL_READING: frozenset[str] = frozenset()


def text_reading(source: str) -> list[str]:
    return reading_text(source, TEXT_MODULES, TEXT_READERS)


def test_every_audit_module_is_placed() -> None:
    """A new module of the audit says on which side it runs, so that it is checked."""
    modules = {p.name for p in AUDIT.glob("*.py")}
    assert modules == CROSS_DOCUMENT | PER_DOCUMENT
    assert not CROSS_DOCUMENT & PER_DOCUMENT
    assert STILL_READING <= CROSS_DOCUMENT


def test_cross_document_audit_modules_read_no_text() -> None:
    reading = {name: text_reading((AUDIT / name).read_text("utf-8")) for name in CROSS_DOCUMENT}
    assert {name for name, found in reading.items() if found} == STILL_READING, reading


def test_the_check_finds_each_way_of_reading_text() -> None:
    assert text_reading("import re") == ["import re"]
    assert "import quote_range" in text_reading("from corroborate.nlp.sentences import quote_range")
    assert text_reading("from corroborate.audit import vocab") == ["import corroborate.audit.vocab"]
    assert text_reading("from corroborate.lexicon.enforcement import enforcement_words") != []
    assert text_reading("GROUP.match(name.strip())") == ["calls match"]
    assert text_reading("_TITLE.search(d.document.text, 0, m.start)") == ["calls search"]
    assert text_reading("start, end = quote_range(text, ranges)") == ["calls quote_range"]
    # Looking a stored name up, reading a stored date, slicing by stored offsets: no text read.
    assert text_reading("from corroborate.nlp import names\nnames.key(n)") == []
    assert text_reading("from corroborate.nlp.dates import parse_date") == []
    assert text_reading("index.lookup(a.speaker, d.document.id)\nq = text[s:e]") == []


def _without_quotes(audit: Audit) -> dict[str, Any]:
    data = audit.to_json()
    for group in data["groups"]:
        for contest in group["contesting"]:
            contest.pop("quote")
    return data


def test_the_audit_reads_stored_records_not_the_text(karachi_analyses: list[Analysis]) -> None:
    """Blank every letter of the analysed texts: the audit is the same but for the quotes of
    the contesting statements, since all it takes from a text is the sentences it quotes, by
    their stored offsets (the figures keep the quotes read at ingest)."""
    audit = audit_of(karachi_analyses)
    unreadable = [
        a._replace(document=replace(a.document, text=blanked(a.document.text)))
        for a in karachi_analyses
    ]
    other = audit_of(unreadable)
    contesting = [c for row in other.groups for c in row.contesting]
    assert contesting, "the MQM's contesting statement is found in the blanked texts too"
    assert {ch for c in contesting for ch in c.quote} <= {"x", " ", "\n"}
    assert _without_quotes(other) == _without_quotes(audit)


def test_an_attribution_without_facts_contests_nothing(karachi_analyses: list[Analysis]) -> None:
    """Its sentences and speaker are read at ingest; an attribution that was not read with its
    document's mentions (``extract`` alone, or made by hand) is not read from the text instead."""
    audit = audit_of(karachi_analyses)
    unread = [
        a._replace(attributions=[replace(x, facts=None) for x in a.attributions])
        for a in karachi_analyses
    ]
    assert any(row.contesting for row in audit.groups)
    assert not any(row.contesting for row in audit_of(unread).groups)
