"""The page cache is bounded by bytes, whatever the requests; searches are bounded in length."""

from __future__ import annotations

import gc
import tracemalloc
from collections.abc import Iterator

import pytest
from fastapi.testclient import TestClient
from hypothesis import given
from hypothesis import strategies as st

from corroborate.records import Document
from corroborate.store import open_store
from corroborate.web.app import ServerConfig, create_app
from corroborate.web.cache import LARGEST_SHARE, ByteBoundedCache, size_of
from tests.web.conftest import BASE_URL


@given(st.lists(st.tuples(st.integers(0, 30), st.integers(0, 3000)), max_size=80))
def test_the_cache_never_holds_more_than_its_limit(requests: list[tuple[int, int]]) -> None:
    cache = ByteBoundedCache(limit=8000)
    for key, length in requests:
        value = cache.get_or_make(key, lambda n=length: "x" * n)  # type: ignore[misc]
        assert isinstance(value, str)
        assert cache.bytes <= cache.limit
    assert cache.bytes == sum(size_of(v) for v, _ in cache._entries.values())


def test_least_recently_used_go_first_and_a_huge_entry_is_never_kept() -> None:
    cache = ByteBoundedCache(limit=10_000)
    made: list[str] = []

    def make(key: str, size: int) -> str:
        made.append(key)
        return key * size

    for key in "abc":
        cache.get_or_make(key, lambda k=key: make(k, 1000))  # type: ignore[misc]
    cache.get_or_make("a", lambda: make("a", 1000))  # a hit: "a" is now the most recent
    assert made == ["a", "b", "c"]
    for key in "defghij":
        cache.get_or_make(key, lambda k=key: make(k, 1000))  # type: ignore[misc]
    assert "b" not in cache._entries and "a" in cache._entries
    huge = 10_000 // LARGEST_SHARE + 1
    cache.get_or_make("huge", lambda: make("h", huge))
    cache.get_or_make("huge", lambda: make("h", huge))
    assert made[-2:] == ["h", "h"] and "huge" not in cache._entries


@pytest.fixture
def long_document_client(writable_db: str) -> Iterator[TestClient]:
    """A server over a store holding a 100 kB document (stored as is: no extraction)."""
    sentence = "The inquiry heard that the harbour warehouse burned on a Tuesday night. "
    text = sentence * (100_000 // len(sentence))
    with open_store(writable_db) as store:
        store.put_document(Document(id="long", text=text), [])
    app = create_app(ServerConfig(db=writable_db))
    with TestClient(app, base_url=BASE_URL, raise_server_exceptions=False) as client:
        yield client


def test_distinct_queries_to_a_long_document_do_not_grow_memory(
    long_document_client: TestClient,
) -> None:
    """Every distinct ?q= of a document page is a page of its own; once each was cached in
    full (512 of them), so a few dozen requests to a long document grew a server by
    gigabytes."""
    source = long_document_client.app.state.source  # type: ignore[attr-defined]
    source.cache = ByteBoundedCache(limit=256 * 1024)
    first = long_document_client.get("/documents/long?q=0-10")
    assert first.status_code == 200 and len(first.text) > 100_000
    gc.collect()
    tracemalloc.start()
    try:
        before = tracemalloc.get_traced_memory()[0]
        for start in range(1, 31):
            page = long_document_client.get(f"/documents/long?q={start}-{start + 40}")
            assert page.status_code == 200
        gc.collect()
        grown = tracemalloc.get_traced_memory()[0] - before
    finally:
        tracemalloc.stop()
    # 30 pages of over 100 kB each: 3 MB if all were kept; the cache holds 256 kB at most.
    assert grown < 1_000_000, grown
    assert source.cache.bytes <= 256 * 1024


@pytest.mark.parametrize(
    "path",
    ["/api/search?q={q}", "/api/documents?q={q}", "/api/ledger?entity={q}", "/?q={q}"],
)
def test_queries_are_bounded(client: TestClient, path: str) -> None:
    assert client.get(path.format(q="noor " * 40)).status_code == 200
    assert client.get(path.format(q="noor " * 41)).status_code == 422
