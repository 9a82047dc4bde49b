"""Lists and full names read from mention offsets."""

from __future__ import annotations

from corroborate.records import Mention
from corroborate.resolve.apart import listed_together, named_in_full


def _m(name: str, start: int, text: str | None = None, kind: str = "person") -> Mention:
    written = text or name
    return Mention(start, start + len(written), written, kind, name, "PERSON")  # type: ignore[arg-type]


def test_runs_of_close_person_mentions_are_lists() -> None:
    # "Budha Ram, Kesar Lal and Budhi Ram were convicted. Later, Kesar Lal said ..."
    mentions = [_m("Budha Ram", 0), _m("Kesar Lal", 11), _m("Budhi Ram", 25),
                _m("Quetta", 36, kind="place"), _m("Kesar Lal", 60)]  # fmt: skip
    assert list(listed_together(mentions)) == [["Budha Ram", "Kesar Lal", "Budhi Ram"]]


def test_a_lone_name_or_a_repeated_one_is_no_list() -> None:
    assert list(listed_together([_m("Budha Ram", 0), _m("Budha Ram", 11)])) == []
    assert list(listed_together([_m("Budha Ram", 0), _m("Budhi Ram", 40)])) == []


def test_full_names_only_as_written() -> None:
    mentions = [_m("Sana Qureshi", 0), _m("Sana Qureshi", 30, text="Qureshi"), _m("Sana", 50)]
    assert named_in_full(mentions) == {"Sana Qureshi"}
    assert named_in_full([_m("Sana Qureshi", 30, text="Qureshi")]) == set()
