"""A quoted he or she that carries on the speaker's own kin (den101).

'X's elder brother, Y, said ... "My brother went to the mela only because Z told him about a
job there. He did not kill anyone," he said': the he is the main subject of its sentence and
carries on the main subject of the quotation's sentence before, "my brother" - the speaker's
kin, read as "my brother" is read (``SpokenFor._kin_of``: the one whose brother the speaker
is), not the person named last (Z) nor the one the report ruled on before the quotation
(``claims.kin_quoted_before``). And a verb of saying inside the speaker's own quotation
("because Z told him about a job") is the quoted words', not who spoke last
(``kin_named.last_speaker_before``).

Guards: the victim's kin's "my brother ... He never harmed anyone" clears no one; a kin noun
of the other sex, or another's ("her son"), carries nothing on.

Invented sentences and names.
"""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_MANIKGANJ = (
    "MANIKGANJ: Police arrested Sohel Rana, 22, and Rubel Hossain, 25, over the killing of a "
    "college student, Arif Hasan, whose body was found in a jute field on Sunday. Both were "
    "remanded for five days. "
)
_MULTAN = (
    "MULTAN: A sessions court on Monday sentenced Tariq Javed, 41, a chemist, to ten years for "
    "selling spurious cough syrup that killed three children, and acquitted his salesman, "
    "Bilal Ahmed, 23. The court declared a Lahore dealer, Naveed Akhtar, a "
    "proclaimed offender. "
)


@pytest.mark.parametrize(
    ("text", "cleared"),
    [
        (
            _MANIKGANJ + "Sohel's elder brother, Kamal Rana, said the family did not believe the "
            'police. "My brother went to the mela only because Rubel said there was a job '
            'there. He did not kill anyone," he said.',
            {"Sohel Rana"},
        ),
        (
            _MULTAN + "Bilal's mother, Zubaida Bibi, waited at the jail gate for his release. "
            '"My son delivered parcels on a scooter for a wholesaler. He never knew what the '
            'cartons held," she said.',
            {"Bilal Ahmed"},
        ),
        (
            _MANIKGANJ + "Rubel's brother, Jamal Hossain, said Rubel had been at a cousin's "
            'wedding. "My brother stitches shirts and once made a coat for Sohel. He did not '
            'kill anyone," he said.',
            {"Rubel Hossain"},
        ),
        (
            # a he that carries on a he that carries on the kin
            _MANIKGANJ + "Sohel's mother, Rahima Begum, waited outside the court. \"My son "
            'sold tea at the station. He was at home that night. He never touched anyone," '
            "she said.",
            {"Sohel Rana"},
        ),
    ],
)
def test_quoted_he_carries_on_the_speakers_kin(nlp: Language, text: str, cleared: set[str]) -> None:
    assert accused_of("denial", nlp, text) == cleared


@pytest.mark.parametrize(
    "text",
    [
        # the victim's kin: the he is the victim, and clears no one
        _MANIKGANJ + "Arif's elder brother, Nayeem Hasan, spoke outside the court. \"My "
        'brother was a good student. He never harmed anyone," he said.',
        _MANIKGANJ + "Arif's mother, Salma Khatun, wept outside the court. \"My son was a "
        'good boy. He never fought with anyone," she said.',
        _MANIKGANJ + "Arif's elder brother, Nayeem Hasan, said the family wanted justice. "
        '"My brother went to the fair with Sohel and Rubel. He never stole anything from '
        'them," he said.',
        # a police officer's words: no kin of the speaker's, and no denial
        _MANIKGANJ + 'Inspector Moklesur Rahman said the two had confessed. "My team found '
        'the knife in the field. He led us there," he said.',
    ],
)
def test_no_denial_of_the_accused(nlp: Language, text: str) -> None:
    assert accused_of("denial", nlp, text) == set()


def test_kin_of_the_other_sex_carries_nothing_on(nlp: Language) -> None:
    """ "My daughter ... He never ...": the he is not the daughter; the reading before this
    module stands (the one the mother's words speak for)."""
    text = (
        _MANIKGANJ + "Sohel's mother, Rahima Begum, waited outside the court. \"My daughter "
        'cooks for us. He did not kill anyone," she said.'
    )
    assert accused_of("denial", nlp, text) == {"Sohel Rana"}


@pytest.mark.xfail(
    strict=True, reason="counsel's 'his client' told before the quotation: not built"
)
def test_counsel_quoted_after_his_client(nlp: Language) -> None:
    text = (
        _MANIKGANJ + "Counsel to Sohel, Barrister Kamrul Islam, said his client maintained he "
        'was only a tea seller and would appeal. "He never went near that field," Islam told '
        "journalists."
    )
    assert accused_of("denial", nlp, text) == {"Sohel Rana"}


def test_he_said_he_did_not_know(nlp: Language) -> None:
    text = (
        _MANIKGANJ
        + "Sohel appeared in court on Tuesday. He has said he did not know the knife was Rubel's."
    )
    assert accused_of("denial", nlp, text) == {"Sohel Rana"}


@pytest.mark.xfail(strict=True, reason="a company's word for its officer by noun: not built")
def test_company_speaks_for_its_manager(nlp: Language) -> None:
    text = (
        "PRAGUE: Police arrested Tomas Brandl, the manager of Vltava Freight Ltd, over bribes "
        "paid to a customs officer. The company said in a statement that its manager had never "
        "paid any official."
    )
    assert accused_of("denial", nlp, text) == {"Tomas Brandl"}
