"""The reading out81 added: custody a court orders told by the detention noun, with the one
held written as the noun's owner - its possessive ("ordered his pre-trial detention") or its
"of" phrase ("ordered the detention of X") - is a remand of that owner.

Invented sentences and names; the reading with paraphrases (a pronoun, a surname, a full
name, a conjoined verb, a place and a length beside it), and near misses that must not fire:
an order not given, refused or only asked for, an order no court gives (the police, a
minister; a prosecution's own order is a remand since ord82), custody given to a guardian,
shelter, a length with no owner, and the judge, the prosecutor, a co-accused and a victim
named beside it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

LEDE = "Police arrested Dragoljub Nestorov, a warehouse keeper, on Monday over stolen fuel.\n\n"
NAME = "Dragoljub Nestorov"


@pytest.mark.parametrize(
    "text",
    [
        "An investigating judge ordered his pre-trial detention for one month.",
        "On Tuesday a judge ordered his preventive detention on a charge of theft.",
        "The investigating judge charged him with theft and ordered his detention in the "
        "central prison.",
        "The court ordered the detention of Nestorov for two months.",
        "A district court in Ohrid ordered the detention of Dragoljub Nestorov, citing the "
        "risk that he would flee.",
        "Judge Vesna Lazarova ordered Nestorov's detention until the trial.",
        "The court ordered his provisional detention, saying he might influence witnesses.",
    ],
)
def test_a_court_ordering_someones_detention_remands_him(nlp: Language, text: str) -> None:
    assert NAME in accused_of("ruling", nlp, LEDE + text, "remanded")


@pytest.mark.parametrize(
    "text",
    [
        # not given, refused, only asked for
        "The judge did not order his detention.",
        "The court refused to order his detention.",
        "The prosecutor asked the court to order his detention.",
        "Prosecutors want the court to order the detention of Nestorov.",
        # no court (or prosecution, ord82) orders it
        "Police ordered his detention.",
        "The interior minister ordered the detention of Nestorov.",
        # a length with no owner
        "The court ordered 14 days' detention.",
    ],
)
def test_detention_not_ordered_by_a_court_is_no_remand(nlp: Language, text: str) -> None:
    assert NAME not in accused_of("ruling", nlp, LEDE + text, "remanded")


def test_custody_given_to_a_guardian_is_no_remand(nlp: Language) -> None:
    text = (
        "Police arrested Dragoljub Nestorov over the death of Marija Petreska.\n\n"
        "The court ordered the custody of her daughter, Ana Petreska, to her grandmother."
    )
    assert "Ana Petreska" not in accused_of("ruling", nlp, text, "remanded")


@pytest.mark.parametrize(
    ("text", "other"),
    [
        # the judge and the prosecutor named in the sentence hold no one
        ("Judge Vesna Lazarova ordered the detention of Nestorov.", "Vesna Lazarova"),
        (
            "At the request of prosecutor Goran Ilievski, the court ordered the detention of "
            "Nestorov.",
            "Goran Ilievski",
        ),
        # a co-accused the court frees
        (
            "The court ordered the detention of Nestorov and released Blagoja Mitrev, a driver "
            "arrested with him.",
            "Blagoja Mitrev",
        ),
        # the victim the charge names
        (
            "The court ordered his detention on a charge of beating Kiril Jovanovski.",
            "Kiril Jovanovski",
        ),
    ],
)
def test_only_the_owner_is_held(nlp: Language, text: str, other: str) -> None:
    held = accused_of("ruling", nlp, LEDE + text, "remanded")
    assert NAME in held
    assert other not in held
