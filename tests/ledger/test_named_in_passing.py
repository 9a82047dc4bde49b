"""A person an allegation's content only names is not its accused: where the target phrase
names no one, who did the act is the claims' reading of the grammar, not the first person the
content happens to name (invented reports, through ingest and ``build_ledger``)."""

from __future__ import annotations

from spacy.language import Language

from tests.ledger.invented import accused_names


def test_a_person_named_beside_a_crime_word_is_notaccused_names(nlp: Language) -> None:
    """Views on terrorism, a budget that failed to stop bombings, an approach to policing
    the kidnappings proved wrong: each crime word has no doer in its sentence, and the
    person named beside it did none of it (each was the accused before)."""
    accused = accused_names(
        nlp,
        "Columnists wrote that Senator Paul Drummond's views on terrorism would cost him votes"
        " in the suburbs.",
        "Governor Lena Ortiz said the rise in bombings showed that Rick Salter's budget had"
        " failed.",
        "Ms. Reyes argued that the kidnappings in the north proved Tom Hale's approach to"
        " policing was wrong.",
    )
    assert not {"Paul Drummond", "Rick Salter", "Tom Hale", "Lena Ortiz"} & accused


def test_the_doer_the_grammar_reads_is_stillaccused_names(nlp: Language) -> None:
    """Reports with a doer in the grammar: the doer is the accused."""
    accused = accused_names(
        nlp,
        "Police said Omar Fitch had bombed the depot and that Lena Ortiz was not involved.",
        "Prosecutors said Aaron Pell embezzled the pension fund.",
    )
    assert {"Omar Fitch", "Aaron Pell"} <= accused
    assert "Lena Ortiz" not in accused
