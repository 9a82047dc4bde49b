"""The readings lfa24 added (``CourtDetention``): custody a court orders told in the words of
a detention or an arrest - a request to detain granted by a court ("the court granted the
prosecutor's request to detain X"), a court ordering someone into detention ("the judge
ordered X into detention"), a court ordering detention for someone ("ordered two months of
detention for X") - a remand; and a sitting of a court ("a panel of the court") doing the
court's act. Invented sentences and names; each reading with paraphrases (another verb of
granting, an asker's "from" phrase, taking into custody, an arrest verb, a length) and near
misses that must not fire (a request refused or only made, a release, police ordering
custody, shelter, someone's custody, an expert panel)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

LEDE = "Police arrested Oskar Tavel, a scrap dealer, on Friday over the theft of tractors.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "The district court granted the prosecutor's request to detain Tavel, citing a risk "
        "of flight.",
        # another verb of granting; the asker in a "from" phrase
        "The court approved a request from prosecutors to detain Tavel, saying he might hide "
        "the engines.",
        # taking into custody, and a length
        "The judge granted the prosecution's request to take Tavel into custody for one month.",
        # an arrest verb, as courts that hold by "arrest" write it
        "The county court granted the prosecutor's request to arrest Tavel.",
        # a holding verb granted (not only allowed)
        "The judge granted a police request to hold Tavel for ten days.",
        # ordered into detention, with the court's reason after it
        "The investigating judge ordered Tavel into detention on the grounds that he might "
        "sell the tractors abroad.",
        "The court ordered Tavel into custody.",
        # detention ordered for him, as a length of it or alone
        "A judge on Monday ordered two months of pre-trial detention for Tavel.",
        "The court ordered pre-trial detention for Tavel.",
        # a sitting of the court extends his detention
        "A panel of the court extended Tavel's detention by one month.",
    ],
)
def test_a_court_detention_is_a_remand(nlp: Language, text: str) -> None:
    assert "Oskar Tavel" in accused_of("ruling", nlp, LEDE + text, "remanded")


@pytest.mark.parametrize(
    "text",
    [
        # a request refused, or only made
        "The court rejected the prosecutor's request to detain Tavel.",
        "The court did not grant the prosecutor's request to detain Tavel.",
        "Prosecutors asked the court to detain Tavel.",
        "Prosecutors said they would ask the court to order detention for Tavel.",
        # a release granted, from detention
        "The court granted the defence's request to release Tavel from detention.",
        "The court ordered the release of Tavel from detention.",
        # police, not a court, order him into custody
        "Police ordered Tavel into custody.",
        # the court declines to order it
        "The court did not order Tavel into detention.",
        # an expert panel is no court
        "A panel of experts extended Tavel's contract by one month.",
    ],
)
def test_no_court_detention(nlp: Language, text: str) -> None:
    assert "Oskar Tavel" not in accused_of("ruling", nlp, LEDE + text, "remanded")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # a victim's child sheltered, a child given into someone's custody
        ("The court ordered the victim's son, Emil Roth, into protective custody.", "Emil Roth"),
        ("The court ordered the boy, Emil Roth, into the custody of his aunt.", "Emil Roth"),
        # the judge who ordered it, and a bystander named beside it
        ("Judge Ilse Brandt ordered Tavel into detention.", "Ilse Brandt"),
        (
            "The court granted the prosecutor's request to detain Tavel, whose neighbour, "
            "Emil Roth, had reported the theft.",
            "Emil Roth",
        ),
    ],
)
def test_no_court_detention_of_another(nlp: Language, text: str, name: str) -> None:
    assert name not in accused_of("ruling", nlp, LEDE + text, "remanded")
