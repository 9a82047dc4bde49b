"""Acronyms: a definition "Long Name (ACR)" gives the long name with the acronym as its
alias (the shortest run of words before the bracket whose initials spell it), and a
splinter ("MQM-London", "MQM-P") is a name of its own.
"""

from __future__ import annotations

import re

from corroborate.lexicon.name_words import name_words
from corroborate.nlp import names
from corroborate.nlp.mentions.state import _FinderState
from corroborate.records import Mention

__all__ = ["_Acronyms"]

_DEFINITION = re.compile(r"\(\s*([A-Z][A-Z0-9]{1,5})\s*\)")
_JOINERS = name_words().acronym_skips
_SPLINTER = re.compile(r"\b[A-Z]{2,6}-(?:[A-Z][a-z]+|[A-Z]{1,3})\b(?!-)")


class _Acronyms(_FinderState):
    def _splinters(self) -> None:
        """ "MQM-London", "MQM-P": an acronym with a hyphenated suffix is its own name."""
        for match in _SPLINTER.finditer(self.text):
            start, end = match.span()
            self.out = [m for m in self.out if not (m.start < end and start < m.end)]
            self.out.append(
                Mention(start, end, match.group(), "organization", match.group(), "ORG")
            )

    def _definitions(self) -> None:
        """ "Long Name (ACR)": the long name's mention gets the acronym as its alias."""
        for match in _DEFINITION.finditer(self.text):
            acronym = match.group(1)
            long_ = self._long_form(acronym, match.start())
            if long_ is None:
                continue
            start, end = long_
            idx = self._mention_at(start, end)
            mention = Mention(
                start=start,
                end=end,
                text=self.text[start:end],
                type="organization",
                name=names.clean(self.text[start:end]),
                label="acronym",
                alias=acronym,
                alias_kind="acronym",
            )
            if idx is not None:
                del self.out[idx]  # NER's cut of the same name ("Party" of "People's Party")
            self.out.append(mention)

    def _long_form(self, acronym: str, paren: int) -> tuple[int, int] | None:
        """The shortest run of words before ``paren`` whose initials spell ``acronym``."""
        head = self.text[max(0, paren - 120) : paren]
        base = paren - len(head)
        tokens = list(re.finditer(r"[\w'’]+(?:-[\w'’]+)*", head))
        end = base + len(head.rstrip())
        for n in range(1, min(len(tokens), 8) + 1):
            run = tokens[-n:]
            letters = []
            for t in run:
                parts = re.split(r"-", t.group())
                for p in parts:
                    w = names.words(p)
                    if w and w[0] not in _JOINERS:
                        letters.append(p[0].upper())
            if "".join(letters) == acronym and run[0].group()[0].isalpha():
                start = base + run[0].start()
                # Drop an article, keep capitalised or lower-case long forms alike.
                if self.text[start:end].lower().startswith(("the ", "an ", "a ")):
                    start += self.text[start:end].index(" ") + 1
                return (start, end - (2 if self.text[:end].endswith(("'s", "’s")) else 0))
        return None

    def _mention_at(self, start: int, end: int) -> int | None:
        for i, m in enumerate(self.out):
            if m.start < end and start < m.end and m.type != "person":
                return i
        return None
