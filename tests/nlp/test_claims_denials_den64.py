"""Whose denial a kin's quotation tells when the sentence that introduced the kin has no verb
of saying, den64: 'X's mother, Y, wept outside the court. "My son never harmed anyone," she
said' - the speaker's "she" is the kin the sentence before is about (its main clause's
subject, an owned kin noun: ``kin_named._kin_in_view``), so "my son" is X. Before, only a
kin who had said something (a verb of saying or denying) was heard in the quote after, and
the quote was read as no one's denial. Invented sentences and names, in several countries'
words; each construction with paraphrases that must read and near misses that must not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_NAIROBI = "Police arrested Peter Mwangi after two patients died at his clinic. "
_KOTA = "Police arrested Sanjay Goyal, the director of the institute, after the basement flooded. "
_LAHORE = "The court remanded Tariq Mehmood, a prison warder, in the contraband case. "


@pytest.mark.parametrize(
    ("told", "said", "who"),
    [
        (
            _NAIROBI,
            'His mother, Grace Wanjiru, wept outside the court. "My son never harmed anyone," '
            "she said.",
            "Peter Mwangi",
        ),
        (
            _NAIROBI,
            "Mwangi's brother, Otieno Kamau, spoke to reporters. \"My brother never harmed "
            'anyone," he said.',
            "Peter Mwangi",
        ),
        (
            _NAIROBI,
            "Mwangi's mother, Grace Mwangi, waited at the gate. \"My son never harmed anyone. "
            'He treats the poor for free," she said.',
            "Peter Mwangi",
        ),
        (
            _KOTA,
            'His brother Rakesh Goyal spoke to reporters. "My brother did not block any exit," '
            "he said.",
            "Sanjay Goyal",
        ),
        (
            _LAHORE,
            "Mehmood's wife, Nasreen Bibi, sat in the front row. \"My husband never touched a "
            'phone," she said.',
            "Tariq Mehmood",
        ),
    ],
)
def test_a_kin_in_view_is_heard_in_the_quote_after(
    nlp: Language, told: str, said: str, who: str
) -> None:
    assert accused_of("denial", nlp, told + said) == {who}


@pytest.mark.parametrize(
    ("told", "said"),
    [
        # the kin in view is the victim's: "my brother" is the dead man, no accused's denial
        (
            _NAIROBI,
            "The dead man's brother, Otieno Kamau, wept outside the court. \"My brother never "
            'harmed anyone," he said.',
        ),
        # a kin noun of someone's words ("my brother") is no kin in view
        (
            _NAIROBI,
            '"My brother works at the market." "My brother never harmed anyone," he said.',
        ),
    ],
)
def test_no_kin_in_view(nlp: Language, told: str, said: str) -> None:
    assert "Peter Mwangi" not in accused_of("denial", nlp, told + said)
