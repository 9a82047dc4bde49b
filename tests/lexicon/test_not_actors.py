"""Media and document words name no actor, in any case; names do not match them."""

from __future__ import annotations

from corroborate.lexicon.not_actors import is_not_actor


def test_media_words_in_any_case() -> None:
    assert is_not_actor("TV") and is_not_actor("tv") and is_not_actor("SOURCE")


def test_names_are_not_media_words() -> None:
    assert not is_not_actor("Quetta") and not is_not_actor("TV One")
