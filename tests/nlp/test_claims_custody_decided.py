"""The reading out72 added (``custody_decided``): custody a court decided on or found
grounds for, told by the infinitive of keeping - as Nepali district courts and Indian and
Bangladeshi reports tell the order at a first hearing ("the bench found sufficient grounds to
keep X in custody", "decided to keep X in custody", "issued an order to keep X in judicial
custody") - is a remand. Invented sentences and names; paraphrases (grounds, reason, order,
decision; found, issued, held that ... were, said there were; a pronoun for the accused) and
near misses that must not fire (a keeping decided against, grounds denied or rejected, grounds
a prosecutor claims, police keeping someone, protective custody, the judge and a victim named
beside it)."""

from __future__ import annotations

import pytest
from spacy.language import Language

from tests.nlp.test_claims import accused_of

LEDE = "Police arrested Hari Prasad Lamsal, a bus conductor, on Sunday over a fare-card fraud.\n\n"


@pytest.mark.parametrize(
    "text",
    [
        "The bench found sufficient grounds to keep Lamsal in custody.",
        "Lamsal denied the charge. The bench found enough grounds to keep him in custody.",
        "The district court saw reason to keep Lamsal in custody for the trial.",
        "The court held that the ledger entries were sufficient grounds to keep Lamsal in custody.",
        "The judge said there were strong grounds to keep Lamsal in judicial custody.",
        "The district court issued an order to keep Lamsal in judicial custody.",
        "The magistrate passed an order to keep Lamsal in the district jail.",
        "The court decided to keep Lamsal in custody pending the verdict.",
        "Lamsal pleaded not guilty, and the bench decided to keep him in custody for the trial.",
        "The tribunal agreed to keep Lamsal in detention until the next hearing.",
    ],
)
def test_custody_a_court_decided_on_is_a_remand(nlp: Language, text: str) -> None:
    assert "Hari Prasad Lamsal" in accused_of("ruling", nlp, LEDE + text, "remanded")


@pytest.mark.parametrize(
    "text",
    [
        # decided against, or grounds denied or rejected
        "The court decided not to keep Lamsal in custody.",
        "The bench found insufficient grounds to keep Lamsal in custody.",
        "The bench found no grounds to keep Lamsal in custody.",
        "The court did not find grounds to keep Lamsal in custody.",
        "The court rejected the grounds to keep Lamsal in custody.",
        # grounds a party claims, an order only sought, police keeping him
        "The prosecutor said there were sufficient grounds to keep Lamsal in custody.",
        "Police sought an order to keep Lamsal in custody.",
        "The police decided to keep Lamsal in custody for questioning.",
        # shelter, or custody that is no court's
        "The court decided to keep Lamsal's children in protective custody.",
    ],
)
def test_no_custody_decided(nlp: Language, text: str) -> None:
    assert "Hari Prasad Lamsal" not in accused_of("ruling", nlp, LEDE + text, "remanded")


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # the judge who decided, and a victim or a bystander named beside it
        ("Judge Sita Karki found sufficient grounds to keep Lamsal in custody.", "Sita Karki"),
        (
            "The court decided to keep Lamsal in custody; the passenger, Maya Gurung, was there.",
            "Maya Gurung",
        ),
        (
            "The court decided to keep the passenger Maya Gurung in protective custody.",
            "Maya Gurung",
        ),
    ],
)
def test_the_judge_and_others_are_not_remanded(nlp: Language, text: str, name: str) -> None:
    assert name not in accused_of("ruling", nlp, LEDE + text)
