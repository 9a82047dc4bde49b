"""The ledger is a pure function of what ingest stored: built from the stored claims,
mentions and attributions it equals the ledger built right after re-extracting every
document, and claims survive the store unchanged."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given
from hypothesis import strategies as st

from corroborate.ledger.build import AnalysedDocument, build_ledger
from corroborate.ledger.store import analysed_documents
from corroborate.records import CLAIM_KINDS, PARTICIPANT_ROLES, SETTINGS, Claim, Participant
from corroborate.store import open_store
from corroborate.store.rows import claim_from_row, claim_row
from tests.conftest import put_analysed


def test_ledger_from_stored_records_equals_the_fresh_one(
    tmp_path: Path, karachi_analysed: list[AnalysedDocument]
) -> None:
    fresh = build_ledger(karachi_analysed).to_json()
    with open_store(str(tmp_path / "k.db")) as store:
        put_analysed(store, karachi_analysed)
        stored = analysed_documents(store)
    assert sum(len(d.claims) for d in stored) == sum(len(d.claims) for d in karachi_analysed)
    assert build_ledger(stored).to_json() == fresh


_names = st.text(min_size=1, max_size=12)
_participants = st.builds(
    Participant,
    name=_names,
    role=st.sampled_from(PARTICIPANT_ROLES),
    start=st.integers(0, 500),
    end=st.integers(0, 500),
    members=st.none() | st.sampled_from(["workers", "members"]),
)
_claims = st.builds(
    Claim,
    kind=st.sampled_from(CLAIM_KINDS),
    start=st.integers(0, 10_000),
    end=st.integers(0, 10_000),
    cue=st.tuples(st.integers(0, 10_000), st.integers(0, 10_000)),
    participants=st.lists(_participants, max_size=4).map(tuple),
    outcome=st.none() | st.sampled_from(["acquitted", "sentenced", "bail"]),
    setting=st.none() | st.sampled_from(SETTINGS),
    act=st.none() | _names,
)


@given(_claims)
def test_claims_round_trip_through_a_row(claim: Claim) -> None:
    document_id, back = claim_from_row(claim_row("doc", 3, claim))
    assert document_id == "doc" and back == claim
