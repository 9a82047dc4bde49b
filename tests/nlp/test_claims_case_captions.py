"""Whom a case's title names (``nlp/claims/case_captions.py``): the first party of "X v. State
of Odisha" in a report of a bail or appeal proceeding, on invented sentences in the style of
Indian legal news sites (the bracketed titles after a lede, "Case Title:", "Justice Z was
hearing X v. State ...").

The party is accused only where the report has told a bail or appeal ruling by the title's
sentence (named or not), the other side is the State, and the party is a person's full name.
Near misses: a title with no proceeding told (a writ to trace a missing girl), a firm's case,
the judge hearing it, one the report cast as the complainant or the victim. Not built (strict
xfails): the prosecution's titles of Bangladesh and Nepal, with the accused second ("State vs
X", "Government of Nepal v. X")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of, roles


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # bracketed titles closing the lede, the names written nowhere else
        ("The Orissa High Court on Friday granted bail to a ward attendant but refused "
         "bail to the contractor who supplied the vials. [Manoj Kumar Behera v. State of "
         "Odisha; Suresh Chandra Mahapatra v. State of Odisha]",
         {"Manoj Kumar Behera", "Suresh Chandra Mahapatra"}),
        # a title on a line of its own after a bail denial
        ("The Kerala High Court has denied bail to a lorry driver accused of running over a "
         "forest guard.\n\nCase Title: Rajeev Menon v. State of Kerala",
         {"Rajeev Menon"}),
        # the judge was hearing the cases: his name is no party
        ("The High Court granted regular bail to two poultry traders. Justice K. Venkata "
         "Ramana was hearing Bollu Srinivasa Rao v. State of Telangana and Mohammed Arif "
         "Khan v. State of Telangana.",
         {"Bollu Srinivasa Rao", "Mohammed Arif Khan"}),
        # "and Another": the first party named; "vs" without a stop, "versus the State"
        ("The court granted anticipatory bail to a sarpanch and his son. Case Title: "
         "Rajendra Prasad Yadav and Another vs State of Bihar",
         {"Rajendra Prasad Yadav"}),
        ("The bench refused bail to the dairy owner. In Dinesh Lal Sharma versus the State, "
         "the court noted the samples.", {"Dinesh Lal Sharma"}),
        # an appeal the report told: the appellant
        ("The High Court dismissed the criminal appeal of a former panchayat clerk. [Harish "
         "Chandra Joshi v. State of Uttarakhand]", {"Harish Chandra Joshi"}),
    ],
)  # fmt: skip
def test_a_titles_first_party_is_accused(nlp: Language, text: str, names: set[str]) -> None:
    assert names <= accused_of("accusation", nlp, text)


def test_the_judge_hearing_the_case_is_not_accused(nlp: Language) -> None:
    text = (
        "The High Court granted regular bail to two poultry traders. Justice K. Venkata "
        "Ramana was hearing Bollu Srinivasa Rao v. State of Telangana."
    )
    found = roles(claims_of(nlp, text))
    assert "accused" not in found.get("K. Venkata Ramana", set())
    assert "Bollu Srinivasa Rao" in accused_of("accusation", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        # no bail or appeal told: a writ's title, the petitioner a mother
        "The High Court directed the police to trace the missing girl within a week. [Sunita "
        "Devi v. State of Bihar]",
        # a title alone
        "Case Title: Rajeev Menon v. State of Kerala",
        # a firm's case
        "The High Court granted bail to the site engineer. [Sunrise Builders Private Limited "
        "v. State of Maharashtra]",
        # one the report cast as another part: the complainant, the victim
        "The High Court denied bail to a mason. The complainant, Latha Menon, told the Court "
        "that she had been threatened. Case Title: Latha Menon v. State of Kerala",
        "The High Court granted bail to the mason. The victim, Anita Kumari Devi, had died in "
        "March. [Anita Kumari Devi v. State of Bihar]",
        # the State on neither side
        "The court granted bail to the driver. [Rajeev Menon v. Kerala Forest Development "
        "Corporation]",
    ],
)
def test_no_title_names_an_accused(nlp: Language, text: str) -> None:
    assert not accused_of("accusation", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="the prosecution's titles of Bangladesh and Nepal name the accused second "
    "('State vs X', 'Government of Nepal v. X'): not read, no open set holds them",
)
@pytest.mark.parametrize(
    "text",
    [
        "The High Court Division granted bail to the union parishad member. [State vs "
        "Abul Kalam Azad]",
        "The Patan High Court upheld the conviction of the cooperative's chairman. "
        "[Government of Nepal v. Dil Bahadur Thapa Magar]",
    ],
)
def test_prosecutions_titles_are_not_read(nlp: Language, text: str) -> None:
    assert accused_of("accusation", nlp, text)
