"""A company's name and the same name without its form of incorporation: "Sindhu Weaves
(Pvt) Ltd" and "Sindhu Weaves". Pure functions of a string, shared by the per-document
mention finder (``mentions.firm_names``: which names are companies') and the resolver
(``resolve.organisation_rules``: a firm written with and without its form is one), so that
both agree on what a company's name is.

The forms are the lexicon's ``corporate_forms`` ("Ltd", "Pvt", "Private Limited", "Inc",
"Co"); a report writes them in several ways and several at once ("(Pvt) Ltd", "Pvt Ltd",
"Private Limited", "Co Ltd"), and drops them all in a later mention or report.
"""

from __future__ import annotations

from functools import lru_cache

from corroborate.lexicon.first_names import is_first_name
from corroborate.lexicon.name_words import name_words
from corroborate.nlp import names

__all__ = [
    "bare_firm_name",
    "company_first_word",
    "is_company",
    "shaped_as_a_person",
]

# each form as the words it is written in ("private limited": two), the longest first
_FORMS = tuple(
    sorted({tuple(names.words(f)) for f in name_words().corporate_forms}, key=len, reverse=True)
)


@lru_cache(maxsize=1 << 14)
def _without_forms(written: tuple[str, ...]) -> tuple[str, ...]:
    """The words before the forms that end them ("sindhu weaves pvt ltd" -> "sindhu
    weaves"), every form peeled, at least one word left."""
    peeled = True
    while peeled:
        peeled = False
        for form in _FORMS:
            if len(written) > len(form) and written[-len(form) :] == form:
                written, peeled = written[: -len(form)], True
                break
    return written


def _form_word(word: str) -> str:
    """A word of a name as a form is matched: lower case, without its brackets and its
    closing stop ("(Pvt)" -> "pvt", "Kft." -> "kft", "S.A." -> "s.a"), inner stops kept, so
    that "S.A." is one form and a person's two initials "S. A." are not."""
    return word.strip("().,").lower()


# each form as the words it is written in ("private limited", "sdn bhd": two)
_WRITTEN_FORMS = tuple(
    tuple(_form_word(w) for w in f.split()) for f in name_words().corporate_forms
)
# a form opens a name only written in capitals and of three letters or more ("SIA Baltic
# Timber", "UAB Vilniaus Statyba", "OOO Romashka"); two capitals before a name are a
# person's initials as often ("PT Usha", "AB Rahman")
_OPENING_LENGTH = 3
# a short form of two letters ("AB", "AG", "Oy") ends a person's name where his initials
# follow it ("Anil Kumar AB"): such a form makes a company only after a word no given name
# ("Nordvik Frakt AB"); "Co" ends company names alone
_SHORT = 2
_SHORT_KEPT = frozenset({"co"})


def _bare_words(name: str) -> list[str] | None:
    """The name's words without the form of incorporation that ends or opens it, or None
    when no form does."""
    raw = [w for w in name.split() if _form_word(w)]
    ws = [_form_word(w) for w in raw]
    for f in _WRITTEN_FORMS:
        if len(ws) > len(f) and tuple(ws[-len(f) :]) == f:
            if len(f) == 1 and len(f[0]) <= _SHORT and f[0] not in _SHORT_KEPT:
                if is_first_name(raw[-2].strip("().,")) or not raw[-1][:1].isupper():
                    continue
            return ws[: -len(f)]
    first = raw[0] if raw else ""
    if (
        len(ws) > 1
        and (ws[0],) in _WRITTEN_FORMS
        and len(first) >= _OPENING_LENGTH
        and first.isupper()
    ):
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


def bare_firm_name(name: str) -> str | None:
    """A company's name without its forms, as lower-case words joined by spaces ("Sindhu
    Weaves (Pvt) Ltd" -> "sindhu weaves"), where ``name`` ends in a form and two words or
    more are left; else None. One word left ("Expedition Pvt Ltd") is no name to find the
    firm by across reports: a common word, or the short name a report uses for its own
    company alone (``mentions.firm_names``)."""
    if not is_company(name):
        return None  # "Anil Kumar AB": a person's initials, no form (``is_company``)
    written = tuple(names.words(name))
    bare = _without_forms(written)
    return " ".join(bare) if len(bare) < len(written) and len(bare) >= 2 else None


def shaped_as_a_person(bare: str) -> bool:
    """Whether a firm's bare name (``bare_firm_name``) is also the shape of a person's
    name: two words, the first a given name ("Graham Pell" of "Graham Pell Ltd", the
    firm named after the man, who is its director as often as not). Such a name NER types a
    person is left the person's; "Meghna Knit Composite", "Silverhowe Gaming" are not."""
    written = bare.split()
    return len(written) == 2 and is_first_name(written[0])
