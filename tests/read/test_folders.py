"""Folders with things in them that cannot be read: never skipped silently, skippable on ask.

Permissions are tested in a process that cannot bypass them (``tests/permissions.py``),
through ``corroborate read``, which reads exactly as ingest does.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from corroborate.errors import InputError
from corroborate.read import read_documents
from tests.permissions import unprivileged


def read(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [*unprivileged(), sys.executable, "-m", "corroborate", "read", *args],
        capture_output=True,
        text=True,
        check=False,
    )


def ids(stdout: str) -> list[str]:
    return [json.loads(line)["id"] for line in stdout.splitlines()]


@pytest.fixture
def corpus(tmp_path: Path) -> Iterator[Path]:
    """A folder of two readable texts, a subfolder and a file that cannot be read."""
    root = tmp_path / "corpus"
    (root / "locked").mkdir(parents=True)
    (root / "a.txt").write_text("The court acquitted her.")
    (root / "z.txt").write_text("The police denied it.")
    (root / "locked" / "b.txt").write_text("Never read.")
    (root / "secret.txt").write_text("Never read either.")
    os.chmod(root / "locked", 0o000)
    os.chmod(root / "secret.txt", 0o000)
    try:
        yield root
    finally:  # so that the temporary folder can be removed
        os.chmod(root / "locked", 0o755)
        os.chmod(root / "secret.txt", 0o644)


def test_unreadable_subfolder_and_file_stop_before_anything_is_read(corpus: Path) -> None:
    result = read(str(corpus))
    assert result.returncode == 1
    assert result.stdout == ""  # found before the first document is printed
    [line] = result.stderr.splitlines()
    assert line.startswith(f"error: {corpus / 'locked'}: the folder cannot be read")
    assert "--skip-errors" in line


def test_skip_errors_skips_and_reports_each(corpus: Path) -> None:
    result = read("--skip-errors", str(corpus))
    assert result.returncode == 0, result.stderr
    assert ids(result.stdout) == ["a.txt", "z.txt"]
    assert f"skipped {corpus / 'locked'}: the folder cannot be read" in result.stderr
    assert f"skipped {corpus / 'secret.txt'}: cannot be read (Permission denied)" in result.stderr


def test_a_named_folder_that_cannot_be_read_is_never_skipped(corpus: Path) -> None:
    result = read("--skip-errors", str(corpus / "locked"))
    assert result.returncode == 1
    assert result.stderr.startswith(f"error: {corpus / 'locked'}: the folder cannot be read")


@pytest.fixture
def links(tmp_path: Path) -> Path:
    root = tmp_path / "links"
    root.mkdir()
    (root / "a.txt").write_text("The court acquitted her.")
    (root / "loop.txt").symlink_to("loop.txt")
    (root / "gone.txt").symlink_to("moved-away.txt")
    (root / "elsewhere").symlink_to(tmp_path)
    return root


def test_link_loops_and_dangling_links_say_what_they_are(links: Path) -> None:
    with pytest.raises(InputError) as caught:
        list(read_documents([links]))
    assert str(caught.value).startswith(f"{links / 'gone.txt'}: a symbolic link to nothing")
    skipped: list[InputError] = []
    notes: list[str] = []
    documents = read_documents(
        [links], skip_errors=True, on_skip=skipped.append, on_note=notes.append
    )
    assert [d.id for d in documents] == ["a.txt"]
    assert [(e.path, e.message) for e in skipped] == [
        (str(links / "gone.txt"), "a symbolic link to nothing (moved-away.txt)"),
        (str(links / "loop.txt"), "a symbolic link loop"),
    ]
    assert notes == [f"{links / 'elsewhere'}: not read, a link to a folder; name it to read it"]


def test_a_named_link_loop_is_not_a_missing_file(links: Path) -> None:
    with pytest.raises(InputError, match="a symbolic link loop") as caught:
        list(read_documents([links / "loop.txt"], skip_errors=True))
    assert "no such file" not in str(caught.value)
