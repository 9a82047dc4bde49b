"""audit_store: the audit from stored records, with the stored entities, no resolving again."""

from __future__ import annotations

from pathlib import Path

import pytest
from spacy.language import Language

from corroborate.audit import stored
from corroborate.audit.report import build_audit
from corroborate.extract import Analysis
from corroborate.ledger.build import entity_index
from corroborate.ledger.store import analysed_documents, rebuild
from corroborate.store import open_store
from tests.conftest import analyses_of


def test_the_stored_audit_is_the_audit_of_the_documents(
    tmp_path: Path, karachi_analyses: list[Analysis], monkeypatch: pytest.MonkeyPatch
) -> None:
    url = str(tmp_path / "audit.db")
    with open_store(url) as store:
        for a in karachi_analyses:
            store.put_document(a.document, a.attributions, a.mentions, a.figures)
        rebuild(store)
    with open_store(url, create=False) as store:
        documents = analysed_documents(store)
        expected = build_audit(
            documents, store.figures(), store.ledger(), entity_index(documents)
        ).to_json()

        def no_resolving(*args: object) -> None:
            raise AssertionError("the audit resolved the mentions again")

        def no_scan(*args: object) -> None:
            raise AssertionError("the audit read every attribution or document of the store")

        monkeypatch.setattr("corroborate.ledger.build.resolve_entities", no_resolving)
        # The groups are entities here, and complaints contest them: the audit reads the
        # complaints ingest marked (``Store.complaints``), not every row to test its text.
        monkeypatch.setattr(store, "attributions", no_scan)
        monkeypatch.setattr(store, "documents", no_scan)
        audit = stored.audit_store(store)
        assert audit.to_json() == expected
        assert any(row.contesting for row in audit.groups), "the MQM's statement is read"


def test_with_no_group_among_the_entities_no_attribution_is_read(
    tmp_path: Path, nlp: Language, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Figures whose groups are no entity of the ledger: nothing can contest them, so the
    audit reads the figures and the ledger, never the attributions or the texts."""
    rows = [
        {
            "id": "invented-a",
            "outlet": "The Invented Courier",
            "published": "2021-03-02",
            "text": "The coastal police said on Monday that they had arrested 214 smugglers"
            " in 37 raids since January. A spokesman said the smugglers were unfair.",
        },
        {
            "id": "invented-b",
            "outlet": "Invented Daily",
            "published": "2021-03-02",
            "text": "According to the coastal police, 214 smugglers were arrested in 39"
            " raids since January, the force said.",
        },
    ]
    url = str(tmp_path / "audit.db")
    with open_store(url) as store:
        for a in analyses_of(nlp, rows):
            store.put_document(a.document, a.attributions, a.mentions, a.figures)
        rebuild(store)
    with open_store(url, create=False) as store:
        documents = analysed_documents(store)
        figures = store.figures()
        assert figures, "the invented articles give figures"
        expected = build_audit(documents, figures, store.ledger(), entity_index(documents))

        def no_reading(*args: object) -> None:
            raise AssertionError("the audit read rows it does not need")

        monkeypatch.setattr(store, "attributions", no_reading)
        monkeypatch.setattr(store, "documents", no_reading)
        monkeypatch.setattr(store, "mentions", no_reading)
        audit = stored.audit_store(store)
        assert audit.to_json() == expected.to_json()
        assert audit.outlets == {
            "invented-a": "The Invented Courier",
            "invented-b": "Invented Daily",
        }
