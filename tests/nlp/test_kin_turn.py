"""``kin_turn.kin_turns_back``: whether the kin a speaking relative names can be the one the
speaker is kin to."""

from __future__ import annotations

from corroborate.nlp.claims.kin_turn import kin_turns_back


def test_a_spouse_of_a_spouse_and_a_child_of_a_parent_turn_back() -> None:
    assert kin_turns_back("wife", "husband")
    assert kin_turns_back("father", "son")
    assert kin_turns_back("son", "father")
    assert kin_turns_back("brother", "brother")  # no kind told: left as read


def test_a_spouses_child_and_a_parents_parent_do_not() -> None:
    assert not kin_turns_back("wife", "son")
    assert not kin_turns_back("son", "wife")
    assert not kin_turns_back("father", "father")
    assert not kin_turns_back("son", "son")
