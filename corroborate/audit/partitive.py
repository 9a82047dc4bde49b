"""Whether the words before a count open a part of a whole: "Of them, ", "of which ",
"Among the 62 slain militants, ", "Of the 112 held, 40 were freed and ".

The words before the count end with a partitive head and a tail up to the number. The head is
"of" or "among" and a pronoun ("them", "which", "whom", "these", "those") or a number, with
"the" (and "total") before it, and words up to the first "," or ";" after it
("of the 62 slain militants"). The tail: an optional ",", spaces, and optionally a stretch with
no ";" whose every "," is followed by a space, ending with a ",", an "and" or a "while" and
spaces. This is the regular expression

    \\b(?:of|among)\\s+(?:them|which|whom|these|those|the\\s+(?:total\\s+)?[\\d,]+\\b[^,;]*|
    [\\d,]+\\b[^,;]*),?\\s+(?:(?:[^,;]|,(?=\\s))*(?:,|\\band|\\bwhile)\\s+)?\\Z

(case aside) that ``implicit`` searched the words with; searched, it ran each number's
stretch against the tail's, quadratic in a long list ("of 12 and of 12 and ... x"). Here
whether each position can end a head is decided once, from the end of the words back to their
start, so the test costs their length once. The same answers as the expression
(``tests/audit/test_partitive.py`` compares the two on generated words).
"""

from __future__ import annotations

import re

__all__ = ["opens_a_part"]

_I = re.IGNORECASE
_SPACE = re.compile(r"\s")
_WORD_EDGE = re.compile(r"\b")
# the tail's last link and the spaces to the end
_LAST_LINK = re.compile(r"(?:,|\band|\bwhile)\s+\Z", _I)
_OPENING = re.compile(r"\b(?:of|among)\s+", _I)
_PRONOUN = re.compile(r"them|which|whom|these|those", _I)
_THE = re.compile(r"the\s+(?:total\s+)?", _I)
_NUMBER_RUN = re.compile(r"[\d,]+")


def opens_a_part(words: str) -> bool:
    """Whether ``words`` (the text before a count) end with a partitive head and its tail."""
    n = len(words)
    space = [_SPACE.match(words, i) is not None for i in range(n)] + [False]
    # linked[k]: words[k:] is a stretch of the tail's middle and its last link, to the end
    linked = [False] * (n + 1)
    # spaced[i]: words[i:] is spaces, then optionally such a stretch, to the end
    spaced = [False] * (n + 1)
    # tail[i]: words[i:] is an optional "," and a spaced end
    tail = [False] * (n + 1)
    # head_rest[i]: words[i:] is words with no "," or ";", then a tail
    head_rest = [False] * (n + 1)
    for i in range(n - 1, -1, -1):
        ch = words[i]
        middle = ch != ";" and (ch != "," or space[i + 1])
        linked[i] = _LAST_LINK.match(words, i) is not None or (middle and linked[i + 1])
        spaced[i] = space[i] and (i + 1 == n or spaced[i + 1] or linked[i + 1])
        tail[i] = spaced[i] or (ch == "," and spaced[i + 1])
        head_rest[i] = tail[i] or (ch not in ",;" and head_rest[i + 1])
    for opening in _OPENING.finditer(words):
        k = opening.end()
        pronoun = _PRONOUN.match(words, k)
        if pronoun is not None and tail[pronoun.end()]:
            return True
        the = _THE.match(words, k)
        start = the.end() if the is not None else k
        run = _NUMBER_RUN.match(words, start)
        if run is None:
            continue
        for j in range(start + 1, run.end() + 1):
            if _WORD_EDGE.match(words, j) is not None and head_rest[j]:
                return True
    return False
