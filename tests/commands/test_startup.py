"""Commands that only read the store start without the parsing stack: ``corroborate ledger``,
``audit``, ``entity`` and ``--help`` are run often, and spaCy (with thinc) and matplotlib
would add seconds to each before any work."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from corroborate.store import open_store

HEAVY = ("spacy", "thinc", "torch", "matplotlib", "pycrfsuite")

_PROBE = """
import json, sys
from corroborate.cli import app
try:
    app(sys.argv[1:], standalone_mode=False)
except SystemExit:
    pass
print(json.dumps(sorted(m for m in {heavy!r} if m in sys.modules)), file=sys.stderr)
"""


def _loaded(*args: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", _PROBE.format(heavy=HEAVY), *args],
        capture_output=True, text=True, check=True,
    )  # fmt: skip
    return json.loads(done.stderr.strip().splitlines()[-1])


def test_help_loads_no_parsing_stack() -> None:
    assert _loaded("--help") == []


def test_reading_commands_load_no_parsing_stack(tmp_path: Path) -> None:
    db = str(tmp_path / "empty.db")
    open_store(db).close()  # a real, empty store: the commands run to the end
    assert _loaded("ledger", "--db", db, "--format", "json") == []
    assert _loaded("audit", "--db", db, "--format", "json") == []


def test_the_probe_sees_a_command_that_parses(tmp_path: Path) -> None:
    # ``info`` loads the pipeline: the probe must report it, or the tests above prove nothing.
    assert "spacy" in _loaded("info", "--json")
