"""Guilt itself refused, den72: where a court takes no plea, a report tells the accused's
answer by his guilt - "X does not accept criminal guilt", "X did not admit guilt", "X does not
feel guilty", "X refused to admit guilt", "X did not plead guilty" - a denial, read from the
verb (``guilt_refused``; a negated verb through ``AnswerVerbs._guilt_not_owned``). Invented
sentences and names, in the words of wire copy from several legal systems; paraphrases that
must read and near misses that must not."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_HAMAR = "Police in Hamar arrested Tor-Erik Haugen, 34, and Jonas Berg, 27, over cabin burglaries. "
_ODENSE = "Police in Odense arrested Mette Hansen, 41, a nurse, over the poisoning of patients. "
_ROTTERDAM = "Prosecutors in Rotterdam charged Sander Bakker, 39, with laundering drug money. "
_KRAKOW = "Prosecutors in Krakow charged Piotr Nowak, 50, with embezzling funds from a hospital. "
_CUMILLA = "Police arrested Abdul Karim, 35, in Cumilla on charges of embezzling relief rice. "
_ELDORET = "Detectives arrested Peter Kiplagat, 40, over the theft of fertiliser in Eldoret. "


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # guilt not admitted, accepted or acknowledged
        (_HAMAR + "According to his lawyer, Berg has not admitted guilt.", "Jonas Berg"),
        (
            _ROTTERDAM + "His lawyer said Bakker did not admit guilt and would seek acquittal.",
            "Sander Bakker",
        ),
        (_KRAKOW + "Nowak has never acknowledged his guilt.", "Piotr Nowak"),
        (_CUMILLA + "Karim did not accept guilt, his counsel told the court.", "Abdul Karim"),
        # refused, or a plea of guilt not entered
        (_ROTTERDAM + "Bakker refused to admit guilt during questioning.", "Sander Bakker"),
        (_ELDORET + "Kiplagat declined to admit guilt when he was arraigned.", "Peter Kiplagat"),
        (_ODENSE + "The nurse did not plead guilty when the trial opened.", "Mette Hansen"),
    ],
)
def test_guilt_not_owned_is_a_denial(nlp: Language, text: str, who: str) -> None:
    assert who in accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # read before den72 too (a negation in what a speaker said), kept
        (_HAMAR + "Berg does not accept criminal guilt, his defence lawyer said.", "Jonas Berg"),
        (_KRAKOW + "Nowak does not admit guilt, the prosecutor's office said.", "Piotr Nowak"),
        (_ODENSE + "Hansen has denied guilt throughout the investigation.", "Mette Hansen"),
    ],
)
def test_guilt_refused_in_words_still_read(nlp: Language, text: str, who: str) -> None:
    assert who in accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    "text",
    [
        _KRAKOW + "Nowak did not deny guilt.",  # conceded
        _KRAKOW + "Nowak neither admitted nor denied guilt.",
        _KRAKOW + "Nowak admitted guilt.",  # a confession, no denial
        _HAMAR + "Haugen did not refuse to admit guilt.",
        _ODENSE + "The judge said she did not consider the nurse guilty of the second death.",
        _KRAKOW + "Nowak did not accept the job.",  # no guilt
        _KRAKOW + "Nowak did not accept his deputy's guilt.",  # another's guilt
        _ELDORET + "Police denied torturing Kiplagat.",
        _ELDORET + "Kiplagat could not be reached for comment.",
        _ELDORET + "Kiplagat declined to comment.",
        _ELDORET + "The victim's family did not accept the verdict.",
    ],
)
def test_no_denial_without_guilt_refused(nlp: Language, text: str) -> None:
    assert not accused_of("denial", nlp, text)
