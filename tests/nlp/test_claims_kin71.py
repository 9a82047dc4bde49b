"""The readings kin71 added, after a lede whose last step ruled on two accused together (so
"he" has no one accused followed to fall back on):

- a "he" or "she" in a relative's reported words is the one whose relative the speaker is,
  where the report accuses that owner (``KinPronouns._kin_owner_spoken_of``);
- "The driver, X, 41, of V, was arrested" with the parser's "driver" hung on the verb or the
  name as an adverbial or unlabelled dependent is still X introduced as the driver
  (``described_people._split_subjects``), so "the driver's brother" is X's brother.

Invented sentences and names; near misses: a victim's, a judge's, a lawyer's kin, the words
naming another accused first, two owners, a speaker who is no one's kin."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

LEDE = (
    "BRNO: Customs officers stopped a van at the border on Sunday and found forty stolen "
    "icons under sacks of potatoes.\n\nThe driver, Tomas Orla, 41, of Dolna, was arrested on "
    "the spot. Police later arrested a dealer, Ivan Petrov, at his shop.\n\nOn Monday a "
    "magistrate remanded both suspects in custody.\n\n"
)
NAMED = (
    "Police arrested a welder, Marek Dvorak, and a mechanic, Jonas Weiss, over the theft of "
    "copper cable from a rail yard.\n\nA magistrate remanded both men in custody for a week.\n\n"
)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Outside the court the driver's elder brother, Jan Orla, insisted he was innocent.",
         "denial"),
        ("The driver's wife said he had never seen the icons.", "denial"),
        ("The driver's brother said he had confessed only after he was beaten.", "confession"),
        ("The driver's brother told police he had confessed to the theft himself.",
         "confession"),
        # the description alone, its bearer told by the split apposition
        ("The driver confessed to police, the officer said.", "confession"),
    ],
)  # fmt: skip
def test_a_relatives_he_is_the_driver_introduced_by_a_split_apposition(
    nlp: Language, text: str, kind: str
) -> None:
    assert accused_of(kind, nlp, LEDE + text) == {"Tomas Orla"}


@pytest.mark.parametrize(
    ("text", "kind", "outcome"),
    [
        ("The mechanic's brother said he had confessed only after he was beaten.",
         "confession", None),
        ("The mechanic's wife said he was granted bail on Friday.", "ruling", "bail"),
        ("The mechanic's wife said he had been acquitted of the theft in 2019.", "ruling",
         "acquitted"),
        ("The mechanic's father said he had withdrawn his confession.", "retraction", None),
    ],
)  # fmt: skip
def test_a_relatives_he_is_the_owner_of_the_kin_noun(
    nlp: Language, text: str, kind: str, outcome: str | None
) -> None:
    assert accused_of(kind, nlp, NAMED + text, outcome) == {"Jonas Weiss"}


@pytest.mark.parametrize(
    "text",
    [
        # the victim's kin: "he" is the victim or the brother, never makes the victim accused
        "Police said the smugglers had beaten a guard, Lukas Hora, at the border. The guard's "
        "brother said he had confessed to nothing.",
        # a judge's, a lawyer's kin; a speaker who is no one's kin
        "The magistrate's son said he had confessed only after he was beaten.",
        "A lawyer, Karel Novak, represents the dealer. The lawyer's brother said he had "
        "confessed only after he was beaten.",
        "A bystander said he had confessed only after he was beaten.",
        # two owners: either may be "he"
        "The driver's brother and the dealer's sister said he had confessed only after he was "
        "beaten.",
    ],
)
def test_a_pronoun_after_kin_of_no_one_accused_or_of_two_is_no_one(
    nlp: Language, text: str
) -> None:
    found = accused_of("confession", nlp, LEDE + text)
    assert not found & {"Tomas Orla", "Lukas Hora", "Karel Novak"}


def test_words_naming_another_accused_first_keep_their_own_subject(nlp: Language) -> None:
    text = "The driver's brother said Ivan Petrov had confessed only after he was beaten."
    assert accused_of("confession", nlp, LEDE + text) == {"Ivan Petrov"}
