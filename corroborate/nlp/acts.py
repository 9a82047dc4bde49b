"""What is alleged: a short act label read from the words of a quote.

Lexical and ordered by where the words occur: the first act named in a sentence is the
one it is about ("the case of discovery of arms, ammunition and explosives" is about
weapons; "carrying an Avan bomb (rifle grenade)" about explosives). The labels are
general crime categories, never names, so swapping names cannot change an act. Read once
per document (claims, ``nlp.claims``; attributions, ``nlp.facts``) and stored.
"""

from __future__ import annotations

from corroborate.lexicon.acts import acts_lexicon

__all__ = ["act_of"]

# The categories and their words come from the lexicon (``lexicon/data/acts.json``).
_LEX = acts_lexicon()
# Court names name no act: "an anti-terrorism court acquitted him of murder" is about murder.
_COURT_NAMES = _LEX.court_names


def act_of(text: str) -> str | None:
    """The act a quote is about, or None when it names none."""
    text = _COURT_NAMES.sub(" ", text)
    best: tuple[int, str] | None = None
    for label, pattern in _LEX.acts:
        match = pattern.search(text)
        if match and (best is None or match.start() < best[0]):
            best = (match.start(), label)
    return best[1] if best else None
