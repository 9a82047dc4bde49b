"""The words of a group's stored name: the name before its kind, and the kind after it.

"Rehmat Mengal gang" is the name "Rehmat Mengal" and the kind "gang"; "Cártel del Río Unido"
has no kind. The audit compares groups' names across documents by these words
(``audit.short_names``), as it compares them by ``names.key``: a stored name is split, no
text is read. The kinds are the lexicon's (``kinds_after_name``; ``kinds_of_a_part`` name a
part of a group, "X faction", and such a name is no group's own).
"""

from __future__ import annotations

from corroborate.lexicon.enforcement import enforcement_words

__all__ = ["Core", "spelling_of"]

# A name's words before its kind, lower-cased: ("rehmat", "mengal").
Core = tuple[str, ...]

_KINDS = frozenset(k.lower().rstrip("s") for k in enforcement_words().kinds_after_name)
_PARTS = frozenset(k.lower().rstrip("s") for k in enforcement_words().kinds_of_a_part)
# Each connector as its words, longest first: "de la" is two words of a name, and "la"
# alone is none, so a name's lower-case words are read as whole connectors, not word by word.
_CONNECTORS = tuple(
    sorted(
        {tuple(c.lower().split()) for c in enforcement_words().name_connectors},
        key=len,
        reverse=True,
    )
)


def _capitalised_but_connectors(words: list[str]) -> bool:
    """Whether every word is capitalised but whole connectors ("Cártel de la Sierra")."""
    i = 0
    while i < len(words):
        if words[i][:1].isupper():
            i += 1
            continue
        lower = tuple(w.lower() for w in words[i : i + len(_CONNECTORS[0])])
        run = next((c for c in _CONNECTORS if lower[: len(c)] == c), None)
        if run is None:
            return False
        i += len(run)
    return True


def spelling_of(name: str) -> tuple[Core, str | None] | None:
    """A name's words before its kind (case aside) and its kind ("gang"), or None for a
    name that is no proper name to join: a description ("two teenage gangs"), a part of a
    group ("X faction"), or a kind alone."""
    words = name.split()
    if not words or not words[0][:1].isupper():
        return None
    kind = words[-1].lower().rstrip("s") if len(words) > 1 else ""
    if kind in _PARTS:
        return None
    core = words[:-1] if kind in _KINDS else words
    # every word of the name is capitalised but the connectors ("Cártel del Bajío Unido",
    # "Cártel de la Sierra")
    if not _capitalised_but_connectors(core):
        return None
    return tuple(w.lower() for w in core), (kind if kind in _KINDS else None)
