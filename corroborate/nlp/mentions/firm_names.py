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

from corroborate.lexicon.first_names import is_first_name
from corroborate.lexicon.name_words import name_words
from corroborate.nlp import names
from corroborate.nlp.mentions.state import _FinderState, _with
from corroborate.records import Mention

__all__ = ["_FirmNames", "company_first_word", "firm_first_words", "is_company"]


def _form_word(word: str) -> str:
    """A word of a name as a form is matched: lower case, without its brackets and its
    closing stop ("(Pvt)" -> "pvt", "Kft." -> "kft", "S.A." -> "s.a"), inner stops kept, so
    that "S.A." is one form and a person's two initials "S. A." are not."""
    return word.strip("().,").lower()


# each form as the words it is written in ("private limited", "sdn bhd": two)
_FORMS = tuple(tuple(_form_word(w) for w in f.split()) for f in name_words().corporate_forms)
# a form opens a name only written in capitals and of three letters or more ("SIA Baltic
# Timber", "UAB Vilniaus Statyba", "OOO Romashka"); two capitals before a name are a
# person's initials as often ("PT Usha", "AB Rahman")
_OPENING_LENGTH = 3
# a short form of two letters ("AB", "AG", "Oy") ends a person's name where his initials
# follow it ("Anil Kumar AB"): such a form makes a company only after a word no given name
# ("Nordvik Frakt AB"); "Co" ends company names alone, as before
_SHORT = 2
_SHORT_KEPT = frozenset({"co"})


def _bare_words(name: str) -> list[str] | None:
    """The name's words without the form of incorporation that ends or opens it, or None
    when no form does."""
    raw = [w for w in name.split() if _form_word(w)]
    ws = [_form_word(w) for w in raw]
    for f in _FORMS:
        if len(ws) > len(f) and tuple(ws[-len(f) :]) == f:
            if len(f) == 1 and len(f[0]) <= _SHORT and f[0] not in _SHORT_KEPT:
                if is_first_name(raw[-2].strip("().,")) or not raw[-1][:1].isupper():
                    continue
            return ws[: -len(f)]
    first = raw[0] if raw else ""
    if len(ws) > 1 and (ws[0],) in _FORMS and len(first) >= _OPENING_LENGTH and first.isupper():
        return ws[1:]
    return None


def is_company(name: str) -> bool:
    """Whether ``name`` is a company's by its form of incorporation, at its end ("Zenith
    Traders (Pvt) Ltd", "Nordvik Frakt AB", "Duna Logisztika Kft.") or, in capitals, at
    its start ("SIA Baltic Timber")."""
    return _bare_words(name) is not None


def company_first_word(name: str) -> str | None:
    """The first word (lower case) of a company's name without its form: "baltic" of "SIA
    Baltic Timber", "zenith" of "Zenith Traders Ltd"; None for no company's name."""
    ws = names.words(" ".join(_bare_words(name) or []))
    return ws[0] if ws else None


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
