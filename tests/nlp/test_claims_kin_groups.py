"""Accused relatives called by the kin noun they share: "the Vunisa brothers", "the
brothers", and a "they" after them (``nlp/claims/kin_groups.py``), on invented sentences;
and where the kin noun stands for no one: one bearer, another family's kin, an owned noun."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CHARGED = (
    "Sione Vunisa, 30, Jone Vunisa, 26, and Aisake Tuilevu, 41, were charged with assault "
    "yesterday."
)


def test_the_surname_and_the_kin_noun_are_the_bearers(nlp: Language) -> None:
    text = f"{_CHARGED} The magistrate remanded Tuilevu and the Vunisa brothers in custody."
    assert accused_of("ruling", nlp, text, "remanded") == {
        "Aisake Tuilevu",
        "Sione Vunisa",
        "Jone Vunisa",
    }


def test_the_bare_kin_noun_is_the_one_set_sharing_a_surname(nlp: Language) -> None:
    text = f"{_CHARGED} Tuilevu was granted bail. The magistrate remanded the brothers in custody."
    assert accused_of("ruling", nlp, text, "remanded") == {"Sione Vunisa", "Jone Vunisa"}


def test_they_after_the_brothers_is_them(nlp: Language) -> None:
    text = (
        f"{_CHARGED} Tuilevu was granted bail. Lawyer Ana Rokosawa, who appeared for the "
        "brothers, told the court they would plead not guilty."
    )
    assert accused_of("denial", nlp, text) == {"Sione Vunisa", "Jone Vunisa"}


def test_one_bearer_is_no_set(nlp: Language) -> None:
    text = (
        "Sione Vunisa and Aisake Tuilevu were charged with assault yesterday. Tuilevu was "
        "granted bail. The magistrate remanded the brothers in custody."
    )
    assert accused_of("ruling", nlp, text, "remanded") == set()


def test_another_familys_kin_is_not_the_accused(nlp: Language) -> None:
    text = (
        "Sione Vunisa and Jone Vunisa were charged with the assault of Mere Tuilevu. The "
        "Tuilevu brothers told the court they wanted justice."
    )
    assert accused_of("denial", nlp, text) == set()
