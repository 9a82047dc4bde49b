"""The romanisation pairs load as typed, lower-case pairs the resolver can apply in order."""

from __future__ import annotations

from corroborate.lexicon.transliteration import transliteration


def test_pairs_load_lower_cased_in_file_order() -> None:
    lex = transliteration()
    assert lex.letters and all(len(pair) == 2 for pair in lex.letters)
    assert all(a == a.lower() and b == b.lower() and a != b for a, b in lex.letters)
    assert ("z", "j") in lex.letters and lex.shortest_word >= 2


def test_a_longer_spelling_comes_before_the_letters_it_holds() -> None:
    """ "ph" must be written "f" before a one-letter pair could rewrite its "p" or "h"."""
    letters = [written for written, _ in transliteration().letters]
    for i, written in enumerate(letters):
        assert not any(later in written and later != written for later in letters[:i])
