"""audit_store: the audit from stored records, with the stored entities, no resolving again."""

from __future__ import annotations

from pathlib import Path

import pytest

from corroborate.audit import stored
from corroborate.audit.report import build_audit
from corroborate.extract import Analysis
from corroborate.ledger.build import entity_index
from corroborate.ledger.store import analysed_documents, rebuild
from corroborate.store import open_store


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

        monkeypatch.setattr("corroborate.ledger.build.resolve_entities", no_resolving)
        assert stored.audit_store(store).to_json() == expected
