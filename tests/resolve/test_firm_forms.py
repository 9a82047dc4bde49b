"""One firm written with and without its form of incorporation is one organisation
(``resolve.firm_forms``); a person's name and another firm sharing words are not it."""

from __future__ import annotations

from corroborate.records import Mention
from corroborate.resolve.entities import resolve_entities
from corroborate.resolve.entity_index import EntityIndex
from corroborate.resolve.nodes import DocumentMentions


def _m(name: str, kind: str) -> Mention:
    return Mention(0, len(name), name, kind, name, "ORG")  # type: ignore[arg-type]


def _resolve(*docs: list[tuple[str, str]]) -> EntityIndex:
    return resolve_entities(
        DocumentMentions(f"d{i}", f"2025-03-0{i + 1}", [_m(n, k) for n, k in mentions])
        for i, mentions in enumerate(docs)
    )


def _ids(index: EntityIndex, *written: str) -> set[str | None]:
    return {e.id if (e := index.lookup(w)) is not None else None for w in written}


def test_a_firm_with_and_without_its_form_is_one() -> None:
    index = _resolve(
        [("Zenith Rice Mills (Pvt) Ltd", "organization"), ("Tariq Butt", "person")],
        [("Zenith Rice Mills", "organization")],
    )
    firm = index.lookup("Zenith Rice Mills")
    assert firm is not None and firm.type == "organization"
    assert {firm.name, *(a.name for a in firm.aliases)} == {
        "Zenith Rice Mills (Pvt) Ltd", "Zenith Rice Mills"}  # fmt: skip
    assert any("form of incorporation" in a.reason for a in firm.aliases)
    assert _ids(index, "Tariq Butt").isdisjoint({firm.id})


def test_the_bare_name_ner_typed_a_person_or_a_place_is_the_firm() -> None:
    """Joined as typed: the group is the organisation's."""
    for kind in ("person", "place"):
        index = _resolve(
            [("Meghla Knit Composite Ltd", "organization")],
            [("Meghla Knit Composite", kind)],
        )
        assert len(_ids(index, "Meghla Knit Composite Ltd", "Meghla Knit Composite")) == 1
        firm = index.lookup("Meghla Knit Composite")
        assert firm is not None and firm.type == "organization"


def test_two_forms_of_one_firm_are_one() -> None:
    index = _resolve(
        [("Tarnwick Freight Private Limited", "organization")],
        [("Tarnwick Freight Pvt Ltd", "organization")],
        [("Tarnwick Freight", "person")],
    )
    found = _ids(index, "Tarnwick Freight Private Limited", "Tarnwick Freight Pvt Ltd",
                 "Tarnwick Freight")  # fmt: skip
    assert len(found) == 1 and None not in found


def test_another_firm_sharing_words_stays_apart() -> None:
    index = _resolve(
        [("Meghla Knit Composite Ltd", "organization")],
        [("Meghla Textiles Ltd", "organization"), ("Meghla Knit", "organization")],
    )
    found = _ids(index, "Meghla Knit Composite Ltd", "Meghla Textiles Ltd", "Meghla Knit")
    assert len(found) == 3 and None not in found


def test_a_person_the_firm_is_named_after_stays_a_person() -> None:
    index = _resolve(
        [("Graham Pell Ltd", "organization"), ("Graham Pell", "person")],
        [("Graham Pell", "person")],
    )
    man, firm = index.lookup("Graham Pell"), index.lookup("Graham Pell Ltd")
    assert man is not None and firm is not None
    assert man.type == "person" and man.id != firm.id


def test_a_one_word_bare_name_is_not_joined() -> None:
    index = _resolve([("Expedition Pvt Ltd", "organization")], [("Expedition", "organization")])
    assert len(_ids(index, "Expedition Pvt Ltd", "Expedition")) == 2
