"""The Host allow-list (DNS rebinding): loopback names, --host, --allow-host; 400 otherwise."""

from __future__ import annotations

import pytest
from fastapi.testclient import TestClient

from corroborate.web.app import ServerConfig, create_app
from corroborate.web.hosts import host_name
from tests.web.test_api import assert_error


@pytest.mark.parametrize(
    ("header", "name"),
    [
        ("127.0.0.1:8000", "127.0.0.1"),
        ("LocalHost", "localhost"),
        ("[::1]:8000", "::1"),
        ("[::1]", "::1"),
        ("::1", "::1"),
        ("ledger.example.:443", "ledger.example"),
        ("", ""),
    ],
)
def test_host_name(header: str, name: str) -> None:
    assert host_name(header) == name


def status(client: TestClient, host: str, path: str = "/api/documents?limit=1") -> int:
    return client.get(path, headers={"host": host}).status_code


def test_a_foreign_host_is_refused_in_the_error_shape(client: TestClient) -> None:
    for path in ("/api/ledger", "/", "/docs", "/static/style.css"):
        response = client.get(path, headers={"host": "evil.example"})
        error = assert_error(response, 400, "invalid_host")
        assert "evil.example" in error["message"]
    for host in ("127.0.0.1", "localhost:8000", "[::1]:8000"):
        assert status(client, host) == 200, host


def test_host_and_allow_host_add_names(web_db: str) -> None:
    config = ServerConfig(db=web_db, hosts=("ledger.example", "192.168.1.20"))
    with TestClient(create_app(config), base_url="http://ledger.example") as client:
        assert status(client, "ledger.example") == 200
        assert status(client, "192.168.1.20:8000") == 200
        assert status(client, "localhost") == 200
        assert status(client, "192.168.1.21") == 400
        assert status(client, "sub.ledger.example") == 400


@pytest.mark.parametrize("bound", ["0.0.0.0", "::"])
def test_a_server_on_every_address_answers_to_addresses_not_names(web_db: str, bound: str) -> None:
    with TestClient(create_app(ServerConfig(db=web_db, hosts=(bound,)))) as client:
        assert status(client, "192.168.1.20:8000") == 200
        assert status(client, "[fe80::1]:8000") == 200
        assert status(client, "evil.example") == 400
