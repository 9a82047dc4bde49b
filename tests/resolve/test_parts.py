"""``parts.assembled_with``: an entity's contributions added to its assembled final give what
assembling every contribution again gives (``parts.assemble``), on invented entities."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from corroborate.records import Affiliation, Alias, Entity
from corroborate.resolve.parts import Contribution, assemble, assembled_with, resolution_order

DOCS = [f"d{i}" for i in range(8)]
PUBLISHED = {d: (None if i == 7 else f"2022-01-0{1 + i // 2}") for i, d in enumerate(DOCS)}
WORDS = ["Lawal", "Kemi", "KL", "Board", "Musa"]


def _order(document_id: str) -> tuple[str, str]:
    return resolution_order(PUBLISHED[document_id], document_id)


def _base(aliases: list[str], affiliations: list[tuple[str, str | None]]) -> Entity:
    return Entity(
        "e1", "Kemi Lawal", "person",
        [Alias(a, "declared in a text", "d0") for a in aliases],
        [Affiliation(o, o.title(), r, "2022-01-01", "d0") for o, r in affiliations],
    )  # fmt: skip


def _contribution(kind: str, word: str, document_id: str, role: str | None) -> Contribution:
    if kind == "short":
        return Contribution("e1", "short", Alias(word, "short form of 'Kemi Lawal' in the "
                                                       "document", document_id))  # fmt: skip
    if kind == "acronym":
        return Contribution("e1", "acronym", Alias(word, "acronym defined in the text",
                                                   document_id))  # fmt: skip
    org = word.lower()
    affiliation = Affiliation(org, word, role, PUBLISHED[document_id], document_id)
    return Contribution("e1", "affiliation", affiliation=affiliation)


_contributions = st.lists(
    st.tuples(
        st.sampled_from(["short", "acronym", "affiliation"]),
        st.sampled_from([*WORDS, "Kemi Lawal"]),
        st.sampled_from(DOCS),
        st.sampled_from([None, "spokesman", "chair"]),
    ),
    max_size=14,
)


@settings(max_examples=400, deadline=None)
@given(
    contributions=_contributions,
    added_documents=st.sets(st.sampled_from(DOCS)),
    base_aliases=st.lists(st.sampled_from(WORDS), max_size=2),
    base_affiliations=st.lists(
        st.tuples(st.sampled_from(["board", "musa"]), st.sampled_from([None, "chair"])),
        max_size=2,
    ),
)
def test_added_contributions_assemble_as_all_of_them(
    contributions: list[tuple[str, str, str, str | None]],
    added_documents: set[str],
    base_aliases: list[str],
    base_affiliations: list[tuple[str, str | None]],
) -> None:
    """Documents that gave nothing before add contributions: the stored final with them is
    the whole assembly (mutations that fail it: an acronym read as a short form, the kept
    ones fed in reverse)."""
    base = _base(base_aliases, base_affiliations)
    keyed = [(_order(d), _contribution(k, w, d, r)) for k, w, d, r in contributions]
    given_ = [(at, c) for at, c in keyed if at[1] not in added_documents]
    added = [(at, c) for at, c in keyed if at[1] in added_documents]
    final = assemble(base, given_)
    assert assembled_with(base, final, added, _order) == assemble(base, given_ + added)


def test_an_earlier_report_takes_a_short_form_over_the_one_kept() -> None:
    """ "Lawal" kept from d5; d1, earlier, writes it too: d1's alias stands, in its place."""
    base = _base([], [])
    given_ = [(_order(d), _contribution("short", w, d, None))
              for d, w in [("d3", "Kemi"), ("d5", "Lawal")]]  # fmt: skip
    added = [(_order("d1"), _contribution("short", "Lawal", "d1", None))]
    made = assembled_with(base, assemble(base, given_), added, _order)
    assert made is not None
    assert [(a.name, a.document_id) for a in made.aliases] == [("Lawal", "d1"), ("Kemi", "d3")]


def test_a_final_that_does_not_read_as_assembled_is_left_to_the_caller() -> None:
    """An alias of no kind a document contributes, a document whose order is not known, or
    a final not made from this base: None."""
    base = _base(["KL"], [])
    odd = Entity("e1", "Kemi Lawal", "person", [*base.aliases, Alias("Kemi", "a guess", "d1")])
    assert assembled_with(base, odd, [], _order) is None
    final = assemble(base, [(_order("d1"), _contribution("short", "Kemi", "d1", None))])
    assert assembled_with(base, final, [], lambda d: None) is None
    assert assembled_with(_base([], []), final, [], _order) is None
    assert assembled_with(base, final, [], _order) == final
