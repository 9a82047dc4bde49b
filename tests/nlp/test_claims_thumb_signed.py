"""A paper signed with the thumb (``claims.thumb_signed``): told by the accused's side as done
because someone made or forced him ("the police made him put his thumb on a paper", "he was
made to put his thumb impression on whatever the SHO wrote"), or on a paper he could not read
("put his thumb on papers he could not read", through ``unread_statement``), the paper is his
statement taken back. Near misses: a thumb put of his own will (a register, a bail bond), a
brother or a witness made to put his thumb, the police or an inspector telling it, the
causing negated. Invented sentences and names; no positive case reads a retraction on
e5441ed9."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_SAHIWAL = "Police in Sahiwal arrested Ghulam Rasool for the murder of a landlord. "
_SYLHET = "Abdul Kader, 40, was arrested in Sylhet for robbing a jewellery shop. "
_DHARAN = (
    "Bishnu Rai was arrested in Dharan over the death of a lodge owner. Rai confessed to "
    "police, the DSP said. "
)
_MULTAN = "Sajjad Hussain was arrested in Multan for killing a cattle trader. "


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            _SAHIWAL + "In his statement under Section 342, Rasool said the police had made "
            "him put his thumb on papers he could not read.",
            "Ghulam Rasool",
        ),
        (
            _DHARAN + "At the district court, Rai said police had made him put his thumbprint "
            "on a statement he could not read.",
            "Bishnu Rai",
        ),
        (
            _SYLHET + '"He was made to put his thumb on whatever the inspector wrote," his '
            "brother said.",
            "Abdul Kader",
        ),
        (
            _MULTAN + "Hussain told the court that officers had forced him to put his thumb "
            "impression on the statement.",
            "Sajjad Hussain",
        ),
        (
            _SYLHET + "Kader's lawyer told the tribunal that the police had made his client "
            "put his thumb on a paper.",
            "Abdul Kader",
        ),
        # hyphened, the mark is read by its head noun ("impression", "print"), the tokenizer
        # splitting "thumb" off at the hyphen (mnd78: no hyphened word in the lexicon)
        (
            _MULTAN + "Hussain told the court that officers had forced him to put his "
            "thumb-impression on the statement.",
            "Sajjad Hussain",
        ),
        (
            _SAHIWAL + "Rasool said the police had made him put his thumb-print on papers he "
            "could not read.",
            "Ghulam Rasool",
        ),
    ],
)
def test_thumb_put_unfreely_takes_the_statement_back(nlp: Language, text: str, name: str) -> None:
    assert accused_of("retraction", nlp, text) == {name}


@pytest.mark.parametrize(
    "text",
    [
        # of his own will: a register, a bail bond
        _SAHIWAL + "Rasool told the court he put his thumb on the register every morning.",
        _MULTAN + "Hussain put his thumb impression on the bail bond and was released.",
        # another made to put his thumb
        _SAHIWAL + "Rasool said the police had made his brother put his thumb on a paper.",
        _DHARAN + "The witness Hari Gurung told the court the police had made him put his "
        "thumb on a statement.",
        # the other side tells it
        _MULTAN + "The inspector said Hussain was made to put his thumb impression on the "
        "statement in the presence of a magistrate.",
        # the causing negated
        _SYLHET + "Kader said nobody had forced him and that he did not make anyone put a "
        "thumb on a paper.",
    ],
)
def test_thumb_put_freely_or_by_another_takes_nothing_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == set()
