"""The sex a first name tells, read from the name library's table (``lexicon.first_names``)."""

from __future__ import annotations

from corroborate.lexicon.first_names import first_name_sex, is_first_name


def test_names_of_many_regions_tell_their_sex() -> None:
    for name in ("Saima", "Ayesha", "Priya", "Chioma", "Fatima", "Sunita", "Grace"):
        assert first_name_sex(name) == "Fem", name
    for name in ("Kamran", "Imran", "Rahul", "Obinna", "Omar", "Ramesh", "Peter"):
        assert first_name_sex(name) == "Masc", name


def test_a_name_of_both_sexes_and_a_word_tell_none() -> None:
    for word in ("Jamie", "Jordan", "Robin", "Nusrat", "Karachi", "Court", "Police"):
        assert first_name_sex(word) is None, word


def test_case_does_not_matter() -> None:
    assert first_name_sex("SAIMA") == first_name_sex("saima") == "Fem"


def test_a_first_name_of_either_sex_is_known_but_a_common_word_is_not() -> None:
    assert is_first_name("Femi") and is_first_name("Jordan") and is_first_name("Saima")
    for word in ("Court", "Police", "Rangers", "Karachi", "Islamic"):
        assert not is_first_name(word), word
