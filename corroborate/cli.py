"""The ``corroborate`` command line: parse arguments, call the library, print.

Nothing here knows how extraction works. Each command is a module of ``corroborate.commands``
that decorates the one application (``commands.app``) and shares its options
(``commands.options``) and terminal helpers (``commands.terminal``), leaf modules that import
no command; this module imports them all so that ``corroborate --help`` lists every command.
Every error meant for a user (a CorroborateError) is printed as one red line on stderr, with
exit status 1 and no traceback; Ctrl-C exits with 130, as shells expect. Results go to stdout
or --output; progress and warnings go to stderr, so that stdout can always be piped into
another program.
"""

from __future__ import annotations

# Each command module registers its commands on ``app`` when imported.
from corroborate.commands import (  # noqa: F401
    audit,
    correct,
    documents,
    evaluation,
    extract,
    info,
    ingest,
    ledger,
    read,
    serve,
    train,
)
from corroborate.commands.app import app

__all__ = ["app"]
