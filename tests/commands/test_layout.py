"""The CLI's modules import without cycles: commands import the shared leaf modules, never
``corroborate.cli``, and the leaf modules import no command."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import corroborate.commands

COMMANDS = Path(corroborate.commands.__file__).parent
LEAVES = ("app", "options", "terminal")


def _imported_modules(path: Path) -> set[str]:
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
            found |= {f"{node.module}.{a.name}" for a in node.names}
        elif isinstance(node, ast.Import):
            found |= {a.name for a in node.names}
    return found


def test_no_command_module_imports_the_cli() -> None:
    importers = [
        p.name
        for p in sorted(COMMANDS.glob("*.py"))
        if {"corroborate.cli", "corroborate.cli.app"} & _imported_modules(p)
    ]
    assert importers == []


def test_the_leaf_modules_import_no_command() -> None:
    commands = {f"corroborate.commands.{p.stem}" for p in COMMANDS.glob("*.py")}
    leaves = {f"corroborate.commands.{name}" for name in LEAVES}
    for name in LEAVES:
        assert not (_imported_modules(COMMANDS / f"{name}.py") & (commands - leaves)), name
    # and, run for real, loading them loads no command module
    script = (
        "import sys, corroborate.commands.app, corroborate.commands.options,"
        " corroborate.commands.terminal;"
        " print(sorted(m for m in sys.modules if m.startswith('corroborate.commands.')))"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                         check=True).stdout  # fmt: skip
    assert out.strip() == repr(sorted(leaves))


def test_the_cli_registers_every_command_module() -> None:
    from corroborate.cli import app

    registered = {c.callback.__module__ for c in app.registered_commands if c.callback}
    registered |= {
        g.typer_instance.registered_commands[0].callback.__module__
        for g in app.registered_groups
        if g.typer_instance and g.typer_instance.registered_commands
        and g.typer_instance.registered_commands[0].callback
    }  # fmt: skip
    modules = {f"corroborate.commands.{p.stem}" for p in COMMANDS.glob("*.py")}
    assert modules - registered == {f"corroborate.commands.{n}" for n in (*LEAVES, "__init__")}
