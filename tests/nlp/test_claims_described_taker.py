"""A taking back whose subject is a definite description naming no one ("the constable
resiled from it") takes back the statement told in that or the sentence before, by its one
owner (``RecordedLater._described_taker``). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_INDICTED = (
    "MULTAN: An additional sessions judge on Monday indicted three policemen in the case of the "
    "death of a detainee in the lockup of the Cantt police station. Additional Sessions Judge "
    "Nadia Rehman read out the charge to former SHO Aslam Pervaiz Khokhar and constables Imran "
    "Ali Bhatti and Tariq Mehmood Joiya. The prosecution's key document is a statement Imran "
    "Ali Bhatti recorded under Section 164 of the CrPC before a judicial magistrate in May, in "
    "which he said he had held the detainee down while the inspector beat him. "
)


def test_the_constable_who_resiled_from_it_is_the_one_who_made_it(nlp: Language) -> None:
    text = _INDICTED + "On Monday the constable resiled from it."
    assert accused_of("retraction", nlp, text) == {"Imran Ali Bhatti"}


def test_a_statement_told_long_before_is_not_it(nlp: Language) -> None:
    # guard: two sentences between; "it" may be anything by then
    text = _INDICTED + (
        "The inspector denied the charges. The court fixed the next hearing for May 3. "
        "On Monday the constable resiled from it."
    )
    assert "Imran Ali Bhatti" not in accused_of("retraction", nlp, text)
