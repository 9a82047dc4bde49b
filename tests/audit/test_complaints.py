"""complains / marked: a complaint of unequal treatment in a statement's content (invented)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.audit.complaints import complains, marked
from corroborate.extract import analyse_documents
from corroborate.records import Attribution, Document


def content_of(text: str, part: str) -> list[tuple[int, int]]:
    start = text.index(part)
    return [(start, start + len(part))]


@pytest.mark.parametrize(
    ("text", "content", "expected"),
    [
        ("The Harbour League said the raids were discriminatory.",
         "the raids were discriminatory", True),
        ("A spokesman said the party was being singled out by the Guard.",
         "the party was being singled out by the Guard", True),
        # Negated: no complaint.
        ("The Guard said the raids were carried out without any discrimination.",
         "the raids were carried out without any discrimination", False),
        # The complaint outside the content is not this statement's.
        ("Calling it unfair, the chief said the raids would go on.",
         "the raids would go on", False),
        ("The Guard said 40 suspects were arrested.", "40 suspects were arrested", False),
    ],
)  # fmt: skip
def test_complains(text: str, content: str, expected: bool) -> None:
    assert complains(text, content_of(text, content)) is expected


def test_marked_sets_and_clears_the_mark() -> None:
    text = "The Harbour League said the raids were unfair."
    plain = Attribution(source=[(0, 18)], cue=[(19, 23)], content=content_of(text, "the raids"))
    assert marked(text, plain) == plain
    wide = Attribution(source=[(0, 18)], cue=[(19, 23)], content=[(24, len(text) - 1)])
    assert marked(text, wide).complaint
    assert not marked(text, marked(text, plain)).complaint


def test_ingest_marks_complaints(nlp: Language) -> None:
    """The per-document stage marks each attribution, with the offsets of the whole text."""
    text = (
        "Guards arrested 40 workers of the Harbour League on Monday.\n\n"
        "The Harbour League said the arrests were discriminatory and unjust."
    )
    [analysis] = analyse_documents([Document(id="t", text=text)], nlp)
    marks = [(text[a.content[0][0] : a.content[-1][1]], a.complaint) for a in analysis.attributions]
    assert ("the arrests were discriminatory and unjust", True) in marks
    assert all(not mark for quote, mark in marks if "discriminatory" not in quote)
