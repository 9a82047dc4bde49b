"""One list of alias markers (``name_words.json`` ``alias_markers``), read by every reader."""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest
from spacy.language import Language

from corroborate.lexicon.name_words import name_words
from corroborate.nlp.mentions import find_mentions

_ALIASES = Path(__file__).resolve().parents[2] / "corroborate" / "nlp" / "mentions" / "aliases.py"


@pytest.mark.parametrize("marker", ["alias", "urf", "aka"])
def test_each_marker_declares_an_alias(nlp: Language, marker: str) -> None:
    # Invented. "urf" was the lexicon's (the speakers' and the claim reader's) but not the
    # mention finder's patterns: "Zafar Baloch urf Langra" was one person's name.
    text = f"Police arrested Zafar Baloch {marker} Langra in Lyari on Monday."
    people = [(m.name, m.alias) for m in find_mentions(nlp(text)) if m.type == "person"]
    assert people == [("Zafar Baloch", "Langra")]


def test_the_alias_patterns_spell_no_marker() -> None:
    tree = ast.parse(_ALIASES.read_text(encoding="utf-8"))
    patterns = " ".join(
        c.value
        for call in ast.walk(tree)
        if isinstance(call, ast.Call) and getattr(call.func, "attr", "") == "compile"
        for c in ast.walk(call)
        if isinstance(c, ast.Constant) and isinstance(c.value, str)
    )
    assert "A-Z" in patterns  # the walk found the patterns
    words = name_words()
    for marker in words.alias_markers | words.alias_phrases:
        assert re.search(rf"(?i)\b{re.escape(marker.rstrip('.'))}\b", patterns) is None, marker
