"""A nickname declared for different men joins each man inside its declaring report only
(``resolve.declared.ambiguous_nicknames``); one declared for one man's names joins across
reports as before. Stories: ``nickname_stories`` (invented)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.resolve.declared import ambiguous_nicknames
from corroborate.resolve.statistics import Declaration
from tests.resolve.nickname_stories import STORIES, Story, entity_id, index_of


@pytest.mark.parametrize("story", STORIES, ids=[s.name for s in STORIES])
def test_a_nickname_joins_only_one_mans_names(nlp: Language, story: Story) -> None:
    index = index_of(nlp, story)
    for a, b in story.together:
        assert entity_id(index, a) is not None and entity_id(index, a) == entity_id(index, b)
    for a, b in story.apart:
        assert entity_id(index, a) is None or entity_id(index, a) != entity_id(index, b)


def test_a_shared_nickname_stands_for_its_man_inside_its_report(nlp: Language) -> None:
    story = next(s for s in STORIES if s.name == "pappu-agra-lahore")
    index = index_of(nlp, story)
    first = index.lookup("Pappu", f"{story.name}-0")
    second = index.lookup("Pappu", f"{story.name}-1")
    assert first is not None and first.name == "Rakesh Jatav"
    assert second is not None and second.name == "Sajid Mehmood"
    alias = next(a for a in first.aliases if a.name == "Pappu")
    assert alias.document_id == f"{story.name}-0" and "other men" in alias.reason


def _declared(*pairs: tuple[str, str]) -> list[tuple[Declaration, str]]:
    return [(Declaration(("person", full), ("person", nick), "alias", ""), f"d{i}")
            for i, (full, nick) in enumerate(pairs)]  # fmt: skip


def test_which_nicknames_are_shared() -> None:
    assert ambiguous_nicknames(_declared(("Rakesh Jatav", "Pappu"), ("Pawan Kumar", "Pappu"))) == {
        ("person", "Pappu")}  # fmt: skip
    # one man's names: the same, a part of the other, a spelling of it
    one_man = [
        ("Vikas Sood", "Vikas Sood"),
        ("Vikas Sood", "Agent Vikas Sood"),
        ("Mohammad Ashraf", "Muhammad Ashraf"),
        ("Kale Thapa", "Thapa"),
    ]
    for full, other in one_man:
        assert ambiguous_nicknames(_declared((full, "Vicky"), (other, "Vicky"))) == set()
    # two spellings of one nickname for two men: both shared
    spelt = _declared(("Salim Qureshi", "Babloo"), ("Waqas Ahmed", "Bablu"))
    assert ambiguous_nicknames(spelt) == {("person", "Babloo"), ("person", "Bablu")}
    # an acronym defined twice is no nickname
    acronyms = [(Declaration(("organization", a), ("organization", "PAC"), "acronym", ""), "d")
                for a in ("Peoples Aman Committee", "Provincial Armed Constabulary")]  # fmt: skip
    assert ambiguous_nicknames(acronyms) == set()
