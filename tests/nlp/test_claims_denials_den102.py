"""An accused who tells of his own knowing or doing, said by a speaker who is himself the
accused (den102): "He has said he did not know the knife was Y's" (a he the resolver ties to
an accused, saying "he"), "X's lawyer said his client had told prosecutors he did not know
where the money came from" (a lawyer's "his client" telling, inside the lawyer's words) - the
inner he is the one who speaks, whoever the outer speaker is
(``SpokenFor._accused_speaking_of_self``, asked by ``_bound_by_the_speaker`` and by
``Answers._knowing_denied``, which refused a he said by a he for "his wife said she did not
know where he had gone").

Guards: a witness's, a victim's father's, an officer's or a judge's own "he did not know"; the
accused's wife's "She said she did not know where he had gone" (the she is no accused of
hers: the name the resolver may give must be of the pronoun's sex); a witness told inside the
lawyer's words ("a witness had told police he never saw X") clears no one.

Invented sentences and names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_MANIKGANJ = (
    "MANIKGANJ: Police arrested Sohel Rana, 22, and Rubel Hossain, 25, over the killing of a "
    "college student, Arif Hasan, whose body was found in a jute field on Sunday. Both were "
    "remanded for five days. "
)


@pytest.mark.parametrize(
    "text",
    [
        _MANIKGANJ + "Sohel appeared in court on Tuesday. He has said he did not know the "
        "knife was Rubel's.",
        _MANIKGANJ + "Sohel appeared in court on Tuesday. He said he did not know the knife "
        "was Rubel's.",
        _MANIKGANJ + "Sohel's lawyer, Kamrul Islam, said his client had told prosecutors he "
        "did not know where the knife came from.",
        _MANIKGANJ + "Sohel's lawyer said his client told the court he did not know the knife "
        "was Rubel's.",
    ],
)
def test_the_accused_tells_of_his_own_knowing(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == {"Sohel Rana"}


@pytest.mark.parametrize(
    "text",
    [
        # a witness, a victim's father, an officer, a judge, counsel: their own knowing
        _MANIKGANJ + "A witness, Jamal Uddin, told the court he never saw Sohel that night. "
        "He said he did not know Rubel.",
        _MANIKGANJ + "Arif's father, Karim Hasan, spoke to reporters. He said he did not know "
        "why his son was killed.",
        _MANIKGANJ + "Investigating officer Abdul Karim told the court he did not know who "
        "owned the field.",
        _MANIKGANJ + "Judge Monir Hossain said he did not know whether the knife had been tested.",
        _MANIKGANJ + "Sohel's lawyer, Kamrul Islam, said he did not know when the trial would "
        "start.",
        # the accused's wife: her own knowing, never her husband's
        _MANIKGANJ + "Sohel's wife, Nasima Begum, spoke outside the court. She said she did "
        "not know where he had gone.",
        _MANIKGANJ + "Sohel's wife, Nasima Begum, said she did not know where he had gone that "
        "night.",
        # one told inside the lawyer's words who is not the client
        _MANIKGANJ + "Sohel's lawyer said a witness, Jamal Uddin, had told police he never saw "
        "Sohel that night.",
        _MANIKGANJ + "Sohel's lawyer said the investigating officer had told the court he did "
        "not know who owned the knife.",
        _MANIKGANJ + "The investigator told the court that he had found the knife, Sohel's "
        "lawyer said.",
        # the victim's kin telling what the victim told them
        _MANIKGANJ + "Arif's mother, Salma Khatun, said her son had told her he did not know "
        "the two men.",
    ],
)
def test_no_denial_of_the_accused(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == set()


@pytest.mark.xfail(
    strict=True, reason="a quoted 'he has maintained' said by a lawyer not named as one: not built"
)
def test_quoted_he_maintained_by_an_unnamed_lawyer(nlp: Language) -> None:
    text = (
        _MANIKGANJ + '"He has maintained from the first day that he never touched anyone, and '
        'he still does," Islam said outside the court.'
    )
    assert accused_of("denial", nlp, text) == {"Sohel Rana"}


@pytest.mark.xfail(strict=True, reason="'according to his brother' as the outer speaker: not built")
def test_maintains_according_to_his_brother(nlp: Language) -> None:
    text = _MANIKGANJ + "Sohel maintains he was at home that night, according to his brother."
    assert accused_of("denial", nlp, text) == {"Sohel Rana"}


@pytest.mark.xfail(
    strict=True, reason="a second 'that' clause of the accused's own telling: not built"
)
def test_second_that_clause_of_his_telling(nlp: Language) -> None:
    text = (
        _MANIKGANJ + "Sohel told the court that he had signed the statement after a beating "
        "and that he had never gone near the field."
    )
    assert accused_of("denial", nlp, text) == {"Sohel Rana"}


@pytest.mark.xfail(
    strict=True, reason="counsel's 'has maintained that he ... and never knew': not built"
)
def test_counsel_maintains_a_conjunct_of_not_knowing(nlp: Language) -> None:
    text = (
        _MANIKGANJ + "His lawyer has maintained that he rented the shed in good faith and never "
        "knew what happened inside."
    )
    assert accused_of("denial", nlp, text) == {"Sohel Rana"}
