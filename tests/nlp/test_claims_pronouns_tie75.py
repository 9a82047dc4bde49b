"""The tie tie75 added (``Naming._name_read``): the resolver declines a he or she after a
description that a clause between it and the last name makes a subject ("Justice Z, allowing
the petition of X, said the petitioner was a helper. He was ordered released"), and where
the lede told the accused by a description, no rule tied the "He" then. A declined pronoun
undergoing the step is read as an unresolved one is: the party the court told of in the
sentence before (``court_told.told_of_by_the_court``). Invented sentences and names; the
court's sentence paraphrased (petition, plea, bail application; the party called the
petitioner or the official; bail and remand), and near misses that must not fire: a lawyer
who speaks, a victim the court names, the judge's own "he", a "she" after a man's name."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

CLEANER = (
    "PATNA: The High Court has granted bail to a cleaner of a tanker caught carrying liquor "
    "at a check post, noting that he had spent nine months in jail.\n\n"
)
TEACHER = (
    "SYLHET: A court on Sunday sent a madrasa teacher to jail in a case of beating a "
    "student, saying he could tamper with witnesses.\n\n"
)


@pytest.mark.parametrize(
    "text",
    [
        CLEANER + "Justice Meera Sinha, allowing the petition of Ravi Shankar Yadav, said the "
        "petitioner was a helper on a daily wage. He was ordered released on two sureties of "
        "Rs 10,000 each.",
        CLEANER + "Justice Meera Sinha, hearing the plea of Ravi Shankar Yadav, observed that "
        "the petitioner was only a helper. He was released on two sureties of Rs 10,000 each.",
    ],
)
def test_the_declined_he_after_a_court_is_its_party_bailed(nlp: Language, text: str) -> None:
    assert "Ravi Shankar Yadav" in accused_of("ruling", nlp, text, "bail")


def test_the_declined_he_after_a_court_is_its_party_remanded(nlp: Language) -> None:
    text = (
        "DURBAN: A magistrate refused bail to a tender official accused of fraud.\n\n"
        "Magistrate Thandeka Zulu, hearing the bail application of Sipho Dlamini, said the "
        "official was a flight risk. He was remanded in custody until May 4."
    )
    assert "Sipho Dlamini" in accused_of("ruling", nlp, text, "remanded")


def test_the_party_the_court_calls_the_petitioner(nlp: Language) -> None:
    text = (
        "MUMBAI: The Bombay High Court has granted bail to a bank cashier accused of siphoning "
        "deposits.\n\nJustice Revati Mohite, allowing the application of Suresh Patil, noted "
        "that the petitioner had been in custody for two years. He was directed to be released "
        "on a personal bond of Rs 25,000."
    )
    assert "Suresh Patil" in accused_of("ruling", nlp, text, "bail")


@pytest.mark.parametrize(
    ("text", "stranger"),
    [
        # a lawyer, not a court, speaks: no party told of
        (
            CLEANER + "Defence counsel Asad Khan, arguing the petition for his client, said the "
            "petitioner was a helper. He was ordered released on two sureties.",
            "Asad Khan",
        ),
        # the victim the court names is described as such
        (
            TEACHER + "Chief Judicial Magistrate Abdul Momin said the injured student, Rakib "
            "Hasan, had a broken arm. He was then sent to jail.",
            "Rakib Hasan",
        ),
        # the judge's own "he" undergoes nothing
        (
            CLEANER + "Justice Meera Sinha, hearing the plea of Ravi Shankar Yadav, said the "
            "petitioner was a helper. He adjourned the hearing.",
            "Meera Sinha",
        ),
    ],
)
def test_no_one_else_is_the_declined_pronoun(nlp: Language, text: str, stranger: str) -> None:
    assert stranger not in accused_of("ruling", nlp, text)


def test_a_she_is_not_the_man_the_court_told_of(nlp: Language) -> None:
    text = (
        CLEANER + "Justice Meera Sinha, allowing the petition of Ravi Shankar Yadav, said the "
        "petitioner was a helper on a daily wage. She was ordered released on two sureties."
    )
    assert "Ravi Shankar Yadav" not in accused_of("ruling", nlp, text)
