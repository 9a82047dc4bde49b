"""The sentence after an unnamed lede names as its subject a judge, a lawyer or a witness by
their title (across a bracketed seat: "Additional Sessions Judge (East) X"): that person is not
the lede's unnamed accused (``Ledes._named_next``), even where the mentions missed the name, so
that no claim gives the judge a court's part there; nor is one titled a police officer or an
official where the lede's one holds no such office (``Reader._titled_apart``); invented
sentences."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims import find_claims
from corroborate.nlp.mentions import find_mentions

_LEDE = (
    "A sessions court on Monday sentenced a rickshaw driver to ten years for robbing a teacher. "
)


def _accused(nlp: Language, text: str, missed: str | None = None) -> set[str]:
    """Every accused the reader finds in ``text``, the mentions of ``missed`` left out (as
    NER misses a name a bracketed seat splits from its title)."""
    doc = nlp(text)
    mentions = [m for m in find_mentions(doc) if m.name != missed]
    found, _ = find_claims(doc, mentions)
    return {p.name for c in found for p in c.participants if p.role == "accused"}


def test_a_titled_judge_the_mentions_missed_is_not_the_ledes_unnamed(nlp: Language) -> None:
    text = _LEDE + "Additional Sessions Judge (East) Sumaira Bhutto heard the case in Malir."
    assert "Sumaira Bhutto" not in _accused(nlp, text, missed="Sumaira Bhutto")


def test_the_ledes_unnamed_named_next_still_is(nlp: Language) -> None:
    # the next sentence's untitled subject is the lede's one, as before
    text = _LEDE + "Ghulam Rasool Bhatti, 52, had snatched the bag near a bus stand."
    assert "Ghulam Rasool Bhatti" in _accused(nlp, text)


def test_a_minister_named_after_a_lede_of_a_motorist_is_not_its_unnamed(nlp: Language) -> None:
    # the next sentence's subject titled an official, the lede's one a motorist: two people
    # (``Reader._titled_apart``)
    text = (
        "A motorist was charged on Monday with assault after a fight at a junction. "
        "Minister Kamran Zaidi visited the family of the cyclist."
    )
    assert "Kamran Zaidi" not in _accused(nlp, text)


def test_a_constable_named_after_a_lede_of_a_police_officer_is_its_unnamed(
    nlp: Language,
) -> None:
    # the lede's one is himself a police officer: the titled subject may be him
    text = (
        "A police officer was remanded on Monday for robbing a teacher. "
        "Constable Kamran Zaidi had snatched the bag near a bus stand."
    )
    assert "Kamran Zaidi" in _accused(nlp, text)
