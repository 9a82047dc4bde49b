"""The grammar lfa19 added: a bare surname whose own clause says "he" or "she" of its
subject stands for the bearer of that sex ("Mahato admitted that he had sold the bags",
after a man and a woman of that surname: ``mentions.said_sex``), and a person who holds a
place in an accused body answers for the body ("The company's director, X, denied the
charges": ``Sides._body_answered_for``), one held where a court holds people ("X, who is
held in the district jail on judicial remand": ``Custody._held_by_order``) and one who
"will remain" there (``Verbs._term_to_serve``) is on remand, and a passive clause after a
description the parser split from its name is the name's ("X, the young man found loading a
tanker, was acquitted": ``stranded_subject.subject_split_from_description``). Invented
sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of, claims_of, outcomes, roles

_TWO_MAHATOS = (
    "Police arrested Raju Kumar Mahato, a pharmacist, on Monday over the sale of donated "
    "blood. Gita Mahato, whose son needed two bags after a fall, said she had paid for them "
    "at a clinic.\n\n"
)


def test_a_surname_saying_he_is_the_man(nlp: Language) -> None:
    text = _TWO_MAHATOS + (
        "An inspector said Mahato admitted during questioning that he had sold the bags."
    )
    assert accused_of("confession", nlp, text) == {"Raju Kumar Mahato"}
    assert "accused" not in roles(claims_of(nlp, text)).get("Gita Mahato", set())


def test_a_surname_saying_she_is_the_woman(nlp: Language) -> None:
    # near miss: the clause's "she" keeps the woman - no confession of the pharmacist's
    text = _TWO_MAHATOS + "Mahato told reporters that she had paid twice the price."
    assert accused_of("confession", nlp, text) == set()
    assert "accused" not in roles(claims_of(nlp, text)).get("Gita Mahato", set())


_CHARGED_FIRM = (
    "Prosecutors on Monday charged Tidewater Salvage Ltd with dumping oil in the harbour. "
)


def test_the_owner_of_an_accused_company_answers_for_it(nlp: Language) -> None:
    text = _CHARGED_FIRM + "The company's owner, Ines Marlow, denied the charges."
    assert accused_of("denial", nlp, text) == {"Tidewater Salvage Ltd"}
    assert "accused" not in roles(claims_of(nlp, text)).get("Ines Marlow", set())


def test_an_owner_charged_herself_answers_for_herself(nlp: Language) -> None:
    # near miss: the owner is charged beside her firm - her denial is her own
    text = (
        "Prosecutors on Monday charged Tidewater Salvage Ltd and Ines Marlow with dumping oil "
        "in the harbour. The company's owner, Ines Marlow, denied the charges."
    )
    assert accused_of("denial", nlp, text) == {"Ines Marlow"}


_ARRESTED = "Police arrested Tomas Reyes at the harbour on Monday. "


def test_held_on_judicial_remand_in_a_relative_clause(nlp: Language) -> None:
    text = _ARRESTED + (
        "Reyes, who is held in the district jail on judicial remand, appeared before a "
        "magistrate on Friday."
    )
    assert "remanded" in outcomes(claims_of(nlp, text), "Tomas Reyes")


def test_held_in_police_custody_is_no_remand(nlp: Language) -> None:
    # near miss: the police's custody after an arrest is no court's
    text = _ARRESTED + "Reyes is being held in police custody at the harbour station."
    assert "remanded" not in outcomes(claims_of(nlp, text), "Tomas Reyes")


def test_one_who_will_remain_on_remand_is_on_remand(nlp: Language) -> None:
    text = _ARRESTED + "He will remain in the district jail on judicial remand."
    assert "remanded" in outcomes(claims_of(nlp, text), "Tomas Reyes")


def test_one_who_may_remain_in_custody_is_not_yet(nlp: Language) -> None:
    # near miss: only possible, and one who "will not" remain is not held
    for stay in ("He may remain in judicial custody.", "He will not remain in judicial custody."):
        assert "remanded" not in outcomes(claims_of(nlp, _ARRESTED + stay), "Tomas Reyes")


def test_a_passive_after_a_description_the_parser_split_off(nlp: Language) -> None:
    # the parser makes "found" the root with two subjects, "Ebo Quaye" and "man"
    text = (
        "The court convicted Kofi Mensah of smuggling. Ebo Quaye, the young man found loading "
        "a tanker on the night of the raid, was acquitted."
    )
    assert outcomes(claims_of(nlp, text), "Ebo Quaye") == {"acquitted"}


def test_a_description_with_no_name_before_it_rules_on_no_one(nlp: Language) -> None:
    # near miss: no name before the description - nobody is acquitted
    text = (
        "The court convicted Kofi Mensah of smuggling. The young man found loading a tanker "
        "on the night of the raid was acquitted."
    )
    assert outcomes(claims_of(nlp, text), "Kofi Mensah") == {"convicted"}
