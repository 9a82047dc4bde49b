"""Retractions told by constructions read since retr46, on invented sentences: a relative of
taking back hung inside the clause that tells how the statement was made ("a statement
recorded while he was in custody, which he had retracted"); a "him" after "The court
acquitted X, observing that"; a confession challenged by a lawyer the sentence gives no
client, whose maker its relative clause names; papers signed "without knowing what was
written on them"; a quotation's first sentence said by the speaker its last sentence names;
his words ("Every word was dictated by the investigating officer") said coerced -
each with its guards: the same grammar telling no taking back, or another's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CHARGED = "Police charged Anwar Jatoi with the murder. "
_TWO = "Police charged Anwar Jatoi and Bilal Soomro with the theft. "
_TWO_CONVICTED = "The judge found Ghulam Mahar and his nephew, Ayaz Mahar, guilty of kidnapping. "


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # a relative of taking back hung on a noun inside the clause of the statement's making
        (
            _TWO_CONVICTED + "The court acquitted Bashir Jatoi, observing that the only evidence "
            "against him was a confessional statement recorded while he was in police custody, "
            "which he had retracted at the first opportunity.",
            "Bashir Jatoi",
        ),
        (
            _CHARGED + "The court relied on a confessional statement Jatoi made in police "
            "custody, which he had retracted at the first opportunity.",
            "Anwar Jatoi",
        ),
        # a lawyer with no client named challenges a confession whose maker is named
        (
            _TWO + "In his plea explanation, read by advocate Zola Mpofu, Soomro denied the "
            "charge. The court went into a trial within a trial after Mpofu challenged the "
            "admissibility of a confession Jatoi made to a magistrate.",
            "Anwar Jatoi",
        ),
        # papers signed unread
        (
            _CHARGED + "Jatoi told the court that he never confessed to anything and that he "
            "signed papers at the police station without knowing what was written on them.",
            "Anwar Jatoi",
        ),
        # a quotation's first sentence, said by the speaker of its last
        (
            _CHARGED + "Jatoi confessed to police. His lawyer, Maria Attard, argued that the "
            'statement was given early. "He signed it at four in the morning to go home to his '
            'daughter. It was never his," she said.',
            "Anwar Jatoi",
        ),
        # his words, not named a statement, said coerced where he confessed
        (
            _CHARGED + 'Jatoi confessed to police. "I was in Lahore. Every word was dictated by '
            'the investigating officer," Jatoi said.',
            "Anwar Jatoi",
        ),
    ],
)
def test_taken_back(nlp: Language, text: str, who: str) -> None:
    assert accused_of("retraction", nlp, text) == {who}


@pytest.mark.parametrize(
    "text",
    [
        # the relative says it was never taken back
        _CHARGED + "The court relied on a confessional statement recorded while Jatoi was in "
        "police custody, which he had never retracted.",
        # the challenged statement is a witness's
        _TWO + "In his plea explanation, read by advocate Zola Mpofu, Soomro denied the charge. "
        "Mpofu challenged the admissibility of a statement the constable made to a magistrate.",
        # papers signed, nothing said of reading them
        _CHARGED + "Jatoi told the court that he signed the bail papers without delay.",
        _CHARGED + "Jatoi told the court that he signed the papers without knowing what the "
        "surety would cost.",
        # the quotation tells no coercion, or the prosecutor speaks it
        _CHARGED + 'Jatoi confessed to police. "He signed it at four in the morning and went '
        'home to his daughter. It was his own," she said.',
        _CHARGED + 'Jatoi confessed to police. "He signed it to go home. He lies now," the '
        "prosecutor said.",
        # another's words, or his words said true
        _CHARGED + "Jatoi confessed to police. Jatoi's lawyer told the court that the witness's "
        "words were fabricated.",
        _CHARGED + "Jatoi confessed to police. Jatoi told the court that every word was true.",
    ],
)
def test_not_taken_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()


def test_him_after_acquitted_is_the_acquitted(nlp: Language) -> None:
    """The "he" of "The court acquitted X, noting that he had confessed" is X; after a verb
    that makes no accused of its object, the accused the report follows."""
    acquitted = (
        "The judge convicted Ghulam Mahar of kidnapping. The court acquitted Bashir Jatoi, "
        "noting that he had confessed in police custody."
    )
    assert accused_of("confession", nlp, acquitted) == {"Bashir Jatoi"}
    questioned = (
        "The judge convicted Ghulam Mahar of kidnapping. The court questioned Bashir Jatoi, "
        "noting that he had confessed in police custody."
    )
    assert accused_of("confession", nlp, questioned) == {"Ghulam Mahar"}
