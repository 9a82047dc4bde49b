"""conf35's constructions of a confession, on invented sentences, with their guards: an
interview under caution (``interview_nouns``) and a challenge to a statement's worth
(``weighing_nouns``: ``claims/challenged.py``), an accused's police statement
(``placed_setting._custodians_own``), an admission made by a plea bargain
(``PleaBargains._admitted_by_bargain``), a participle of admitting after "after"
(``claims/after_admitting.py``), and a crime admitted in custody as a passive or by "It was
admitted by X" (``claims/passive_deed.py``)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of


def settings(nlp: Language, text: str, name: str) -> set[str | None]:
    from tests.nlp.test_claims import claims_of

    return {
        c.setting
        for c in claims_of(nlp, text)
        if c.kind == "confession"
        and any(p.name == name and p.role == "accused" for p in c.participants)  # fmt: skip
    }


@pytest.mark.parametrize(
    ("text", "name", "setting"),
    [
        (
            "Police charged Viliami Fonua with robbery. Sergeant Ana Taufa said Fonua had made "
            "admissions in his caution interview.",
            "Viliami Fonua",
            "custodial",
        ),
        (
            "Police charged Viliami Fonua with robbery. The magistrate admitted Fonua's caution "
            "interview.",
            "Viliami Fonua",
            "custodial",
        ),
        (
            "Police charged Viliami Fonua with robbery. The court heard Fonua's police statement, "
            "in which he said he had driven the getaway car.",
            "Viliami Fonua",
            "custodial",
        ),
        (
            "Police charged Viliami Fonua with robbery. Fonua was jailed for three years after "
            "admitting the charge.",
            "Viliami Fonua",
            "judicial",
        ),
        (
            "Police charged Viliami Fonua with robbery. Fonua admitted his role under a plea deal "
            "with prosecutors.",
            "Viliami Fonua",
            "judicial",
        ),
        (
            "Police charged Viliami Fonua with robbery. It was admitted by Fonua during "
            "questioning that the shop had been robbed at knifepoint.",
            "Viliami Fonua",
            "custodial",
        ),
    ],
)
def test_confessions_read_with_their_setting(
    nlp: Language, text: str, name: str, setting: str
) -> None:
    assert settings(nlp, text, name) == {setting}


@pytest.mark.parametrize(
    "text",
    [
        # an interview with no caution is as often one given to the press
        "Police charged Viliami Fonua with robbery. The magistrate admitted Fonua's interview "
        "with a newspaper.",
        # a statement of the police, with no owner of its own
        "Police charged Viliami Fonua with robbery. In a police statement, Inspector Sione "
        "Lolo said the shop had been robbed at knifepoint.",
        # what was done to him, not by him
        "Police charged Viliami Fonua with robbery. Fonua admitted during questioning that he "
        "had been beaten.",
        # another named as the doer
        "Police charged Viliami Fonua with robbery. Fonua admitted during questioning that the "
        "shop had been robbed by Tevita Lolo.",
        # said by no accused
        "Police charged Viliami Fonua with robbery. It was admitted by the police during the "
        "hearing that the shop had been robbed.",
        # no crime in the clause
        "Police charged Viliami Fonua with robbery. Fonua admitted during questioning that the "
        "shop was closed that night.",
        # a deal only refused
        "Police charged Viliami Fonua with robbery. Fonua refused to admit his role under a "
        "plea deal.",
    ],
)
def test_no_confession_read(nlp: Language, text: str) -> None:
    assert accused_of("confession", nlp, text) == set()


def test_a_caution_interview_challenged_is_taken_back(nlp: Language) -> None:
    text = ("Police charged Viliami Fonua with robbery. Fonua's lawyer said his client would "
            "challenge the admissibility of his caution interview.")  # fmt: skip
    assert accused_of("retraction", nlp, text) == {"Viliami Fonua"}


def test_the_worth_of_a_witness_statement_challenged_is_no_retraction(nlp: Language) -> None:
    text = ("Police charged Viliami Fonua with robbery. Fonua's lawyer said he would challenge "
            "the admissibility of the statement of the witness Mele Hufanga.")  # fmt: skip
    assert accused_of("retraction", nlp, text) == set()
