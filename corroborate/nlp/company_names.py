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


def is_company(name: str) -> bool:
    """Whether ``name`` ends in a company's form ("Zenith Traders (Pvt) Ltd")."""
    written = tuple(names.words(name))
    return len(_without_forms(written)) < len(written)


def bare_firm_name(name: str) -> str | None:
    """A company's name without its forms, as lower-case words joined by spaces ("Sindhu
    Weaves (Pvt) Ltd" -> "sindhu weaves"), where ``name`` ends in a form and two words or
    more are left; else None. One word left ("Expedition Pvt Ltd") is no name to find the
    firm by across reports: a common word, or the short name a report uses for its own
    company alone (``mentions.firm_names``)."""
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
