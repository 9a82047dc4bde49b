"""The readings acc74 added, on invented sentences and names.

A person's name written with initials first ("K. Murugesan", "S. Balasubramanian"), which NER
types a firm or a people, is a person's name whole (``nlp/mentions/initialled_names.py``):
before, the finder trimmed the initials off as punctuation and kept an organisation named by
the given name alone. Near misses: initials written together ("U.S. Marshals"), a place
("S. Korea"), a firm with its head word ("K. Murugesan Traders Ltd"), and a victim or a judge
so named, who is a person and no accused.

A relative named after a kinship mark ("X s/o Y", "d/o", "w/o") is no item of a list of the
accused (``NameLists._list_items``): Y is named to say which X."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.nlp.mentions import find_mentions
from tests.nlp.test_claims import accused_of


def _people(nlp: Language, text: str) -> list[str]:
    return [m.name for m in find_mentions(nlp(text)) if m.type == "person"]


@pytest.mark.parametrize(
    ("text", "kind", "name"),
    [
        # Indian legal news: a High Court upholds a conviction (the name typed a firm)
        ("The Madras High Court upheld the conviction of K. Murugesan and his brother "
         "K. Selvaraj for the murder of a farmer.", "ruling", "K. Murugesan"),
        # a police report: the name typed a people (NORP)
        ("Police in Coimbatore arrested S. Balasubramanian, a finance firm owner, for "
         "cheating depositors.", "arrest", "S. Balasubramanian"),
        # a sessions court convicts two, the first typed a people
        ("The Principal Sessions Court in Madurai convicted M. Karthikeyan and R. Pandiarajan "
         "of murdering a lorry driver.", "ruling", "M. Karthikeyan"),
    ],
)  # fmt: skip
def test_initials_before_a_given_name_are_the_accused_person(
    nlp: Language, text: str, kind: str, name: str
) -> None:
    assert name in _people(nlp, text)
    assert name in accused_of(kind, nlp, text)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The Madras High Court upheld the conviction of K. Murugesan for the murder.",
         "Murugesan"),
        ("Police in Coimbatore arrested S. Balasubramanian, a finance firm owner, for "
         "cheating depositors.", "Balasubramanian"),
    ],
)  # fmt: skip
def test_the_given_name_alone_is_no_firm(nlp: Language, text: str, name: str) -> None:
    names = {m.name: m.type for m in find_mentions(nlp(text))}
    assert names.get(name) != "organization"


@pytest.mark.parametrize(
    ("text", "not_person"),
    [
        # initials written together: an abbreviated country's body
        ("U.S. Marshals arrested the fugitive in Ohio.", "U.S. Marshals"),
        # a place written with an initial
        ("Exports to S. Korea fell after the ban, the ministry said.", "S. Korea"),
        # a firm: its head word keeps it one
        ("Police sealed the office of K. Murugesan Traders Ltd in Salem.",
         "K. Murugesan Traders Ltd"),
    ],
)  # fmt: skip
def test_initials_of_a_body_or_a_place_stay_no_person(
    nlp: Language, text: str, not_person: str
) -> None:
    people = _people(nlp, text)
    assert not_person not in people
    assert all(not p.startswith(not_person.split()[0]) for p in people)


@pytest.mark.parametrize(
    ("text", "accused", "not_accused"),
    [
        # the victim so named is a person, never the accused
        ("Police arrested S. Balasubramanian for stabbing a farmer, K. Ramasamy, in Salem.",
         "S. Balasubramanian", "K. Ramasamy"),
        # nor is the judge
        ("Justice G. Jayachandran convicted M. Karthikeyan of murder.",
         "M. Karthikeyan", "G. Jayachandran"),
    ],
)  # fmt: skip
def test_a_victim_or_judge_with_initials_is_no_accused(
    nlp: Language, text: str, accused: str, not_accused: str
) -> None:
    kind = "arrest" if "arrested" in text else "ruling"
    got = accused_of(kind, nlp, text)
    assert accused in got
    assert not_accused not in got


@pytest.mark.parametrize(
    ("text", "accused", "relative"),
    [
        # Urdu-press English: a case registered against a list's one item, s/o his father
        ("The police have registered a case against Muhammad Akram s/o Ghulam Nabi for "
         "murdering his wife in Sargodha.", "Muhammad Akram", "Ghulam Nabi"),
        # a daughter's mark, in a list of two accused
        ("A case was registered against Shamim Akhtar d/o Abdul Sattar and Naveed Anjum for "
         "kidnapping a girl.", "Shamim Akhtar", "Abdul Sattar"),
    ],
)  # fmt: skip
def test_a_relative_after_a_kinship_mark_is_no_accused(
    nlp: Language, text: str, accused: str, relative: str
) -> None:
    got = accused_of("charge", nlp, text)
    assert accused in got
    assert relative not in got
