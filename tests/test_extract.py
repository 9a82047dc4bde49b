"""``extract.analyse_documents``: one parse, the mentions the claim reader adds or retypes."""

from __future__ import annotations

from spacy.language import Language

from corroborate.extract import analyse_documents, chunk_offsets, chunk_texts
from corroborate.records import Document


def test_a_listed_accused_the_tagger_took_for_a_place_is_one_person_mention(
    nlp: Language,
) -> None:
    text = (
        "A court indicted Omar Farooq on Monday. The other accused included his drivers "
        "Bilal Khan, Sajid Mir and Jameel."
    )
    [analysis] = analyse_documents([Document("d1", text)], nlp)
    at = text.index("Jameel")
    here = [m for m in analysis.mentions if m.start == at]
    # the small tagger reads "Jameel" as a place; listed among the accused it is a person,
    # and only the person is kept
    assert [(m.name, m.type) for m in here] == [("Jameel", "person")]
    accused = {p.name for c in analysis.claims for p in c.participants if p.role == "accused"}
    assert "Jameel" in accused


def test_chunk_texts_cut_the_text_at_the_offsets_and_lose_nothing() -> None:
    text = "Ferry mechanic held. " * 40
    offsets = chunk_offsets(text, limit=100)
    chunks = chunk_texts(text, offsets)
    assert len(chunks) == len(offsets) > 1
    assert "".join(chunks) == text
