"""``resolve.word_fits``: whether one name fits inside another as the word rules compare them,
the test by which the ``ends:``, ``head:`` and ``tail:`` blocks link their holders
(``blocking.linked_pairs``). Invented names only."""

from __future__ import annotations

import pytest

from corroborate.resolve.word_fits import contained_kind, fits_inside


@pytest.mark.parametrize(
    ("kind", "a", "b"),
    [
        ("ends", "Uche Okafor", "Uche Bayo Okafor"),  # a middle name given in one
        ("ends", "Uche Bayo Okafor", "Uche Okafor"),  # either order
        ("ends", "Uche Okafor", "Uche Bayo Ali Okafor"),
        ("ends", "Uche Ali Okafor", "Uche Ali Bayo Okafor"),  # three words in four, in order
        ("head", "Uche Bayo", "Uche Bayo Okafor"),  # a name that opens a longer one
        ("head", "Uche Bayo", "Syed Uche Bayo Okafor"),  # after the longer one's honorific
        ("tail", "Bayo Okafor", "Uche Bayo Okafor"),  # a name that ends a longer one
        ("tail", "Mefatul Islam Jeon", "Md Meftahul Islam Jeon"),  # a word spelled otherwise
        ("inner", "Bayo Okafor", "Uche Bayo Dimeji Okafor"),  # words after the first, in order
    ],
)
def test_a_shorter_name_fitting_a_longer_one_is_compared(kind: str, a: str, b: str) -> None:
    assert fits_inside(kind, a, b)


@pytest.mark.parametrize(
    ("kind", "a", "b"),
    [
        ("ends", "Uche Ali Okafor", "Uche Bayo Okafor"),  # as many words: never compared
        ("head", "Uche Bayo Okafor", "Uche Bayo Eze"),
        ("tail", "Uche Bayo Okafor", "Ada Bayo Okafor"),
        ("ends", "Uche Ali Okafor", "Uche Bayo Dimeji Okafor"),  # "Ali" is not in the longer
        ("head", "Uche Ali", "Uche Bayo Okafor"),  # "Ali" does not follow "Uche" there
        ("tail", "Ali Okafor", "Uche Bayo Okafor"),
        ("head", "Bayo Okafor", "Uche Bayo Okafor"),  # its tail, not its head
        ("inner", "Uche Okafor", "Uche Bayo Okafor"),  # opens with the same word
        ("inner", "Bayo Okafor", "Uche Bayo Okafor"),  # its tail: the contained-name rule's
        ("inner", "Uche Bayo Okafor", "Uche Dayo Okafor"),  # both look the block up
    ],
)
def test_names_no_word_rule_compares(kind: str, a: str, b: str) -> None:
    assert not fits_inside(kind, a, b)


def test_the_blocks_read_so() -> None:
    keys = ("ends:a:b", "head:a:b", "tail:a:b", "inner:a:b")
    assert [contained_kind(k) for k in keys] == ["ends", "head", "tail", "inner"]
    assert contained_kind("variant:a:b") is None  # linked where alike (``variants``)
    assert contained_kind("key:ab") is None
