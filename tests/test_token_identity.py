"""Guard: no ``is`` comparison between spaCy tokens or spans in ``corroborate/``.

spaCy makes a new ``Token`` (and ``Span``) object on each access (``doc[i]``, ``.head``,
``.children``), so ``a is b`` is False even for the same word: ``verb.head is verb`` never
fires and ``x.head is not x`` always holds. Tokens are compared by index (``a.i == b.i``),
spans by ``(start, end)``.

What the scan catches (simple, syntactic): an ``is``/``is not`` whose side (not ``None`` or
another constant) is a ``.head``/``.root``/``.left_edge``/``.right_edge``/``.cue``
expression, a ``doc[...]``/``x.doc[...]`` subscript, or a name that the enclosing function
annotates as ``Token``/``Span`` (a parameter or an annotated assignment) or binds by looping
over ``.children``/``.subtree``/``.lefts``/``.rights``/``.ancestors``/``.conjuncts``. What it
misses: an un-annotated local bound from a call or a plain assignment (``head = verb``),
tokens held in lists or dicts, and attributes other than those named.
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

PACKAGE = Path(__file__).resolve().parent.parent / "corroborate"

_TOKEN_ATTRIBUTES = frozenset({"head", "root", "left_edge", "right_edge", "cue"})
_TOKEN_ITERABLES = frozenset({"children", "subtree", "lefts", "rights", "ancestors", "conjuncts"})
_TOKEN_TYPES = frozenset({"Token", "Span"})


def _annotates_token(annotation: ast.expr | None) -> bool:
    """Whether an annotation names Token or Span (alone, optional or in a union)."""
    if annotation is None:
        return False
    return any(
        isinstance(n, ast.Name) and n.id in _TOKEN_TYPES
        or isinstance(n, ast.Constant) and isinstance(n.value, str)
        and any(t in n.value.replace("|", " ").split() for t in _TOKEN_TYPES)
        for n in ast.walk(annotation)
    )  # fmt: skip


def _token_names(function: ast.FunctionDef | ast.AsyncFunctionDef) -> set[str]:
    """The names ``function`` types as tokens or spans, or binds from a token's relatives."""
    args = function.args
    every = [*args.posonlyargs, *args.args, *args.kwonlyargs]
    names = {a.arg for a in every if _annotates_token(a.annotation)}
    for node in ast.walk(function):
        if isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            if _annotates_token(node.annotation):
                names.add(node.target.id)
        if isinstance(node, (ast.For, ast.comprehension)) and isinstance(node.target, ast.Name):
            source = node.iter
            if isinstance(source, ast.Attribute) and source.attr in _TOKEN_ITERABLES:
                names.add(node.target.id)
    return names


def _token_typed(side: ast.expr, names: set[str]) -> bool:
    """Whether an expression is, as far as the scan can tell, a token or span."""
    if isinstance(side, ast.Attribute):
        return side.attr in _TOKEN_ATTRIBUTES
    if isinstance(side, ast.Subscript):
        value = side.value
        return (isinstance(value, ast.Name) and value.id == "doc") or (
            isinstance(value, ast.Attribute) and value.attr == "doc"
        )
    return isinstance(side, ast.Name) and side.id in names


def identity_sites(source: str, label: str = "<source>") -> list[str]:
    """``label:line: comparison`` for each ``is`` comparison of a token or span in ``source``."""
    tree = ast.parse(source)
    found: set[tuple[int, str]] = set()
    scopes: list[tuple[ast.AST, set[str]]] = [(tree, set())]
    scopes += [
        (f, _token_names(f))
        for f in ast.walk(tree)
        if isinstance(f, (ast.FunctionDef, ast.AsyncFunctionDef))
    ]
    for scope, names in scopes:
        for node in ast.walk(scope):
            if not isinstance(node, ast.Compare):
                continue
            left = node.left
            for op, right in zip(node.ops, node.comparators, strict=True):
                sides = (left, right)
                if (
                    isinstance(op, (ast.Is, ast.IsNot))
                    and not any(isinstance(s, ast.Constant) for s in sides)
                    and any(_token_typed(s, names) for s in sides)
                ):
                    found.add((node.lineno, ast.unparse(node)))
                left = right
    return [f"{label}:{line}: {text}" for line, text in sorted(found)]


def package_sites(root: Path) -> list[str]:
    """Every flagged comparison under ``root``."""
    return [
        site
        for path in sorted(root.rglob("*.py"))
        for site in identity_sites(path.read_text(encoding="utf-8"), str(path))
    ]


def test_no_token_compared_by_identity() -> None:
    assert package_sites(PACKAGE) == []


@pytest.mark.parametrize(
    "source",
    [
        "def f(verb):\n    return verb.head is verb\n",
        "def f(x):\n    return x.head is not x\n",
        "def f(span):\n    return span.root is span.root\n",
        "def f(doc, i, t):\n    return doc[i] is t\n",
        "def f(a: Token, b: Token):\n    return a is b\n",
        "def f(a: 'Token | None', b):\n    return a is not b\n",
        "def f(verb):\n    return [c for c in verb.children if c is not verb.left_edge]\n",
        "def f(token):\n    return [t for t in token.subtree if t is not token2]\n",
        "def f(drafts, token):\n    return any(d.cue is token for d in drafts)\n",
    ],
)
def test_flags_a_token_identity(source: str) -> None:
    assert len(identity_sites(source)) == 1


@pytest.mark.parametrize(
    "source",
    [
        "def f(verb):\n    return verb.head.i == verb.i\n",
        "def f(a: Token):\n    return a is None\n",
        "def f(m, n):\n    return m is not n\n",  # mentions, drafts: identity is right there
        "def f(a: Span, b: Span):\n    return (a.start, a.end) == (b.start, b.end)\n",
    ],
)
def test_leaves_other_comparisons(source: str) -> None:
    assert identity_sites(source) == []
