"""Entity names as the mention finder and the claims read them: a body's name keeps a title
that opens it, "otherwise called" declares an alias, "SI" is a rank, a company's first word
stands for the company, "whose real name is" gives the full name, and a bare surname a court
acts on is not its harmed bearer's. Each sentence is invented."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp import names
from corroborate.nlp.mentions import find_mentions
from corroborate.nlp.mentions.firm_names import is_company
from tests.nlp.test_claims import claims_of, roles


def _mentions(nlp: Language, text: str) -> list[tuple[str, str, str | None]]:
    return [(m.type, m.name, m.alias) for m in find_mentions(nlp(text))]


def test_a_body_keeps_the_title_that_opens_its_name(nlp: Language) -> None:
    text = (
        "The Provincial Housing Authority sealed the plot, and the Regional Housing "
        "Authority cancelled its permit. The Federal Revenue Bureau questioned Tahir Sultan."
    )
    bodies = {n for t, n, _ in _mentions(nlp, text) if t == "organization"}
    assert {"Provincial Housing Authority", "Regional Housing Authority"} <= bodies
    assert "Federal Revenue Bureau" in bodies


def test_strip_titles_keeps_a_bodys_own_first_word() -> None:
    assert names.strip_titles("the Federal Revenue Bureau".split()) == [
        "Federal", "Revenue", "Bureau"
    ]  # fmt: skip
    assert names.strip_titles("Federal Minister Asad Qureshi".split()) == ["Asad", "Qureshi"]


def test_otherwise_called_declares_an_alias(nlp: Language) -> None:
    text = (
        "Charged is Leroy Mack, otherwise called 'Stone', of Hope Bay. Delroy Mack, "
        "his neighbour, said the two are not related."
    )
    assert ("person", "Leroy Mack", "Stone") in _mentions(nlp, text)


def test_si_is_a_rank_before_a_name(nlp: Language) -> None:
    text = "The complaint names SI Danish Ali Cheema of the city police."
    assert ("person", "Danish Ali Cheema", None) in _mentions(nlp, text)


def test_a_company_written_by_its_first_word(nlp: Language) -> None:
    text = (
        "Inspectors said Merrow Scaffolding Ltd had ignored the warnings. The council "
        "ended its contract with Merrow in March."
    )
    found = _mentions(nlp, text)
    assert ("organization", "Merrow Scaffolding Ltd", None) in found
    assert all(n != "Merrow" for _, n, _ in found)


def test_company_forms() -> None:
    assert is_company("Bright Star Foods (Pvt) Ltd")
    assert is_company("Kestrel Freight Private Limited")
    assert not is_company("Ltd")
    assert not is_company("Provincial Housing Authority")


def test_whose_real_name_gives_the_full_name(nlp: Language) -> None:
    text = "Police held Kaloo, whose real name is Imtiaz Warsi, at a checkpoint on Friday."
    found = _mentions(nlp, text)
    assert ("person", "Imtiaz Warsi", "Kaloo") in found
    assert all(n != "Kaloo" for _, n, _ in found)


def test_a_court_remands_the_accused_not_the_victim_of_one_surname(nlp: Language) -> None:
    text = (
        "Charged is Devon Reid, 24, a mason. Ainsley Reid, 58, was stabbed outside his shop. "
        "According to police, Ainsley Reid had quarrelled with the younger man the night "
        "before. When the men appeared in court on Monday, the magistrate remanded Reid in "
        "custody."
    )
    found = roles(claims_of(nlp, text))
    assert "accused" not in found.get("Ainsley Reid", set())


def test_a_where_clause_makes_no_party_of_its_noun(nlp: Language) -> None:
    text = "The case went to the Northern Division High Court, where all four accused will appear."
    found = roles(claims_of(nlp, text))
    assert not any("High Court" in n and "accused" in r for n, r in found.items())


def test_a_bodys_name_with_and_inside_stays_whole(nlp: Language) -> None:
    text = (
        "Police said Hari Prasad Oli, chairman of Gandaki Jyoti Saving and Credit Cooperative "
        "Ltd, was arrested. Police also arrested Ram Oli and Zenith Traders Ltd."
    )
    found = _mentions(nlp, text)
    assert ("organization", "Gandaki Jyoti Saving and Credit Cooperative Ltd", None) in found
    assert ("person", "Ram Oli", None) in found
    assert ("organization", "Zenith Traders Ltd", None) in found


def test_a_name_given_an_age_is_a_persons(nlp: Language) -> None:
    text = "Charged are 31-year-old Rohan Blake, otherwise called 'Tiger', and Omar Grant, 22."
    assert ("person", "Rohan Blake", "Tiger") in _mentions(nlp, text)
