"""audit.figure_groups: whose count it is (invented sentences and mentions)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.audit import phrases
from corroborate.audit.counts import Count
from corroborate.audit.figure_groups import attached_group, nearest_group
from corroborate.records import NONE_STATED, Mention
from tests.audit.test_figures import parsed_figures

N = NONE_STATED


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


def test_a_description_of_a_kind_of_crime_names_no_group() -> None:
    assert phrases.unnamed("gangs") and phrases.unnamed("criminal gangs")
    assert phrases.unnamed("organised gangs")
    for named in ("political groups", "banned organizations", "sectarian parties"):
        assert not phrases.unnamed(named)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a crackdown on a kind of crime names no group, nor a single raid on one; nor does it
        # let a group named further on take the count
        ("Police have arrested 318 suspects in a month-long crackdown on criminal gangs in the"
         " east.",
         [("arrests", 318.0, N)]),
        ("Over 300 suspects have been arrested in an operation targeting gangs in the east.",
         [("arrests", 300.0, N)]),
        # a description with a kind of party or an epithet still names the group
        ("Of them, 348 belonged to militant wings of political parties.", []),
        # a name with its kind after it is a group whatever the NER calls the name (gangs are
        # named after their leaders); "X gang" people are X's, not the raids' before them
        ("In three months we conducted 1,412 raids and arrested 162 members of the Rehmat Khan"
         " gang alone.",
         [("raids", 1412.0, N), ("arrests", 162.0, "Rehmat Khan gang")]),
        # people a count says are a group's own members are the group's alone, not the
        # target of the drives or the seizure beside them
        ("The Coast Guard has arrested 36 pirates, including 14 members of the Majnu Bahini,"
         " during 52 drives in the delta.",
         [("arrests", 36.0, N), ("arrests", 14.0, "Majnu Bahini"), ("raids", 52.0, N)]),
        ("Forty-one activists of the proscribed Harbour Front were also picked up, and 643"
         " weapons were recovered.",
         [("arrests", 41.0, "Harbour Front"), ("weapons_seized", 643.0, N)]),
        ("Police arrested 318 suspects. Of those arrested, 27 are suspected members of the"
         " Kayole Vipers, a gang blamed for robberies.",
         [("arrests", 318.0, N), ("arrests", 27.0, "Kayole Vipers")]),
        # a group of the raids themselves serves the counts before them (the shared dev's rule)
        ("As many as 539 people were arrested and 591 weapons seized in 396 raids on the"
         " offices of the Harbour Front.",
         [("arrests", 539.0, "Harbour Front"), ("weapons_seized", 591.0, "Harbour Front"),
          ("raids", 396.0, "Harbour Front")]),
    ],
)  # fmt: skip
def test_whose_count_in_unseen_reporting(
    nlp: Language, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert parsed_figures(nlp, text) == expected


def test_a_name_after_the_is_no_person_s() -> None:
    """The resolver may take a gang's name for a person's; after "the" it is none."""
    text = "members of the Kayole Vipers and of Amir Kayole"
    vipers = Mention(start=15, end=28, text="Kayole Vipers", type="person", name="Kayole Vipers",
                     label="ORG")  # fmt: skip
    amir = Mention(start=36, end=47, text="Amir Kayole", type="person", name="Amir Kayole",
                   label="PERSON")  # fmt: skip
    assert phrases.read_group(text, 11, len(text), [vipers, amir]) == ("Kayole Vipers", 15, 28)
    assert phrases.read_group(text, 36, len(text), [vipers, amir]) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # enf2: a name joined by a Spanish particle is one name
        ("Police arrested 188 members of Los Lobos del Estero in the port city.",
         [("arrests", 188.0, "Los Lobos del Estero")]),
        ("Troops detained 112 members of the Cártel de la Sierra Unida on Monday.",
         [("arrests", 112.0, "Cártel de la Sierra Unida")]),
    ],
)  # fmt: skip
def test_names_joined_by_particles(
    nlp: Language, text: str, expected: list[tuple[str, float, str]]
) -> None:
    assert parsed_figures(nlp, text) == expected
