"""The Host allow-list: the server answers only to the names it is meant to be reached by.

Without it, a web page on ``evil.example`` can point its own name at 127.0.0.1 (DNS
rebinding) and then read the local server's pages and API as same-origin: the browser sends
``Host: evil.example``. A request naming any other host is refused with 400 before it reaches
a route. Loopback names are always allowed; ``--host`` and ``--allow-host`` add others. A
server bound to every address (``--host 0.0.0.0`` or ``::``) also answers to any IP address
itself, which no rebinding can use: a browser sends the name it looked up, not an address.
"""

from __future__ import annotations

import ipaddress
import logging
from collections.abc import Iterable

from starlette.datastructures import Headers
from starlette.responses import JSONResponse
from starlette.types import ASGIApp, Receive, Scope, Send

from corroborate.web.problems import error_body

__all__ = ["LOOPBACK", "HostAllowList", "allowed_hosts", "host_name"]

log = logging.getLogger("corroborate.web")
LOOPBACK = ("127.0.0.1", "localhost", "::1")
WILDCARDS = ("0.0.0.0", "::")


def host_name(value: str) -> str:
    """A Host header (or a --host) as a bare lower-case name: no port, no brackets around an
    IPv6 address, no trailing dot."""
    value = value.strip().lower()
    if value.startswith("["):  # [::1]:8000
        value = value[1:].partition("]")[0]
    elif value.count(":") == 1:  # localhost:8000; more colons: a bare IPv6 address
        value = value.partition(":")[0]
    return value.rstrip(".")


def allowed_hosts(names: Iterable[str] = ()) -> frozenset[str]:
    """The loopback names and ``names`` (each as ``host_name`` gives it)."""
    return frozenset(host_name(n) for n in (*LOOPBACK, *names) if n.strip())


def _is_address(name: str) -> bool:
    try:
        ipaddress.ip_address(name)
    except ValueError:
        return False
    return True


class HostAllowList:
    """ASGI middleware: 400 for an HTTP request whose Host is not in ``allowed``."""

    def __init__(self, app: ASGIApp, allowed: frozenset[str]) -> None:
        self.app = app
        self.allowed = allowed
        self.any_address = bool(allowed & set(WILDCARDS))

    def accepts(self, host: str) -> bool:
        name = host_name(host)
        return name in self.allowed or (self.any_address and _is_address(name))

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        host = Headers(scope=scope).get("host", "")
        if self.accepts(host):
            await self.app(scope, receive, send)
            return
        log.warning(
            "refused a request for host %r; start the server with --allow-host %s if that"
            " name is meant to reach it",
            host,
            host_name(host) or "NAME",
        )
        shown = host[:100] if host else "(none)"
        message = f"this server does not answer to the host {shown!r}"
        await JSONResponse(error_body(400, "invalid_host", message), 400)(scope, receive, send)
