"""One "not traced" in a conjunct that shares its subject - "the parcel was meant for X, who
runs a shop and has not been traced" - stands accused (``nlp/claims/sought.py``,
``_untraced_conjunct``), on invented sentences; and the bail holders and absconders this
branch traced but did not build, as strict xfails."""

from __future__ import annotations

import pytest
from spacy.language import Language

from corroborate.records import Claim
from tests.nlp.test_claims import claims_of, roles


def _accused(found: list[Claim]) -> set[str]:
    return {p.name for c in found for p in c.participants if p.role == "accused"}


_UNTRACED_CONJUNCTS = {
    "The goods were meant for Arif Baig, who runs a shop in Lahore and has not been traced.": (
        "Arif Baig"
    ),
    "The consignment was meant for Nadeem Akram Butt, who owns a godown in Karachi and could "
    "not be traced.": "Nadeem Akram Butt",
    "Police said the stolen cables were sold to Sajid Mehmood, who deals in scrap and has not "
    "been traced since the raid.": "Sajid Mehmood",
}


@pytest.mark.parametrize("text", sorted(_UNTRACED_CONJUNCTS))
def test_one_not_traced_in_a_shared_subject_conjunct_is_accused(nlp: Language, text: str) -> None:
    found = claims_of(nlp, text)
    assert _UNTRACED_CONJUNCTS[text] in _accused(found), roles(found)


_NOT_SUSPECTS = {
    # a missing person: a victim word on the subject
    "Police arrested the driver. The victim, Ayesha Bibi, who left home on Monday and has not "
    "been traced, is 12.": "Ayesha Bibi",
    # the first conjunct passive: no search told of its subject
    "Police arrested the driver. The cartons were sent to Arif Baig, who was questioned and "
    "has not been traced.": "Arif Baig",
    # a conjunct with a subject of its own: the police, never the one not traced
    "Inspector Rana Tariq Mehmood led the raid and the stolen car has not been traced.": (
        "Rana Tariq Mehmood"
    ),
}


@pytest.mark.parametrize("text", sorted(_NOT_SUSPECTS))
def test_no_suspect_in_other_not_traced_conjuncts(nlp: Language, text: str) -> None:
    found = claims_of(nlp, text)
    assert _NOT_SUSPECTS[text] not in _accused(found), roles(found)


@pytest.mark.xfail(
    strict=True,
    reason="bail84: a full name the NER types ORG before 'has obtained interim pre-arrest "
    "bail' is no person to the bail reader (NER, not grammar; lf29's shape)",
)
def test_a_three_word_name_obtaining_interim_bail_is_accused(nlp: Language) -> None:
    found = claims_of(
        nlp, "Faisal Mehmood Gondal has obtained interim pre-arrest bail from the high court."
    )
    assert "Faisal Mehmood Gondal" in _accused(found), roles(found)


# bail84 left this strict xfail (lf14's shape); tie85's ``claims.conjoined_of`` reads it:
# "the bail of X, <apposition>, and his son Y" is Y's bail too.
def test_the_second_bail_holder_after_an_apposition_is_accused(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "A bench confirmed the bail of Maulana Sher Zaman, principal of the seminary, and his "
        "son Ikramullah against surety bonds.",
    )
    assert "Ikramullah" in _accused(found), roles(found)


# out90 built it (claims.named_record_subject): lf29, and lf14's relative-clause twin
def test_a_bail_holder_named_after_a_participle_phrase_is_accused(nlp: Language) -> None:
    found = claims_of(
        nlp,
        "The WAPDA line superintendent named in the FIR, Naveed Akhtar Sial, has obtained "
        "interim pre-arrest bail from the Lahore High Court's Multan bench.",
    )
    assert "Naveed Akhtar Sial" in _accused(found), roles(found)
