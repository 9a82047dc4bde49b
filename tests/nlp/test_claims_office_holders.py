"""An office held ("Former minister X", "Governor X") describes a man's job, not a part in the
case: one the report accuses stays whom a later "he" may stand for (``Reader.run``'s
``described``). Invented sentences and names."""

from __future__ import annotations

from spacy.language import Language

from tests.nlp.test_claims import accused_of

_ACQUITTED = (
    "NAIROBI - Former minister John Mwangi Otieno was on Monday acquitted of fraud. The "
    "magistrate, however, found trader Ali Hassan Omar guilty of conspiracy. Mr Otieno told "
    "reporters outside court that he had been vindicated. "
)


def test_an_accused_minister_is_the_he_who_says_he_was_innocent(nlp: Language) -> None:
    text = _ACQUITTED + '"I said from the first day that I was innocent," he said.'
    assert accused_of("denial", nlp, text) == {"John Mwangi Otieno"}


def test_a_minister_never_accused_is_still_no_one_s_he(nlp: Language) -> None:
    # the office holder here only speaks; the accused followed is not turned from
    text = (
        "LAHORE: Police arrested Kamran Ali Shah for the robbery of a bank. Interior minister "
        "Tariq Javed Gill told reporters that the police had done well. "
        '"I was never there," he said.'
    )
    assert "Tariq Javed Gill" not in accused_of("denial", nlp, text)
