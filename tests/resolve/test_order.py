"""Properties: entities do not depend on the order of documents; listed names stay apart."""

from __future__ import annotations

import random

from hypothesis import example, given, settings
from hypothesis import strategies as st

from corroborate.records import Mention
from corroborate.resolve.entities import resolve_entities
from corroborate.resolve.entity_index import EntityIndex
from corroborate.resolve.nodes import DocumentMentions

# Invented names with spelling variants, shared surnames, and middle names among them.
NAMES = [
    "Hamad Qureshi", "Hammad Qureshi", "Hamid Qureshi", "Sana Qureshi", "Anees Qaim Khani",
    "Anees Qaimkhani", "Budha Ram", "Budhi Ram", "Tariq Naveed", "Tariq Ali Naveed",
    "Karakoram Youth Front", "KYF", "Quetta", "QUETTA - A", "TV",
]  # fmt: skip
KINDS = {"Karakoram Youth Front": "organization", "KYF": "organization", "Quetta": "place",
         "QUETTA - A": "organization", "TV": "organization"}  # fmt: skip


def _mention(name: str, start: int, short: bool, alias: str | None) -> Mention:
    written = name.split()[-1] if short and " " in name else name
    kind = KINDS.get(name, "person")
    alias_kind = "acronym" if alias == "KYF" else "alias" if alias else None
    return Mention(start, start + len(written), written, kind, name, "PERSON",  # type: ignore[arg-type]
                   alias, alias_kind)  # fmt: skip


@st.composite
def documents(draw: st.DrawFn) -> list[DocumentMentions]:
    docs = []
    for i in range(draw(st.integers(1, 6))):
        mentions, at = [], 0
        for name in draw(st.lists(st.sampled_from(NAMES), min_size=1, max_size=6)):
            at += draw(st.sampled_from([2, 5, 40]))  # a list (", ", " and ") or a new sentence
            alias = None
            if name == "Karakoram Youth Front" and draw(st.booleans()):
                alias = "KYF"
            elif name == "Tariq Naveed" and draw(st.booleans()):
                alias = "Kala"
            mention = _mention(name, at, draw(st.booleans()), alias)
            mentions.append(mention)
            at = mention.end
        date = draw(st.sampled_from([None, "2021-01-01", "2021-02-01"]))
        docs.append(DocumentMentions(f"d{i}", date, mentions))
    return docs


def _summary(index: EntityIndex) -> list[tuple[str, str, str, list[tuple[str, str, str | None]]]]:
    return [
        (e.id, e.type, e.name, sorted((a.name, a.reason, a.document_id) for a in e.aliases))
        for e in index.entities
    ]


@settings(max_examples=150, deadline=None)
@given(documents(), st.randoms())
def test_entities_do_not_depend_on_document_order(
    docs: list[DocumentMentions], rnd: random.Random
) -> None:
    shuffled = list(docs)
    rnd.shuffle(shuffled)
    assert _summary(resolve_entities(shuffled)) == _summary(resolve_entities(docs))


def _listed(*names: str) -> list[DocumentMentions]:
    mentions: list[Mention] = []
    for name in names:
        mentions.append(_mention(name, mentions[-1].end + 2 if mentions else 0, False, None))
    return [DocumentMentions("d0", None, mentions), DocumentMentions("d1", None, mentions[:1])]


@settings(max_examples=150, deadline=None)
@given(documents())
@example(_listed("Budha Ram", "Budhi Ram"))
@example(_listed("Tariq Naveed", "Tariq Ali Naveed"))
@example(_listed("Hamad Qureshi", "Sana Qureshi", "Hammad Qureshi"))
def test_names_listed_together_never_one_entity(docs: list[DocumentMentions]) -> None:
    index = resolve_entities(docs)
    for doc in docs:
        people = sorted((m for m in doc.mentions if m.type == "person"), key=lambda m: m.start)
        for a, b in zip(people, people[1:], strict=False):
            if b.start - a.end <= 6 and a.name != b.name and (a.text, b.text) == (a.name, b.name):
                first, second = index.lookup(a.name), index.lookup(b.name)
                assert first is None or first != second
