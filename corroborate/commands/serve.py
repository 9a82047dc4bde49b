"""``corroborate serve``: the web app and JSON API over an evidence store."""

from __future__ import annotations

import ipaddress
import os
import sys
from typing import Annotated

import typer

from corroborate import settings
from corroborate.commands.app import app
from corroborate.commands.options import AttributionModel, Database, SpacyModel
from corroborate.commands.terminal import user_errors

# Seconds a stopping server (SIGTERM, Ctrl-C) waits for requests in flight. A write still
# ingesting after that is abandoned: a 20 MB text takes far longer, and a server that outlives
# SIGTERM is worse than a document to send again (each is stored in one transaction, so
# nothing half-written is left).
STOP_GRACE = 5


@app.command("serve")
def serve_command(
    db: Database = None,
    host: Annotated[
        str,
        typer.Option(
            "--host",
            help="Address to listen on. The default serves this machine only; another address"
            " puts the ledger on the network, to everyone who can reach it.",
        ),
    ] = "127.0.0.1",
    port: Annotated[int, typer.Option("--port", help="Port to listen on.")] = 8000,
    allow_host: Annotated[
        list[str] | None,
        typer.Option(
            "--allow-host",
            metavar="NAME",
            help="A host name clients use to reach the server (repeatable). Requests naming"
            " any other host than these, --host and the loopback names get 400, so that no"
            " other site can reach the server through its own name (DNS rebinding).",
        ),
    ] = None,
    token: Annotated[
        str | None,
        typer.Option(
            "--token",
            metavar="T",
            envvar="CORROBORATE_TOKEN",
            show_envvar=True,
            help="Secret that writes (POST /api/documents) must send as 'Authorization: Bearer"
            " T'. Prefer the environment variable: a command line is visible to other users.",
        ),
    ] = None,
    allow_writes: Annotated[
        bool,
        typer.Option(
            "--allow-writes",
            help="Open the database for writing and accept POST /api/documents with the token."
            " Without it the database is opened read-only and every write is refused.",
        ),
    ] = False,
    spacy_model: SpacyModel = None,
    model: AttributionModel = None,
) -> None:
    """Serve the ledger as web pages and a JSON API (docs at /docs) until Ctrl-C.

    Pages: / (search, latest changes), /documents/ID, /allegations/ID, /entities/ID, /audit.
    API: GET /api/ledger (as ledger --format json; filters entity, status, confession_only,
    since, until), /api/audit, /api/documents, /api/documents/ID, /api/entities/ID,
    /api/allegations/ID; POST /api/documents with --allow-writes and --token.
    """
    with user_errors():
        import uvicorn

        from corroborate.web.app import ServerConfig, create_app

        config = ServerConfig(
            db=settings.db_url(db),
            token=token,
            allow_writes=allow_writes,
            spacy_model=spacy_model,
            attribution_model=model,
            hosts=(host, *(allow_host or [])),
        )
        web = create_app(config)
        if not _is_loopback(host):
            typer.secho(
                f"warning: serving on {host}: reachable from other machines; clients must name"
                " it as --host or an --allow-host NAME",
                fg="yellow",
                err=True,
            )
        mode = "read-write" if config.writes_enabled else "read-only"
        typer.echo(
            f"serving {web.state.source.shown_url} ({mode}) on http://{_url_host(host)}:{port}/",
            err=True,
        )
        try:
            uvicorn.run(
                web,
                host=host,
                port=port,
                log_level="warning",
                access_log=False,
                timeout_graceful_shutdown=STOP_GRACE,
            )
        finally:
            _abandon_a_write_in_progress()


def _abandon_a_write_in_progress() -> None:
    """Exit now if an upload is still being ingested: its thread cannot be interrupted, and
    Python would wait for it (for hours, on a long text) before the process ends."""
    from corroborate.web import writes

    if writes.ingesting():
        typer.secho(
            "warning: stopped while ingesting an upload; it may not be stored: send it again"
            " once the server is back",
            fg="yellow",
            err=True,
        )
        sys.stderr.flush()
        os._exit(1)


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _url_host(host: str) -> str:
    return f"[{host}]" if ":" in host else host
