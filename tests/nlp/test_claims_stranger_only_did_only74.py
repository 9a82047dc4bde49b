"""All a he or she did, told by one who is not the accused's side, is no denial of the accused:
"The guard said he had only checked the register" tells the guard's own part, whoever the
resolver takes "he" for (``Answers._narrowed_by_a_stranger``, only74). Invented sentences and
names, in the words of reports from several countries; the accused's own word, counsel's and
kin's, and a description or surname of the accused must still deny."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

_SAHIWAL = "Police arrested Imran Qureshi, 32, a contractor, over a bank theft in Sahiwal. "
_JAIPUR = "Police in Jaipur arrested Rakesh Sharma, 41, a contractor, in a cheating case. "
_CUMILLA = "Police arrested Abdul Karim, 35, a site manager, in Cumilla over stolen relief rice. "
_POKHARA = "Police arrested Ram Bahadur Thapa, 44, an agent, in Pokhara over a land fraud. "
_PORTO = "Prosecutors in Porto charged Rui Almeida, 51, a warehouse keeper, with theft of cable. "
_KISUMU = "Detectives arrested Peter Otieno, 38, a clerk, over the theft of fertiliser in Kisumu. "


@pytest.mark.parametrize(
    "text",
    [
        _SAHIWAL + "The guard said he had only checked the register.",
        _JAIPUR + "The bank manager told police he had only signed the cheques that reached him.",
        _CUMILLA + "The storekeeper said he had merely counted the sacks.",
        _POKHARA + "The ward chairman said he had only forwarded the application.",
        _PORTO + "The driver of the van said he had only loaded the crates.",
        _KISUMU + "A neighbour said he had only parked the car there.",
        _JAIPUR + "The clerk, Mohan Lal, said he had only stamped the forms.",
    ],
)
def test_a_strangers_narrowed_deed_denies_nothing(nlp: Language, text: str) -> None:
    assert not accused_of("denial", nlp, text)


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (_POKHARA + "Thapa said he had only signed the forms he was given.", "Ram Bahadur Thapa"),
        (_JAIPUR + "Sharma said he had only signed one form.", "Rakesh Sharma"),
        (_JAIPUR + "The contractor, Sharma, said he had only signed one form.", "Rakesh Sharma"),
        (_JAIPUR + "The suspect told police he had only signed one form.", "Rakesh Sharma"),
        (
            _SAHIWAL + "The contractor said he had only signed the cheques he was given.",
            "Imran Qureshi",
        ),  # fmt: skip
        (_SAHIWAL + "He said he had only signed the cheques he was given.", "Imran Qureshi"),
        (_SAHIWAL + "Qureshi's brother said he had only signed the cheques.", "Imran Qureshi"),
        (
            _CUMILLA + "The site manager told the court he had only counted the sacks.",
            "Abdul Karim",
        ),  # fmt: skip
        (
            _JAIPUR + "His counsel told the court that he had merely processed a file.",
            "Rakesh Sharma",
        ),  # fmt: skip
        (_PORTO + "Almeida's wife said he had only opened the gate for the lorry.", "Rui Almeida"),
    ],
)
def test_the_accused_sides_narrowed_deed_still_denies(nlp: Language, text: str, who: str) -> None:
    assert who in accused_of("denial", nlp, text)
