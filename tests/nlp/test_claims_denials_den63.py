"""Whose denial a speaker's "he" or "she" tells, den63: a he that continues a sentence whose
own main subject is a he stands for whom that he was read as (``PronounChain._tie_read``),
and a body or place named ahead of a he in its sentence ("Telling the court the statement
recorded at the CIB was not his words, he said ...") no longer stops it continuing the
sentence before's subject (``Pronouns._subject_just_before``). Without them the speaker of a
quotation after such a sentence went to whoever the report had ruled on last - another
accused. Invented sentences and names, in several countries' words; each construction with
paraphrases that must read and near misses that must not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_KATHMANDU = (
    "The court sentenced broker Amit Sen to three years, and printer Ravi Das to two years. "
    "Clerk Mohan Lal was cleared of all charges. "
)
_NAIROBI = "The court convicted the driver, Peter Otieno, and acquitted the guard, John Mwangi. "
_OKARA = (
    "The sessions court convicted the munshi, Asif Raza, of taking bribes and acquitted the "
    "gateman, Naveed Anjum. "
)
_SUVA = (
    "The High Court jailed the cashier, Sefo Tuilagi, for stealing money from the bank, and "
    "freed the teller, Losa Vaai. "
)


@pytest.mark.parametrize(
    ("told", "said", "who"),
    [
        (
            _KATHMANDU,
            "Das took a different line. Telling the court that the statement recorded at the "
            'CIB was "not my words", he said an officer typed it. "I print wedding cards. I did '
            'not know what those cards were for," he said.',
            "Ravi Das",
        ),
        (
            _NAIROBI,
            "Otieno took a different line. Telling the court that the statement recorded at the "
            'DCI office was forced, he said officers beat him. "I drive a lorry. I never stole '
            'anything," he said.',
            "Peter Otieno",
        ),
        (
            _NAIROBI,
            "Otieno took a different line. Before the Kibera magistrate, he said that officers had "
            'beaten him. "I drive a lorry. I never stole anything," he said.',
            "Peter Otieno",
        ),
        (
            _OKARA,
            "Raza took a different line. Telling the court that the statement recorded at the "
            "CIA centre was dictated by the SHO, he said he had signed it under threat. "
            '"I keep the register. I never took a bribe," he said.',
            "Asif Raza",
        ),
        (
            _OKARA,
            "Raza took a different line. Before the Okara bench, he said he had signed the "
            'statement under threat. "I keep the register. I never took a bribe," he said.',
            "Asif Raza",
        ),
    ],
)
def test_a_speakers_he_continues_the_he_before(
    nlp: Language, told: str, said: str, who: str
) -> None:
    assert accused_of("denial", nlp, told + said) == {who}


@pytest.mark.parametrize(
    ("told", "said", "other"),
    [
        # a person named ahead of the he: it may be that one, so the he before is not followed
        (
            _NAIROBI,
            "Otieno took a different line. Asked by Justice Wanjiru about the entries, he said a "
            'clerk had made them. "I never stole anything," he said.',
            "Peter Otieno",
        ),
        # the he before was read as no accused: nothing to carry
        (
            _SUVA,
            "The bank's auditor, Ioane Leota, gave evidence. Speaking of the Westpac ledger, he "
            'said a clerk had made the entries. "I never checked the vault," he said.',
            "Sefo Tuilagi",
        ),
    ],
)
def test_a_speakers_he_not_carried(nlp: Language, told: str, said: str, other: str) -> None:
    assert other not in accused_of("denial", nlp, told + said)
