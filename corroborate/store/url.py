"""Database URLs: which backend, where, and how to show it without its password.

Accepted forms:

- a file path (``corroborate.db``, ``data/case.db``): an SQLite file;
- ``sqlite:///relative/path.db``, ``sqlite:////absolute/path.db``, ``sqlite:///:memory:``;
- ``postgresql://user:password@host:port/database`` (also ``postgres://``), handed to psycopg
  as it is, so every libpq parameter (``?sslmode=require``, ...) works.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal
from urllib.parse import urlsplit, urlunsplit

from corroborate.errors import StoreError

Backend = Literal["sqlite", "postgresql"]
MEMORY = ":memory:"
_POSTGRES_SCHEMES = ("postgresql", "postgres")


@dataclass(frozen=True)
class StoreURL:
    """A parsed database URL.

    ``target`` is what the driver opens (a file path for SQLite, the full URL for PostgreSQL);
    ``shown`` is the form for messages and summaries, with any password replaced by ``***``.
    """

    backend: Backend
    target: str
    shown: str


def parse_url(url: str) -> StoreURL:
    """Parse ``url``; raises StoreError naming the accepted forms when it is none of them."""
    if not url.strip():
        raise StoreError("the database URL is empty; pass a file name or postgresql://... to --db")
    scheme, sep, rest = url.partition("://")
    if not sep or len(scheme) == 1:  # no scheme, or a Windows drive letter (C://...)
        return StoreURL("sqlite", url, url)
    scheme = scheme.lower()
    if scheme == "sqlite":
        # sqlite:///x.db is the relative path x.db; sqlite:////x.db the absolute /x.db.
        if not rest.startswith("/") or rest == "/":
            raise StoreError(
                f"{url}: an SQLite URL needs three slashes and a file name, e.g. sqlite:///case.db"
            )
        return StoreURL("sqlite", rest[1:], url)
    if scheme in _POSTGRES_SCHEMES:
        return StoreURL("postgresql", url, redact(url))
    raise StoreError(
        f"{redact(url)}: unsupported database URL scheme {scheme!r}; use a file name,"
        " sqlite:///file.db or postgresql://user@host/database"
    )


def redact(url: str) -> str:
    """``url`` with the password (if any) replaced by ``***``, safe to print or log."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return url.split("://", 1)[0] + "://***"
    if parts.password is None:
        return url
    netloc = parts.netloc.rpartition("@")
    userinfo = netloc[0].split(":", 1)[0] + ":***"
    return urlunsplit(parts._replace(netloc=f"{userinfo}@{netloc[2]}"))
