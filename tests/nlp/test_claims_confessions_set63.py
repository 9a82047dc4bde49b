"""set63's construction of a court told of a confession: a confession named by a noun
inside what someone tells a court ("X told the court that the video of his so-called
confession was made at the police station", "told the court
... that he had never made any admission") was not made before that court where the told
clause places it elsewhere or denies it was made - the court heard the telling
(``claims.court_heard``). Its setting is what the told clause says, else unknown (which the
ledger may fill from the case: ``ledger.retold_setting``). Near misses: a
confession made to the court ("admitted before the court that ...", "told the court he had
confessed", the court in the verb's own phrase, a magistrate the confession's clause names)
stays judicial, and so does one the told clause says nothing of where ("the prosecutor told
the court that X's confessional statement was recorded voluntarily")."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims_confessions_conf35 import settings

_ONE = "Rafiq Soomro, 41, was charged with theft. "


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        (_ONE + "Soomro told the court that the video of his so-called confession was made at "
         "the police station.", "custodial"),
        (_ONE + "Soomro assured the bench that his alleged confession had been recorded at a "
         "police station after two nights without sleep.", "custodial"),
        (_ONE + "Soomro told the court through his lawyer that he had never made any "
         "admission.", "unknown"),
        (_ONE + "Soomro told the bench that the confession attributed to him was not his.",
         "unknown"),
    ],
)  # fmt: skip
def test_court_told_of_a_confession_is_no_setting(nlp: Language, text: str, setting: str) -> None:
    assert settings(nlp, text, "Rafiq Soomro") == {setting}


@pytest.mark.parametrize(
    "text",
    [
        _ONE + "Soomro told the magistrate in his confessional statement that he had stolen "
        "the cattle.",
        _ONE + "Soomro admitted before the court that he stole the cattle.",
        _ONE + "Soomro told the court that he had confessed to stealing the cattle.",
        _ONE + "The investigating officer told the court that Soomro's confession was recorded "
        "before a magistrate.",
        _ONE + "Soomro made a confession before the magistrate, the court was told.",
        # the told clause says nothing of where: the court stays
        _ONE + "The prosecutor told the court that Soomro's confessional statement had been "
        "recorded voluntarily.",
        _ONE + "The magistrate who recorded the confession told the court that Soomro's "
        "confession was voluntary.",
        _ONE + "Soomro told the court that he stood by his confession.",
    ],
)
def test_confession_made_to_the_court_stays_judicial(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Rafiq Soomro") == {"judicial"}
