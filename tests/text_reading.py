"""What in a module's source reads text: the structural check behind the tests that the
ledger and the audit work across documents from stored records only
(``tests/ledger/test_reads_no_text.py``, ``tests/audit/test_reads_no_text.py``)."""

from __future__ import annotations

import ast
import re
from collections.abc import Set

__all__ = ["blanked", "text_reading"]


def _imports(tree: ast.AST) -> list[tuple[str, str | None]]:
    """(module, name) of every import in ``tree``; name None for ``import module``."""
    out: list[tuple[str, str | None]] = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            out += [(alias.name, None) for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.module:
            out += [(node.module, alias.name) for alias in node.names]
            out += [(f"{node.module}.{alias.name}", None) for alias in node.names]
    return out


def text_reading(source: str, modules: Set[str], readers: Set[str]) -> list[str]:
    """Imports in ``source`` of one of ``modules`` (or a module inside one) or of one of
    ``readers``, and calls of a reader, whatever object it is called on."""
    tree = ast.parse(source)
    found = []
    for module, name in _imports(tree):
        if any(module == m or module.startswith(m + ".") for m in modules):
            found.append(f"import {module}")
        if name in readers:
            found.append(f"import {name}")
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            func = node.func
            called = func.attr if isinstance(func, ast.Attribute) else getattr(func, "id", "")
            if called in readers:
                found.append(f"calls {called}")
    return found


def blanked(text: str) -> str:
    """``text`` with every letter, digit and mark an "x": its offsets and layout kept, nothing
    left to read, so whatever still comes out of it was read before (stored)."""
    return re.sub(r"\S", "x", text)
