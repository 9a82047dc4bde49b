"""The karachi corpus analysed once per session: documents, attributions, mentions."""

from __future__ import annotations

from typing import Any

import pytest
from spacy.language import Language

from corroborate.ledger.build import AnalysedDocument
from corroborate.nlp.mentions import find_mentions
from corroborate.records import Document


def analyse(nlp: Language, rows: list[dict[str, Any]]) -> list[AnalysedDocument]:
    out = []
    for row in rows:
        doc = nlp(row["text"])
        document = Document(
            id=row["id"], text=row["text"], url=row.get("url"), outlet=row.get("outlet"),
            published=row.get("published"), title=row.get("title"),
        )  # fmt: skip
        out.append(AnalysedDocument(document, list(doc._.attributions), find_mentions(doc)))
    return out


@pytest.fixture(scope="session")
def karachi_analysed(nlp: Language, karachi: list[dict[str, Any]]) -> list[AnalysedDocument]:
    return analyse(nlp, karachi)
