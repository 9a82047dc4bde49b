"""The reading out79 added: a court's sending to jail with no term, which the sentence itself
ties to a case still pending, is a remand of the one sent - also in a report's first sentence,
before anything has called him accused (``nlp/claims/sent_pending.py``):

- sent to jail "in a case filed / lodged / registered" (a case told by its filing is one
  being brought, not judged);
- sent to jail in a clause of the sending's own that tells a step before trial: "when police
  produced him", "after he surrendered before it", "after rejecting his bail petition".

Invented sentences and names; near misses that must not fire: a term (a sentence), a bare
"in the case", a sending after a conviction, and the judge, complainant and victim named
beside it."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

NAME = "Rafiq Hasan"


@pytest.mark.parametrize(
    "text",
    [
        "A Dhaka court on Sunday sent Rafiq Hasan to jail in a case filed under the Digital "
        "Security Act.",
        "A Khulna court sent Rafiq Hasan to jail in the case lodged by his cousin over a "
        "disputed pond.",
        "The magistrate sent Rafiq Hasan to jail in a case registered at the Sadar police "
        "station for extortion.",
        "A Sylhet court sent Rafiq Hasan to jail when police produced him in the afternoon.",
        "The senior judicial magistrate sent Rafiq Hasan to jail after he surrendered before "
        "the court.",
        "The chief judicial magistrate sent Rafiq Hasan to jail after rejecting his bail petition.",
    ],
)
def test_sending_to_jail_in_a_pending_case_is_a_remand(nlp: Language, text: str) -> None:
    assert NAME in accused_of("ruling", nlp, text, "remanded")


@pytest.mark.parametrize(
    "text",
    [
        # a term makes it a sentence
        "A Dhaka court sent Rafiq Hasan to jail for seven years in a case filed in 2019.",
        # a bare "in the case" tells nothing of where the case stands
        "The court sent Rafiq Hasan to jail in the case.",
        # the clause judges
        "The court sent Rafiq Hasan to jail after convicting him of fraud.",
    ],
)
def test_sending_not_tied_to_a_pending_case_is_no_remand(nlp: Language, text: str) -> None:
    assert NAME not in accused_of("ruling", nlp, text, "remanded")


@pytest.mark.parametrize(
    ("text", "other"),
    [
        ("A Dhaka court sent Rafiq Hasan to jail in a case filed by Salma Begum, his wife.",
         "Salma Begum"),
        ("Judge Nazrul Islam sent Rafiq Hasan to jail when police produced him.",
         "Nazrul Islam"),
        ("Magistrate Farzana Akter sent Rafiq Hasan to jail in a case lodged by the father of "
         "Tanvir Ahmed, the boy who was beaten.", "Tanvir Ahmed"),
    ],
)  # fmt: skip
def test_others_named_beside_the_sending_are_not_remanded(
    nlp: Language, text: str, other: str
) -> None:
    held = accused_of("ruling", nlp, text, "remanded")
    assert NAME in held
    assert other not in held
