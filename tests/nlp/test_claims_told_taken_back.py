"""What an accused told those who held him, taken back by name of the telling (conf94,
``claims.told_taken_back``), on invented sentences: a free relative of his own telling to the
police as the object of a verb of taking back ("withdrew what he told the police", "retracted
what he had told the investigating officer", "disowned what he had told the police"; and, as
before, "resiled from what he had told the police", now with where it was told), and a noun of
his own account given to the police ("withdrew the account he gave police after his arrest",
"disowned the account he had given to the police") - his custodial confession, taken back. A
witness's telling, one told to a court or to reporters, one never taken back, a threat of
taking it back, a refusal to take it back and another's version take nothing back."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of, confession_settings

_TAMANG = "Police in Dhading arrested Ram Bahadur Tamang over the killing of a teacher. "
_SALEEM = "Police in Okara arrested Imran Saleem over the murder of a shopkeeper. "
_JANKAUSKAS = "Police in Kaunas detained Tomas Jankauskas over the odometer fraud. "
_SHARMA = "Police in Indore arrested Vinod Sharma over the collapse of a swing. "


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # Nepal: the free relative the parser makes the verb's clause, after a denial
        (
            _TAMANG + "In his statement before the court, Tamang denied killing the teacher "
            "and withdrew what he told the police.",
            "Ram Bahadur Tamang",
        ),
        # Pakistan: retracted, told to the investigating officer
        (
            _SALEEM + "At the trial, Imran retracted what he had told the investigating officer.",
            "Imran Saleem",
        ),
        # a verb of disowning one's own words
        (_SALEEM + "At the trial, Imran disowned what he had told the police.", "Imran Saleem"),
        # the preposition's free relative, read as a retraction before, now with its setting
        (_SALEEM + "At the trial, Imran resiled from what he had told the police.", "Imran Saleem"),
        # Lithuania: his account given to police, with a pronoun for him
        (
            _JANKAUSKAS + "At trial he withdrew the account he gave police after his arrest, "
            "saying he had only reset service lights.",
            "Tomas Jankauskas",
        ),
        # India: the account he had given to the police, disowned
        (
            _SHARMA + "At the trial, Sharma disowned the account he had given to the police.",
            "Vinod Sharma",
        ),
        # told to the police after a confession the report told before
        (
            _SALEEM + "Imran had confessed to the police after his arrest. At the trial, Imran "
            "withdrew what he told the police.",
            "Imran Saleem",
        ),
    ],
)
def test_a_telling_to_the_police_taken_back(nlp: Language, text: str, who: str) -> None:
    assert who in accused_of("retraction", nlp, text)
    assert confession_settings(nlp, text, who) == {"custodial"}


@pytest.mark.parametrize(
    "text",
    [
        # a witness's telling: he has turned hostile, and confessed to nothing
        _SALEEM + "At the trial, the complainant withdrew what he told the police.",
        _SALEEM + "Shahid Mehmood, a witness, had told police he saw the car. At the trial, "
        "Shahid Mehmood withdrew what he told the police.",
        # told to a court: his evidence, not a statement to those who held him
        _SALEEM + "At the trial, Imran withdrew what he told the court.",
        # told to reporters, beside a paper withdrawn
        _SALEEM + "At the trial, Imran withdrew his bail application and what he told reporters.",
        # never taken back
        _SALEEM + "At the trial, Imran never withdrew what he told the police.",
        # a threat of what would follow a taking back, to "them"
        _SALEEM + "He was warned that his family would be harmed if he went back on what he had "
        "told them.",
        # a refusal to take it back
        _TAMANG + "At the hearing, Tamang refused to withdraw what he told the police.",
        # another's version given to the police
        _SALEEM + "At the trial, Imran withdrew the version the prosecution had given the police.",
    ],
)
def test_no_telling_of_his_taken_back(nlp: Language, text: str) -> None:
    assert not accused_of("retraction", nlp, text)
    assert not accused_of("confession", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="not built: 'everything he had said' (a pronoun of all, "
    "not 'what') - no open set holds it",
)
def test_everything_he_said_to_the_police_taken_back(nlp: Language) -> None:
    text = _SALEEM + "At the trial, Imran withdrew everything he had said to the police."
    assert "Imran Saleem" in accused_of("retraction", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="not built: 'every word' taken back in a lawyer's "
    "quotation, with no statement named in the sentence (lf36 has one)",
)
def test_every_word_taken_back(nlp: Language) -> None:
    text = (
        "Police in Bujumbura arrested Jean Ndayishimiye, a tanker driver, over the diversion. "
        'He confessed on television. "Before the examining magistrate he has taken back every '
        'word," his lawyer told reporters.'
    )
    assert "Jean Ndayishimiye" in accused_of("retraction", nlp, text)


@pytest.mark.xfail(
    strict=True,
    reason="not built: a reply to the police ('the reply he had "
    "made to gardai') is no noun of one's account in the lexicon (one open set)",
)
def test_a_reply_to_the_police_disowned(nlp: Language) -> None:
    text = (
        "Police in Galway charged Sean Duffy with murder. At the trial, Duffy disowned the reply "
        "he had made to gardai when charged."
    )
    assert confession_settings(nlp, text, "Sean Duffy") == {"custodial"}
