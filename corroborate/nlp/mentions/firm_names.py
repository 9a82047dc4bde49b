"""A company written short by its first word: "Zenith" for "Zenith Traders Ltd".

A report names a company in full once, with the form that makes it one ("Ltd", "Pvt",
"Inc": the lexicon's ``corporate_forms``), and then by the word its name opens with ("the
contract with Zenith", "Zenith denied the charge"). NER types that word as anything: a
person, a place, a body. It stands for the company where exactly one company of the report
opens with it, and no person of the report bears it in a full name ("Pell" of "Graham Pell,
the director of Pell Haulage Ltd" is the man as much as his firm).
"""

from __future__ import annotations

from collections.abc import Iterable

from corroborate.nlp import names
from corroborate.nlp.company_names import company_first_word, is_company
from corroborate.nlp.mentions.state import _FinderState, _with
from corroborate.records import Mention

__all__ = ["_FirmNames", "company_first_word", "firm_first_words", "is_company"]


def firm_first_words(mentions: Iterable[Mention]) -> dict[str, str]:
    """First word (lower case) -> the company's name, for each word that opens exactly one
    company name of ``mentions`` and no person's full name bears."""
    firms: dict[str, set[str]] = {}
    people: set[str] = set()
    for m in mentions:
        ws = names.words(m.name)
        first = company_first_word(m.name) if m.type == "organization" else None
        if first is not None:
            firms.setdefault(first, set()).add(m.name)
        elif m.type == "person" and len(ws) >= 2:
            people.update(ws)
    return {w: fs.pop() for w, fs in firms.items() if len(fs) == 1 and w not in people}


class _FirmNames(_FinderState):
    def _firm_short_names(self) -> None:
        """A one-word name that opens exactly one company's name is that company."""
        first = firm_first_words(self.out)
        for i, m in enumerate(self.out):
            ws = names.words(m.name)
            if len(ws) == 1 and ws[0] in first and not m.alias:
                self.out[i] = _with(m, type="organization", name=first[ws[0]])
