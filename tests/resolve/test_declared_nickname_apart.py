"""A nickname one report declares outranks another report's two full names
(``resolve.declared.declared_nickname_names``, ``resolve.name_types.mark_apart``): a bail
report writing "Chinedu Emeka Nwosu" in its title and "Bobo Nwosu" in its ruling names one
man when an earlier report declared "Emeka Nwosu alias Bobo Nwosu". Invented names only."""

from __future__ import annotations

from corroborate.records import Mention
from corroborate.resolve.declared import declared_nickname_names
from corroborate.resolve.entities import resolve_entities
from corroborate.resolve.nodes import DocumentMentions
from corroborate.resolve.statistics import Declaration


def _doc(
    id_: str, published: str, *names: tuple[str, str | None], sep: str = ". The court heard "
) -> DocumentMentions:
    """People one after another, each with the nickname it declares, if any (``sep``
    ", " makes them a list; a sentence between them does not)."""
    text, mentions = "", []
    for name, alias in names:
        if text:
            text += sep
        start = len(text)
        text += name
        mentions.append(Mention(start, len(text), name, "person", name, "PERSON",
                                alias=alias, alias_kind="alias" if alias else None))  # fmt: skip
    return DocumentMentions(id_, published, mentions)


DECLARING = _doc("a", "2025-01-10", ("Emeka Nwosu", "Bobo Nwosu"))


def _people(*docs: DocumentMentions) -> list[str]:
    return sorted(e.name for e in resolve_entities(docs).entities if e.type == "person")


def test_a_declared_nickname_beside_the_full_name_is_one_man() -> None:
    later = _doc("b", "2025-06-01", ("Chinedu Emeka Nwosu", None), ("Bobo Nwosu", None))
    index = resolve_entities([DECLARING, later])
    man = index.lookup("Chinedu Emeka Nwosu")
    assert man is not None and index.lookup("Bobo Nwosu") == man
    assert index.lookup("Emeka Nwosu") == man


def test_the_report_order_does_not_matter() -> None:
    earlier = _doc("b", "2024-06-01", ("Chinedu Emeka Nwosu", None), ("Bobo Nwosu", None))
    assert len(_people(DECLARING, earlier)) == 1


def test_without_the_declaration_two_full_names_stay_two() -> None:
    alone = _doc("b", "2025-06-01", ("Chinedu Emeka Nwosu", None), ("Bobo Nwosu", None))
    plain = _doc("a", "2025-01-10", ("Emeka Nwosu", None), ("Bobo Nwosu", None))
    # (no report writes "Emeka Nwosu" beside "Chinedu Emeka Nwosu": the longer name has it)
    assert _people(plain, alone) == ["Bobo Nwosu", "Chinedu Emeka Nwosu"]


def test_a_report_writing_the_holder_and_a_longer_name_keeps_them_apart() -> None:
    # a father and son: "Emeka Nwosu" (who has the nickname) and "Chinedu Emeka Nwosu"
    later = _doc("b", "2025-06-01", ("Chinedu Emeka Nwosu", None), ("Emeka Nwosu", None))
    assert _people(DECLARING, later) == ["Chinedu Emeka Nwosu", "Emeka Nwosu"]


def test_a_list_still_tells_the_nickname_apart() -> None:
    listed = _doc("b", "2025-06-01", ("Chinedu Emeka Nwosu", None), ("Bobo Nwosu", None),
                  sep=", ")  # fmt: skip
    assert _people(DECLARING, listed) == ["Chinedu Emeka Nwosu", "Emeka Nwosu"]


def test_a_nickname_declared_for_two_men_keeps_its_marks() -> None:
    other = _doc("c", "2025-02-01", ("Ifeanyi Okafor", "Bobo Nwosu"))
    later = _doc("b", "2025-06-01", ("Chinedu Emeka Nwosu", None), ("Bobo Nwosu", None))
    # "Bobo Nwosu" stands for its holder inside each declaring report only: report b's
    # "Bobo Nwosu" is no one's nickname, and its full name keeps him apart
    assert _people(DECLARING, other, later) == ["Bobo Nwosu", "Chinedu Emeka Nwosu",
                                                "Ifeanyi Okafor"]  # fmt: skip


def test_the_nickname_names() -> None:
    emeka, bobo = ("person", "Emeka Nwosu"), ("person", "Bobo Nwosu")
    alias = Declaration(emeka, bobo, "alias", "the text says ...")
    acronym = Declaration(("organization", "Nwosu Holdings"), ("organization", "NH"),
                          "acronym", "acronym defined in the text")  # fmt: skip
    assert declared_nickname_names([(alias, "a"), (acronym, "a")]) == {"Bobo Nwosu"}
    shared = Declaration(("person", "Ifeanyi Okafor"), bobo, "alias", "the text says ...")
    assert declared_nickname_names([(alias, "a"), (shared, "c")]) == set()
