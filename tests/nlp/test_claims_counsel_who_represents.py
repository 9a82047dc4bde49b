"""A lawyer introduced by a clause of acting for a client written on the name after a
capitalised title - "Advocate Y, who represents X, said her client ...", "Lawyer Y,
representing X, ..." - speaks for X then and in the sentences after (``Counsel._acting_for``,
``Counsel.remember_counsel``). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CHARGED = (
    "DURBAN: Two warehouse workers, Themba Zulu and Andile Khumalo, appeared in court on "
    "Monday charged with the robbery of a delivery van. "
)


def test_advocate_who_represents_a_named_client_says_her_client_was_at_home(
    nlp: Language,
) -> None:
    text = (
        _CHARGED + "Advocate Naledi Mokoena, who represents Khumalo, said her client was at home."
    )
    assert accused_of("denial", nlp, text) == {"Andile Khumalo"}


def test_lawyer_representing_a_client_speaks_for_him_in_the_next_sentence(
    nlp: Language,
) -> None:
    text = (
        _CHARGED + "Lawyer Sipho Dube, representing Zulu, asked for a postponement. "
        "Mr Dube later said his client had nothing to do with the robbery."
    )
    assert accused_of("denial", nlp, text) == {"Themba Zulu"}


def test_a_lawyer_who_represents_a_witness_speaks_for_no_accused(nlp: Language) -> None:
    # guard: the client is the one the clause names, not the accused the report follows
    text = (
        _CHARGED
        + "Advocate Lerato Mokoena, who represents the van's driver, said her client had been "
        "at home."
    )
    assert accused_of("denial", nlp, text) == set()


def test_a_he_in_the_quote_of_a_lawyer_who_spoke_of_my_client(nlp: Language) -> None:
    text = (
        _CHARGED + "Lawyer Sipho Dube, representing Zulu, asked for a postponement. "
        '"My client has driven for this firm for nine years. He has nothing to do with the '
        'robbery," he said.'
    )
    assert accused_of("denial", nlp, text) == {"Themba Zulu"}


def test_a_he_in_the_quote_of_a_lawyer_about_the_officer_clears_no_one(nlp: Language) -> None:
    # guard: no clearing clause - the officer's deed, not the client's innocence
    text = (
        _CHARGED + "Lawyer Sipho Dube, representing Zulu, asked for a postponement. "
        '"My client was questioned for nine hours. He never showed him the statement," he said.'
    )
    assert accused_of("denial", nlp, text) == set()
