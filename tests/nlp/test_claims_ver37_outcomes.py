"""Branch ver37's readings of trial outcomes: a passive's subject the parser hung in the noun
list before it (``stranded_subject``), an occupation before an award's recipient read as a
purpose (``misread_purpose``), a relative clause hung on an alias (``alias_relative``), an
act done under a plea bargain, "cleared of everything"."""

from __future__ import annotations

from spacy.language import Language

from corroborate.nlp.claims.misread_purpose import recipient_read_as_purpose
from corroborate.nlp.claims.stranded_subject import subject_hung_in_a_list
from tests.nlp.test_claims import claims_of, outcomes


def test_the_subject_hung_in_the_list_before_a_passive(nlp: Language) -> None:
    text = (
        "The judge sentenced Tahir Mehmood to death and his brother Asif Ali to life "
        "imprisonment, while their cousin Nasir Khan was jailed for ten years for attempted "
        "murder and their father, Nawaz Khan, was acquitted."
    )
    doc = nlp(text)
    verb = next(t for t in doc if t.lower_ == "acquitted")
    subject = subject_hung_in_a_list(verb)
    assert subject is not None and subject.lower_ == "father"
    assert outcomes(claims_of(nlp, text), "Nawaz Khan") == {"acquitted"}


def test_no_stranded_subject_after_and(nlp: Language) -> None:
    doc = nlp("Omar Zaidi was convicted of theft and fraud and was sentenced to three years.")
    verb = next(t for t in doc if t.lower_ == "sentenced")
    assert subject_hung_in_a_list(verb) is None


def test_an_occupation_before_the_recipient(nlp: Language) -> None:
    doc = nlp("The court also handed a nine-year jail term to travel agent Dipak Lama.")
    found = [recipient_read_as_purpose(t) for t in doc]
    assert [t.text for t in found if t is not None] in ([], ["Lama"])
    assert outcomes(claims_of(nlp, doc.text), "Dipak Lama") == {"sentenced"}


def test_time_given_to_do_something_is_no_award(nlp: Language) -> None:
    found = claims_of(
        nlp, "Police arrested Omar Zaidi. The court gave him a year to pay lender Dipak Lama."
    )
    assert outcomes(found, "Omar Zaidi") == set()
    assert outcomes(found, "Dipak Lama") == set()


def test_a_relative_hung_on_an_alias(nlp: Language) -> None:
    found = claims_of(
        nlp, "Police arrested Thabo Dube, known as Shorty, who was later released on bail."
    )
    assert outcomes(found, "Thabo Dube") == {"bail"}


def test_an_act_under_a_plea_bargain_and_cleared_of_everything(nlp: Language) -> None:
    found = claims_of(nlp, "Nadir Baig returned the stolen funds under a plea bargain.")
    assert outcomes(found, "Nadir Baig") == {"convicted"}
    found = claims_of(nlp, "The bureau recovered the funds from Nadir Baig under a plea bargain.")
    assert outcomes(found, "Nadir Baig") == set()
    assert outcomes(claims_of(nlp, "Nadir Baig was cleared of everything."), "Nadir Baig") == {
        "acquitted"
    }
