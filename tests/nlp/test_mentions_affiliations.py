"""A person's organisation and role, read from the words around the name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.mentions import find_mentions, is_modifier
from corroborate.records import Mention


def _affiliation(nlp: Language, text: str, name: str) -> tuple[str | None, str | None]:
    found = [m for m in find_mentions(nlp(text)) if m.type == "person" and m.name == name]
    assert found, text
    return found[0].organization, found[0].role


@pytest.mark.parametrize(
    "text",
    [
        "Police arrested Selim Durant, a worker of the Dockers Union, on Monday.",  # as before
        "The court sentenced Selim Durant, a former Dockers Union worker, to ten years.",
        "Selim Durant alias Tiger, the Dockers Union worker whom police accused of arson,"
        " retracted his confession.",
        "A worker of the Dockers Union, Selim Durant, confessed on Monday.",
        "A worker of the Dockers Union (DU), Selim Durant, confessed on Monday.",
    ],
)
def test_a_member_named_in_apposition_belongs_to_the_organisation(nlp: Language, text: str) -> None:
    assert _affiliation(nlp, text, "Selim Durant") == ("Dockers Union", "worker")


@pytest.mark.parametrize(
    "text",
    [
        # the organisation is the speaker, not the named man's
        "He met Selim Durant, the Dockers Union said on Monday.",
        # a comma list: the union comes after another name, as one of the list
        "Police arrested Selim Durant, Omar Reyes and a worker of the Dockers Union.",
    ],
)
def test_no_affiliation_without_a_role_beside_the_name(nlp: Language, text: str) -> None:
    assert _affiliation(nlp, text, "Selim Durant") == (None, None)


def test_a_name_with_its_acronym_before_a_noun_only_modifies_it() -> None:
    """ "the Public Safety Ordinance (PSO) law": the name and its acronym modify "law" (the
    content's names leave both out, ``nlp.facts``); an acronym in brackets before a comma
    or a joining word leaves the name a name."""
    text = "The province invoked the Public Safety Ordinance (PSO) law against Omar Vane."
    start = text.index("Public")
    law = Mention(start, start + len("Public Safety Ordinance"), "Public Safety Ordinance",
                  "organization", "Public Safety Ordinance", "acronym")  # fmt: skip
    start = text.index("PSO")
    acronym = Mention(start, start + 3, "PSO", "organization", "PSO", "ORG")
    assert is_modifier(text, law) and is_modifier(text, acronym)
    text = "Selim Durant, a worker of the Dockers Union (DU), was arrested in Eastport."
    start = text.index("Dockers")
    union = Mention(start, start + len("Dockers Union"), "Dockers Union", "organization",
                    "Dockers Union", "acronym")  # fmt: skip
    assert not is_modifier(text, union)
    text = "Selim Durant, a worker of the Dockers Union (DU) in Eastport, was arrested."
    assert not is_modifier(text, union)


def test_an_appositive_role_is_its_names_not_the_documents_focus(nlp: Language) -> None:
    """ "The chairwoman of P" alone stands for the person the report is about; after "X, "
    it is X's appositive, and the report's most named person never takes X's office."""
    about = "Tom Brook opened his campaign. Tom Brook spoke in Eastport. "
    alone = find_mentions(nlp(about + "The chairwoman of the Harbour Workers Party praised him."))
    assert [(m.name, m.role) for m in alone if m.label == "role"] == [("Tom Brook", "chairwoman")]
    text = about + "Mara Quist, the chairwoman of the Harbour Workers Party, is supporting Brook."
    found = find_mentions(nlp(text))
    assert {m.name for m in found if m.role == "chairwoman"} == {"Mara Quist"}


def _role_people(nlp: Language, text: str, role: str) -> list[str]:
    """The names the role phrase (``label == "role"``) is read as."""
    return [m.name for m in find_mentions(nlp(text)) if m.label == "role" and m.role == role]


@pytest.mark.parametrize(
    "text",
    [
        "Selim Durant spoke to reporters on Monday. He later met the DWU chief.",
        "Selim Durant spoke to reporters on Monday. Selim Durant later met the DWU chief"
        " in Eastport.",
        "Selim Durant flew to Eastport, where he visited the DWU chief at home.",
        "Selim Durant spoke on Monday. In his meeting with the DWU chief, he asked for calm.",
        "Selim Durant spoke on Monday. She said her talks with the chief of the DWU went well.",
    ],
)
def test_a_role_phrase_the_focus_person_acts_on_is_someone_else(nlp: Language, text: str) -> None:
    """ "He met the union chief": the object of the focus person's own act (or of his meeting)
    is another person, so the role phrase is not read as the focus person."""
    assert _role_people(nlp, text, "chief") == []


@pytest.mark.parametrize(
    "text",
    [
        # the police act on the role phrase: it may well be the man the report is about
        "Selim Durant was charged on Monday. Police said they arrested the DWU chief at his home.",
        # his own role, after "as"
        "Selim Durant spoke on Monday. In his years as the DWU chief, he built schools.",
        # a subject of its own
        "Selim Durant was charged on Monday. The DWU chief denied the charge.",
    ],
)
def test_a_role_phrase_others_act_on_stays_the_focus_person(nlp: Language, text: str) -> None:
    assert _role_people(nlp, text, "chief") == ["Selim Durant"]
