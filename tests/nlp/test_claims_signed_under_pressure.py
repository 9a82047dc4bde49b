"""A confession disowned as signed under pressure, on blank papers or without reading it: the
retraction class counted by conf97 and not built (strict xfails, invented sentences).

Counted over the base's retraction misses in the odd opened held-out sets and the long-form
sets: 9 cases in 9 sets (h5, h9, h11, h15, h17, h19, lf10, lf28, lf34), and in every one the
confession itself was missed too - the report tells the confession only by its disowning.
``blank_signed``, ``signed_it`` and ``coerced`` read the shapes built so far ("he signed
blank papers", "saying he signed it after three days in a cell"); these wordings are not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_ARREST = "Police arrested Arjun Mehta in March. "


@pytest.mark.xfail(
    strict=True,
    reason="a letter that says the statement was signed unread: 'wrote to the magistrate "
    "that he had signed the statement without reading it' is read as nothing",
)
def test_signed_without_reading_told_in_a_letter(nlp: Language) -> None:
    text = _ARREST + (
        "Mehta later wrote to the magistrate that he had signed the statement without reading it."
    )
    assert "Arjun Mehta" in accused_of("retraction", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="a signature obtained on blank sheets, told in the passive by counsel: no "
    "signer is the subject of a verb of signing",
)
def test_a_signature_obtained_on_blank_sheets(nlp: Language) -> None:
    text = _ARREST + (
        "His counsel said Mehta's signature had been obtained on blank sheets in custody."
    )
    assert "Arjun Mehta" in accused_of("retraction", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="'was made to sign blank papers': the confession is read, its taking back is not "
    "(blank_signed asks for a subject who signs, not one made to)",
)
def test_made_to_sign_blank_papers(nlp: Language) -> None:
    text = _ARREST + (
        "His lawyer told the court that Mehta was made to sign blank papers at the police station."
    )
    assert "Arjun Mehta" in accused_of("retraction", nlp, text)
