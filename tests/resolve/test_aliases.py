"""Aliases the text declares join one entity across articles: alias, aka, a.k.a., known as."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.mentions import find_mentions
from corroborate.resolve.entities import resolve_entities
from corroborate.resolve.nodes import DocumentMentions

# Invented people; the second article uses the alias only.
CASES = [
    ("Police arrested Tariq Naveed alias Kala in Quetta on Monday.", "Tariq Naveed", "Kala"),
    ("The court acquitted Samiullah Warsi aka Bhola of the charges.", "Samiullah Warsi", "Bhola"),
    ("Jameel Akhtar, known as Guddu, was sentenced to life in prison.", "Jameel Akhtar", "Guddu"),
    ("Investigators said Nasir Jamal a.k.a. Tony had fled the city.", "Nasir Jamal", "Tony"),
]


@pytest.mark.parametrize(("sentence", "name", "alias"), CASES)
def test_declared_alias_joins_across_articles(
    nlp: Language, sentence: str, name: str, alias: str
) -> None:
    later = f"Witnesses told the court that {alias} had threatened them."
    docs = [
        DocumentMentions("first", "2021-01-01", find_mentions(nlp(sentence))),
        DocumentMentions("later", "2021-02-01", find_mentions(nlp(later))),
    ]
    index = resolve_entities(docs)
    person = index.lookup(name)
    assert person is not None and person.name == name
    assert index.lookup(alias) == person
    declared = next(a for a in person.aliases if a.name == alias)
    assert declared.document_id == "first" and "alias" in declared.reason


def test_alias_marker_read_into_the_name_is_cut_off(nlp: Language) -> None:
    text = "Investigators said Nasir Jamal a.k.a. Tony had fled the city."
    mentions = find_mentions(nlp(text))
    assert [(m.name, m.alias) for m in mentions if m.type == "person"] == [("Nasir Jamal", "Tony")]
    assert all(text[m.start : m.end] == m.text for m in mentions)
