"""A role noun counted past the first by an ordinal ("the third suspect", "the fifth
accused") is one more person beside those the report counted, never the one in focus or the
accused it follows (``counted_apart``, read by
``Naming._name_read``); invented sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims import find_claims
from corroborate.nlp.mentions import find_mentions


def _claims(nlp: Language, text: str) -> list[tuple[str, set[str]]]:
    doc = nlp(text)
    found, _ = find_claims(doc, find_mentions(doc))
    return [(c.kind, {p.name for p in c.participants if p.role == "accused"}) for c in found]


_ARREST = "Police arrested Kamran Hussain Bhatti on Monday over the robbery of a jeweller. "


def test_the_third_suspect_is_not_the_one_arrested(nlp: Language) -> None:
    claims = _claims(nlp, _ARREST + "The third suspect has confessed before a magistrate.")
    assert not any(kind == "confession" and people for kind, people in claims)


def test_the_suspect_is_still_the_one_arrested(nlp: Language) -> None:
    claims = _claims(nlp, _ARREST + "The suspect has confessed before a magistrate.")
    assert ("confession", {"Kamran Hussain Bhatti"}) in claims
