"""lfcd21's construction of a confession: an admitting verb whose object is the accusation
itself ("police said he had admitted to the allegations", "X admitted the accusations before
the magistrate"), read as "admitted his guilt" is (``OwnAdmissions._admits_crime``, the lexicon's
``grounds_nouns`` less the charge and count a plea admits) - the same nouns a denial answers
("denied the allegations"). Guards: none of them admitted, the accusation the subject of an
admitted clause, a charge (a plea, read elsewhere). And an admission of one's own doing that
the police tell of ("Police said X had admitted stealing the car", "X admitted forging the
cheques, investigators said"): what the police say their suspect admitted he told them, a
custodial setting as "during interrogation" is (``OwnAdmissions._admits_own_deed_told_there``), by
one the report accuses only."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings

_ONE = "Police on Tuesday arrested Kwabena Asante, 41, on suspicion of fraud. "
_TWO = "Detectives detained Ingrid Halvorsen on suspicion of arson. "


@pytest.mark.parametrize(
    ("text", "who", "setting"),
    [
        (_ONE + "Police said he had admitted to the allegations.", "Kwabena Asante",
         "custodial"),
        (_ONE + "Asante admitted the accusations during questioning, police said.",
         "Kwabena Asante", "custodial"),
        (_TWO + "According to detectives, Halvorsen has admitted the allegation.",
         "Ingrid Halvorsen", "custodial"),
        (_TWO + "Halvorsen admitted the accusations against her when she appeared before the "
         "magistrate on Monday.", "Ingrid Halvorsen", "judicial"),
    ],
)  # fmt: skip
def test_the_accusation_admitted_is_a_confession(
    nlp: Language, text: str, who: str, setting: str
) -> None:
    assert settings(nlp, text, who) == {setting}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # none of it admitted
        (_ONE + "Asante's lawyer said his client admitted none of the allegations.",
         "Kwabena Asante"),
        # the accusation the subject of what is admitted: a clause about it, no deed
        (_TWO + "Halvorsen admitted the allegations against the fire service were serious.",
         "Ingrid Halvorsen"),
        # the accusation denied, not admitted
        (_ONE + "Asante denied the allegations.", "Kwabena Asante"),
    ],
)  # fmt: skip
def test_no_accusation_admitted(nlp: Language, text: str, who: str) -> None:
    assert who not in accused_of("confession", nlp, text)


_THREE = "Officers arrested Tomasz Wrobel on suspicion of burglary. "


@pytest.mark.parametrize(
    "text",
    [
        _THREE + "Police said Wrobel had admitted breaking into the warehouse.",
        _THREE + "Wrobel admitted to forcing the back door, investigators said.",
        _THREE + "Detectives say Wrobel has admitted taking the laptops.",
    ],
)
def test_own_doing_admitted_as_the_police_tell_it(nlp: Language, text: str) -> None:
    assert settings(nlp, text, "Tomasz Wrobel") == {"custodial"}


@pytest.mark.parametrize(
    ("text", "who"),
    [
        # one the report accuses of nothing: a witness's admission, told by the police
        (_THREE + "Police said Anna Kowalczyk, the night guard, had admitted leaving the gate "
         "open.", "Anna Kowalczyk"),
        # another named in the report, never accused: his own doing is no crime told
        (_THREE + "Police said the landlord, Piotr Nowak, had admitted renting the flat to "
         "Wrobel.", "Piotr Nowak"),
    ],
)  # fmt: skip
def test_admission_not_told_by_the_police_of_their_suspect(
    nlp: Language, text: str, who: str
) -> None:
    assert who not in accused_of("confession", nlp, text)
