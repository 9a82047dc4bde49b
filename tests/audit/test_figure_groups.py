"""audit.figure_groups: whose count it is (invented sentences and mentions)."""

from __future__ import annotations

from corroborate.audit import phrases
from corroborate.audit.counts import Count
from corroborate.audit.figure_groups import attached_group, nearest_group
from corroborate.records import Mention


def test_a_nationality_before_the_noun_is_no_group_a_party_is() -> None:
    text = "Guards held 40 Zandian men and 12 Harbour League men."
    zandian = Mention(start=15, end=22, text="Zandian", type="organization", name="Zandian",
                      label="NORP")  # fmt: skip
    nationals = Count(12, 26, "Zandian men", 40.0)
    members = Count(31, 50, "Harbour League men", 12.0)
    assert attached_group(text, nationals, len(text), [], [zandian]) is None
    assert attached_group(text, members, len(text), [], [zandian]) == "Harbour League"
    # without the NER's word that it is a people, a name before the noun is a group
    assert attached_group(text, nationals, len(text), [], []) == "Zandian"


def test_the_nearest_group_before_else_after_with_no_count_between() -> None:
    before = phrases.GroupPhrase("Harbour League", trigger=10, start=20, end=34)
    after = phrases.GroupPhrase("Delta Front", trigger=60, start=70, end=81)
    assert nearest_group([before, after], 40, []) == "Harbour League"
    assert nearest_group([after], 40, []) == "Delta Front"
    assert nearest_group([after], 40, [50]) is None  # "Among the 62 ..., 39 were linked to X"
