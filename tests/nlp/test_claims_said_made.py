"""A statement told by a contact relative of saying ("the admission police said he had made
during interrogation", ``claims.said_made``): the parser makes the statement a compound of
"police"; the accused who disowns it takes back his own statement, made where the giving
verb's phrase says, else in custody. Invented sentences and names."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.readings import analysis_of, settings_of

_CONVICTED = "Karim Baig was convicted of the murder. "


@pytest.mark.parametrize(
    ("told", "setting"),
    [
        ("Baig disowned the admission police said he had made during interrogation.", "custodial"),
        ("At the trial Baig repudiated the statement police say he gave.", "custodial"),
        (
            "Baig, too, disowned the admission police said he had made during interrogation.",
            "custodial",
        ),
    ],
)
def test_statement_police_said_he_made_is_taken_back(
    nlp: Language, told: str, setting: str
) -> None:
    analysis = analysis_of(nlp, _CONVICTED + told)
    assert settings_of(analysis, "confession", "Karim Baig") == {setting}
    assert settings_of(analysis, "retraction", "Karim Baig")


def test_a_statement_police_said_another_made_is_not_his(nlp: Language) -> None:
    # guard: the giver named is a witness, no pronoun the disowner binds - no confession of
    # his is told (what "disowned" alone makes of it is ``Retractions._own_taken_back``'s)
    text = _CONVICTED + "Baig disowned the statement police said the watchman had made."
    assert not settings_of(analysis_of(nlp, text), "confession", "Karim Baig")


# One reader of the custodians' clause for the retraction readers and the confession reader
# (``said_made.police_said_giving``, branch rev63): the statement noun the subject of the
# saying right after it, not only its compound; the giving verb by the words' order as well
# as by the parse; its prepositions' phrases say where it was made, not a clause hung on it.
_ARRESTED = "Police arrested Rafiq Soomro over the warehouse fire in May. "


@pytest.mark.parametrize(
    "told",
    [
        "His lawyer challenged the statement police say he gave after his arrest.",
        "At the hearing his counsel disputed the admission detectives said he made in the lockup.",
        "The defence attacked the confession investigators claim he signed at the station.",
    ],
)
def test_a_statement_the_police_say_he_made_is_his_custodial_confession(
    nlp: Language, told: str
) -> None:
    analysis = analysis_of(nlp, _ARRESTED + told)
    assert settings_of(analysis, "confession", "Rafiq Soomro") == {"custodial"}


@pytest.mark.parametrize(
    "told",
    [
        "Soomro later withdrew the confession police said he made in the lockup.",
        "Soomro has since retracted the admission detectives say he gave at the station.",
    ],
)
def test_a_statement_the_police_say_he_made_is_taken_back(nlp: Language, told: str) -> None:
    analysis = analysis_of(nlp, _ARRESTED + told)
    assert settings_of(analysis, "confession", "Rafiq Soomro") == {"custodial"}
    assert settings_of(analysis, "retraction", "Rafiq Soomro")


def test_a_clause_hung_on_the_giving_verb_says_not_where_it_was_made(nlp: Language) -> None:
    # near miss: the trial is where it will be challenged, not where it was made
    text = _ARRESTED + (
        "His lawyer said the statement police say Soomro gave after his arrest would be "
        "challenged at trial."
    )
    assert settings_of(analysis_of(nlp, text), "confession", "Rafiq Soomro") == {"custodial"}


def test_a_statement_the_police_say_a_witness_gave_is_no_confession(nlp: Language) -> None:
    # near miss: the giver is a watchman the report does not accuse
    text = _ARRESTED + "His lawyer challenged the statement police say the watchman gave."
    assert not settings_of(analysis_of(nlp, text), "confession", "Rafiq Soomro")
