"""Whether a reported statement's words reject something, as the ledger keeps a statement as a
denial (``facts``: ``AttributionFacts.denies``) - less a denial word the statement negates.

"His lawyer said his client did not deny meeting the trader", "X never denied being at the
shop": a verb of denying under "not" or "never" concedes what it takes, so the statement is
no denial - and the ledger would give it to every accused the statement may be about. Only
a verb of denying is so turned (``negatable_denials``): "I am not lying" still protests. The
negator is read right before the denial word, or one word before it ("did not directly deny");
a negator that is itself a denial word ("never") and only negates the denial word after it is
part of that negation, not a denial of its own. The words are the lexicon's
(``statements.json``: ``denial_words``, ``denial_negators``); the statement has no parse here,
only its text. ``negation_stands`` asks the same of the kind's reading of a reported clause
("said ... did not deny ..." with a crime word is no denial by its "not").
"""

from __future__ import annotations

import re

from corroborate.lexicon.statements import statement_words

__all__ = ["denies_in_words", "negation_stands"]

_WORDS = statement_words()
# The words of a text: letters, digits and an apostrophe inside one.
_WORD = re.compile(r"[\w']+")


def denies_in_words(content: str) -> bool:
    """Whether ``content`` holds a denial word that no negator before it turns (above)."""
    return negation_stands(content, _WORDS.denial)


def negation_stands(content: str, pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` (words of denying or negating) matches ``content`` outside every
    negated verb of denying ("did not deny", "never denied": the negator and the verb)."""
    text = content.replace("\u2019", "'")
    conceded = _conceded(text)
    return any(not any(s <= m.start() < e for s, e in conceded) for m in pattern.finditer(text))


def _conceded(text: str) -> list[tuple[int, int]]:
    """The spans from a negator to the verb of denying it negates, right after it or one
    word after it ("did not deny", "did not directly deny", "never denied")."""
    out = []
    negators = _WORDS.denial_negators
    for m in _WORDS.denial.finditer(text):
        if m.group(0).lower() not in _WORDS.negatable_denials:
            continue
        before = list(_WORD.finditer(text[: m.start()]))[-2:]
        hit = next((w for w in reversed(before) if w.group(0).lower() in negators), None)
        if hit is not None:
            out.append((hit.start(), m.end()))
    return out
