"""Documentation checks: every command and option explains itself, README lists every command."""

from __future__ import annotations

from pathlib import Path

import pytest
import typer

from corroborate.cli import app

README = Path(__file__).resolve().parent.parent / "README.md"
ROOT = typer.main.get_command(app)
# Typer ships its own copy of click, so test by shape rather than by click's classes.
SUBCOMMANDS = getattr(ROOT, "commands", {})
COMMANDS = sorted(SUBCOMMANDS)


def test_there_are_commands() -> None:
    assert {"extract", "info", "eval"} <= set(COMMANDS)


@pytest.mark.parametrize("name", COMMANDS)
def test_command_has_help(name: str) -> None:
    command = SUBCOMMANDS[name]
    assert (command.help or "").strip(), f"corroborate {name} has no help"


@pytest.mark.parametrize("name", ["", *COMMANDS])
def test_every_parameter_has_help(name: str) -> None:
    command = SUBCOMMANDS[name] if name else ROOT
    for param in command.params:
        # Typer's arguments carry help as click's options do; click's own arguments do not.
        text = getattr(param, "help", None)
        assert (text or "").strip(), f"corroborate {name}: {param.name} has no help"


@pytest.mark.parametrize("name", COMMANDS)
def test_readme_mentions_command(name: str) -> None:
    assert README.is_file(), "README.md is missing"
    assert f"corroborate {name}" in README.read_text(encoding="utf-8"), (
        f"README.md does not mention `corroborate {name}`"
    )
