"""The karachi corpus and the fictional case file through the per-document stage, with figures."""

from __future__ import annotations

import json
from typing import Any

import pytest
from spacy.language import Language

from corroborate.audit.report import Audit, build_audit
from corroborate.extract import Analysis
from corroborate.ledger.build import AnalysedDocument
from corroborate.records import EnforcementFigure
from tests.conftest import REPO, analyses_of

CASE_FILE = REPO / "examples" / "case-file.jsonl"


def audit_of(analyses: list[Analysis]) -> Audit:
    documents = [
        AnalysedDocument(a.document, a.attributions, a.mentions, a.claims) for a in analyses
    ]
    return build_audit(documents, [f for a in analyses for f in a.figures])


def case_rows() -> list[dict[str, Any]]:
    return [json.loads(line) for line in CASE_FILE.read_text("utf-8").splitlines() if line]


@pytest.fixture(scope="session")
def karachi_analyses(nlp: Language, karachi: list[dict[str, Any]]) -> list[Analysis]:
    return analyses_of(nlp, karachi)


@pytest.fixture(scope="session")
def karachi_audit(karachi_analyses: list[Analysis]) -> Audit:
    return audit_of(karachi_analyses)


@pytest.fixture(scope="session")
def karachi_figures(karachi_analyses: list[Analysis]) -> list[EnforcementFigure]:
    return [f for a in karachi_analyses for f in a.figures]


@pytest.fixture(scope="session")
def case_analyses(nlp: Language) -> list[Analysis]:
    return analyses_of(nlp, case_rows())


@pytest.fixture(scope="session")
def case_audit(case_analyses: list[Analysis]) -> Audit:
    return audit_of(case_analyses)
