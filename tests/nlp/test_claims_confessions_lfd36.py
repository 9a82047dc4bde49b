"""lfd36's readings of a confession named by the clause of its giving with no relative word,
which the parser hangs beside the statement noun rather than under it
(``claims.contact_givers``): "The confession Bikash gave the police, which he had withdrawn,
was not decisive" (the name in apposition, the verb of giving the sentence's own), "the
confession the driver allegedly made to the police was inadmissible" (the giver a second
subject, the giving a participle on him), "a confession he was said to have made to police,
which he disowned before the court" (the reporter's distance) - the giver's confession, set by
whom it was given to, and what a relative on that clause's object takes back is the
confession. Near misses: the statement noun of no confession, a giving verb with an object of
its own, a comma between the noun and the name; and strict xfails for lf36's classes no other
open set held (not built)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of
from tests.nlp.test_claims_confessions_conf35 import settings

_RAM = "The Sessions Court on Monday sentenced Ramesh Kumar, a driver, to life for the murder. "
_ACQ = "The Sessions Court on Monday acquitted Ramesh Kumar, a driver, of the murder. "


@pytest.mark.parametrize(
    ("text", "setting"),
    [
        # the giver a name the parser hangs on the noun, the verb of giving the sentence's
        (_RAM + "The confession Ramesh gave the police was not decisive, the judge said.",
         "custodial"),
        (_RAM + "The confession Ramesh gave the police, which he had withdrawn in his "
         "statement before the court, was not decisive, the judge said.", "custodial"),
        # the giver a described second subject, the giving a participle on him
        (_RAM + "The court held that the confession the driver allegedly made to the police was "
         "inadmissible.", "custodial"),
        # the reporter's distance, the relative of the passive "said" on the noun
        (_ACQ + "The court held that the case against the driver rested on a confession he "
         "was said to have made to police, which he disowned in his statement before the "
         "court.", "custodial"),
        # the reporter's distance cut loose from the noun by the parser
        (_ACQ + "The judge said he placed no reliance on the confession Ramesh was said to "
         "have made before the investigation team.", "custodial"),
    ],
)  # fmt: skip
def test_contact_giver_confesses(nlp: Language, text: str, setting: str) -> None:
    assert accused_of("confession", nlp, text) == {"Ramesh Kumar"}
    assert settings(nlp, text, "Ramesh Kumar") == {setting}


@pytest.mark.parametrize(
    "text",
    [
        _RAM + "The confession Ramesh gave the police, which he had withdrawn in his statement "
        "before the court, was not decisive, the judge said.",
        _ACQ + "The court held that the case against the driver rested on a confession he was "
        "said to have made to police, which he disowned in his statement before the court.",
    ],
)
def test_relative_on_the_giving_takes_the_confession_back(nlp: Language, text: str) -> None:
    assert accused_of("retraction", nlp, text) == {"Ramesh Kumar"}


@pytest.mark.parametrize(
    "text",
    [
        # a statement noun of no confession: a witness's account, however given
        _RAM + "His brother Suresh Kumar was a witness. The statement the brother gave the "
        "police was read out in court.",
        # the giving verb has an object of its own: the statement is not what was given
        _RAM + "The confession Ramesh gave the clerk a reason to doubt the file.",
        # a comma between: the name is the confession's apposition, no giver
        _RAM + "The confession, Ramesh said, was not his.",
        # an officer's statement: no one the report accuses
        _RAM + "The statement the inspector made to the court was brief.",
    ],
)
def test_no_contact_giver(nlp: Language, text: str) -> None:
    assert accused_of("confession", nlp, text) == set()
    assert accused_of("retraction", nlp, text) == set()


# the description's bearer since pron93 (``claims.described_subject``); lifted from xfail
def test_pronoun_bound_to_the_description_in_its_sentence(nlp: Language) -> None:
    text = (
        "Judge Asad Ali acquitted the clerk, Ramesh Kumar. The officer, Suresh Lal, received "
        "five years. The court held that the case against the clerk rested on a confession he "
        "was said to have made to police."
    )
    assert accused_of("confession", nlp, text) == {"Ramesh Kumar"}
