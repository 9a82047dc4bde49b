"""An office written as a title before its holder's name is no part of the name: "Judicial
Magistrate Ayesha Kanwal" is Ayesha Kanwal, "Head Warder Allah Ditta Joiya" is Allah Ditta
Joiya, as "Inspector Ayesha Kanwal" always was (``names.office_before_name``). Kept in the
name, the office made one person two entities (the warder in one report, the man in the
next) and typed the holder a body. A golden table of invented names across naming cultures,
then invented sentences. Every name here is invented."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp import names
from corroborate.nlp.mentions import find_mentions
from corroborate.records import Mention
from corroborate.resolve.entities import resolve_entities
from corroborate.resolve.nodes import DocumentMentions

# (as written, the name once titles and the office are dropped)
_CUT = [
    ("Judicial Magistrate Ayesha Kanwal", "Ayesha Kanwal"),
    ("Senior Judicial Magistrate Tahmina Sultana", "Tahmina Sultana"),
    ("Metropolitan Magistrate Farida Yasmin", "Farida Yasmin"),
    ("District Public Prosecutor Nadia Perveen", "Nadia Perveen"),
    ("Additional Public Prosecutor Vandana Trivedi", "Vandana Trivedi"),
    ("Special Public Prosecutor Ashok Kumar Dwivedi", "Ashok Kumar Dwivedi"),
    ("Prosecutor Mariela Campos Rojas", "Mariela Campos Rojas"),  # Spanish double surname
    ("Head Warder Allah Ditta Joiya", "Allah Ditta Joiya"),  # a rank: any name after it
    ("Warder Ram Milan Verma", "Ram Milan Verma"),
    ("Head Constable Om Prakash Yadav", "Om Prakash Yadav"),
    ("Police Corporal Alvin Sibug", "Alvin Sibug"),
    ("Police Dinesh Raj Bhatta", "Dinesh Raj Bhatta"),  # "Superintendent of Police ..."
    ("Justices Arvind Nair", "Arvind Nair"),
    ("Additional Government Advocate Pradeep Chauhan", "Pradeep Chauhan"),
    ("Solicitor Kieran Dolan", "Kieran Dolan"),
    ("Resident Magistrate Md Kamal Uddin", "Md Kamal Uddin"),  # an honorific opens the name
]

# (as written, unchanged): no office before a person's name
_KEPT = [
    "Police Training College",  # a body: no given name after the office word
    "Rajarhat Police Station Abu Sayeed",  # a place's head after the office word
    "Judicial Magistrate Court Sheikhupura",  # a body's head after the office
    "Malik Usman Sajjad",  # an honorific opens the name
    "Dil Bahadur Tamang",
    "Mary Court Smith",  # "Court" is no office that closes a title here
    "Judicial Magistrate",  # an office with no name after it
    "Prosecutor Naveed",  # one word after the office: a surname the office tells apart
    "Nguyen Van Thanh",  # family name first
    "Abdullah bin Khalid al-Harbi",
    "Ivan Petrovich Sidorov",
    "Jean-Luc Dethier",
]


@pytest.mark.parametrize(("written", "name"), _CUT)
def test_an_office_before_a_name_is_no_part_of_it(written: str, name: str) -> None:
    assert " ".join(names.strip_titles(written.split())) == name


@pytest.mark.parametrize("written", _KEPT)
def test_a_name_with_no_office_before_it_is_kept_whole(written: str) -> None:
    assert names.office_before_name(written.split()) == 0
    assert " ".join(names.strip_titles(written.split())) == written


def _named(nlp: Language, text: str) -> set[tuple[str, str]]:
    return {(m.type, m.name) for m in find_mentions(nlp(text))}


def test_a_prosecutor_tagged_a_body_is_a_person_by_her_name(nlp: Language) -> None:
    found = _named(nlp, "District Public Prosecutor Nadia Perveen opposed the bail plea.")
    assert ("person", "Nadia Perveen") in found
    assert not any("Prosecutor" in n for _, n in found)


@pytest.mark.xfail(
    strict=True,
    reason="off85: a name NER tagged a body after an office ending in a rank ('Head Warder X', "
    "'Detective Sergeant X') keeps the base's typing: retyping it a person added a wrongly "
    "accused officer on held-out reporting (docs/claims.md, off85); the name is still cut",
)
def test_a_warder_is_named_without_his_rank(nlp: Language) -> None:
    found = _named(nlp, "Head Warder Allah Ditta Joiya was suspended after the raid.")
    assert ("person", "Allah Ditta Joiya") in found


def test_a_college_after_an_office_word_stays_a_body(nlp: Language) -> None:
    found = _named(nlp, "The students of the Police Training College protested on Monday.")
    assert ("organization", "Police Training College") in found


def _m(name: str) -> Mention:
    # the name as written: resolution drops the office (``resolve.nodes.node_name``)
    return Mention(0, len(name), name, "person", name, "PERSON", None, None)


def test_the_warder_and_the_convict_of_two_reports_are_one_person() -> None:
    index = resolve_entities([
        DocumentMentions("1", "2025-01-01", [_m("Head Warder Allah Ditta Joiya")]),
        DocumentMentions("2", "2025-02-01", [_m("Warder Allah Ditta Joiya")]),
        DocumentMentions("3", "2025-03-01", [_m("Allah Ditta Joiya")]),
    ])  # fmt: skip
    people = [e for e in index.entities if e.type == "person"]
    assert [e.name for e in people] == ["Allah Ditta Joiya"]


def test_a_relative_tagged_a_body_is_a_person(nlp: Language) -> None:
    # only a person is someone's cousin: "his cousin X" tagged ORG is typed a person, and
    # the lone given name after it stands for him
    text = (
        "Ravi Desai planned the fire with his cousin Bhavesh Solanki so that his wife "
        "could claim the money. Bhavesh was picked up from his home on Friday."
    )
    found = _named(nlp, text)
    assert ("person", "Bhavesh Solanki") in found
    assert ("organization", "Bhavesh Solanki") not in found
