"""Retractions told by constructions read since retr42, on invented sentences: signing "where
they told him to sign" (the one told is no paper named; a conjunct's signer is the subject of
the verb it is joined to); the side that challenges a statement in a trial within a trial
owns it; a statement called another's, with "not mine" beside it ("the SHO's story, not
mine"); a statement called what another told its giver to say ("his statement was what the
SHO told me to say"); a statement only attributed to him said to be typed ("the admission
attributed to him was typed in Karachi") - each with its guards: the same grammar telling
no taking back, or another's."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_CHARGED = "Police charged Anwar Jatoi with the murder. "
_TWO = "Police charged Anwar Jatoi and Bilal Soomro with the theft. "


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # signing where another pointed, told of the one told ("told him to sign")
        (
            _CHARGED + "Jatoi confessed to a magistrate. Jatoi told the court that he was "
            "beaten at a camp and signed where they told him to sign.",
            "Anwar Jatoi",
        ),
        (
            _CHARGED + "Jatoi had given a confessional statement before a magistrate, but at "
            'the trial he told the court that he was beaten at a camp and "signed where they '
            'told me to sign".',
            "Anwar Jatoi",
        ),
        # the side that challenges a statement in an inner trial owns it, not the one who
        # confessed last
        (
            _TWO + "Soomro confessed before a magistrate. Jatoi's attorney said her client "
            "had been suffocated and would challenge the admissions in a trial-within-a-trial.",
            "Anwar Jatoi",
        ),
        # a statement called another's, "not mine" beside it
        (
            _CHARGED + "Jatoi said aloud that the confession the police were relying upon was "
            '"the SHO\'s story, not mine".',
            "Anwar Jatoi",
        ),
        # a statement called what another told its giver to say
        (
            _CHARGED + "During the trial, Jatoi had told the court that his statement before "
            'the magistrate was "what the SHO told me to say" and that the boy had fallen.',
            "Anwar Jatoi",
        ),
        (
            _CHARGED + "Jatoi told the court that his confession was what the inspector told "
            "him to say.",
            "Anwar Jatoi",
        ),
        # a statement only attributed to him, said to be another's writing
        (
            _CHARGED + "Jatoi confessed during his remand, police said. In his statement under "
            "Section 342, Jatoi said the admission attributed to him was typed in Karachi.",
            "Anwar Jatoi",
        ),
        (
            _CHARGED + "Jatoi confessed during his remand, police said. Jatoi told the court the "
            "words attributed to him had been typed before he entered the room.",
            "Anwar Jatoi",
        ),
    ],
)
def test_taken_back(nlp: Language, text: str, who: str) -> None:
    assert accused_of("retraction", nlp, text) == {who}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # the paper signed is named: the one told where to sign signed a bail bond
        (
            _CHARGED + "Jatoi confessed to a magistrate. Jatoi told the court that he was "
            "released and signed the bail bond where the clerk told him to sign.",
            set(),
        ),
        # a court's verb tries the statement: whose it is stays the last confessor's
        (
            _TWO + "Soomro confessed before a magistrate. The judge admitted the statement "
            "after a trial within a trial.",
            {"Bilal Soomro"},
        ),
        # his own account, or another's words not told him to say
        (
            _CHARGED + "Jatoi told the court that his statement was what he had told the "
            "magistrate.",
            set(),
        ),
        (
            _CHARGED + "Jatoi told the court that his statement was what the witness told the "
            "inspector.",
            set(),
        ),
        # another's named but his own not denied, or his own owned
        (_CHARGED + "Jatoi said that the confession was the SHO's story.", set()),
        (_CHARGED + "Jatoi said that the confession was his own, not the SHO's.", set()),
        # typed, but his own (no attribution), by himself, or said so by the police
        (
            _CHARGED + "Jatoi confessed during his remand, police said. Jatoi told the court "
            "his statement was typed in Karachi.",
            set(),
        ),
        (
            _CHARGED + "Jatoi confessed during his remand, police said. Jatoi told the court "
            "the statement attributed to him was typed by him in Karachi.",
            set(),
        ),
        (
            _CHARGED + "Jatoi confessed during his remand, police said. The investigating "
            "officer told the court the statement attributed to Jatoi was typed in Karachi.",
            set(),
        ),
    ],
)
def test_not_taken_back(nlp: Language, text: str, who: set[str]) -> None:
    assert accused_of("retraction", nlp, text) == who
