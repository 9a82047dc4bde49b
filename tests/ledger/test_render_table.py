"""The ledger's table prints what the records hold, character for character: the report each
event comes from, and a quote's own brackets, are text, never style markup."""

from __future__ import annotations

from dataclasses import replace

from rich.console import Console

from corroborate.ledger.render import print_table
from corroborate.records import Allegation, Entity, Event, Ledger

_QUOTE = "Police said the suspect [Ines Calloway] had confessed to the fraud [sic]."


def _table(ledger: Ledger) -> str:
    console = Console(width=240, record=True)
    print_table(ledger, console)
    return console.export_text()


def test_the_report_and_the_quote_s_brackets_are_printed() -> None:
    calloway = Entity("ent_calloway", "Ines Calloway [Cally]", "person")
    event = Event("2031-04-02", "confession", None, "custodial", "Police", "rep-7", _QUOTE, 0, 71)
    allegation = Allegation("alg_1", [calloway.id], "fraud", [], "alleged", True, [], [event])
    text = _table(Ledger(entities=[calloway], allegations=[allegation]))
    assert f"Police: \u201c{_QUOTE}\u201d [rep-7]" in text
    assert "Ines Calloway [Cally] (person)" in text


def test_a_long_date_or_kind_leaves_the_quote_room_on_a_narrow_terminal() -> None:
    # A retold event's date ("before 2031-04-03, told again from rep-7") and a long kind once
    # widened their columns for the whole timeline and left the quote a word a line.
    calloway = Entity("ent_calloway", "Ines Calloway", "person")
    quote = "The court heard that the accused had signed the statement in custody."
    retold = Event("2031-04-03", "retraction", None, "judicial", None, "rep-9", quote, 0, 70,
                   before_report=True, retells_document="rep-7")  # fmt: skip
    allegation = Allegation("alg_1", [calloway.id], "fraud", [], "alleged", True, [], [retold])
    console = Console(width=80, record=True)
    print_table(Ledger(entities=[calloway], allegations=[allegation]), console)
    text = console.export_text()
    assert "The court heard that the accused" in text
    assert "rep-7" in text and "(judicial)" in text


def test_an_inferred_event_says_why_it_quotes_another_s_words() -> None:
    # Invented: a confession the ledger made of its report's retraction, beside that retraction.
    calloway = Entity("ent_calloway", "Ines Calloway", "person")
    quote = "Calloway told the tribunal she had never meant the words she signed for the police."
    taken_back = Event("2031-05-01", "retraction", None, "judicial", None, "rep-9", quote, 0, 84)
    made = replace(taken_back, kind="confession", setting="unknown", before_report=True,
                   inferred="confession_told_by_retraction")  # fmt: skip
    allegation = Allegation("alg_1", [calloway.id], "fraud", [], "retracted", False, [],
                            [made, taken_back])  # fmt: skip
    text = _table(Ledger(entities=[calloway], allegations=[allegation]))
    assert text.count("inferred: confession told by its retraction") == 1
    assert text.count(quote) == 2
